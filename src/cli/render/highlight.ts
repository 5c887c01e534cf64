/** Marks evidence spans in a text. Spans may overlap; each piece of text is tagged with every sign covering it. */
export interface TaggedSpan {
  start: number;
  end: number;
  tag: number;
}

export interface Piece {
  text: string;
  tags: number[];
}

export function piecesFrom(text: string, spans: readonly TaggedSpan[]): Piece[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i] as number, points[i + 1] as number];
    const tags = [...new Set(valid.filter((s) => s.start <= from && s.end >= to).map((s) => s.tag))].sort(
      (a, b) => a - b,
    );
    const last = pieces[pieces.length - 1];
    if (last && last.tags.join() === tags.join()) last.text += text.slice(from, to);
    else pieces.push({ text: text.slice(from, to), tags });
  }
  return pieces;
}

/**
 * With colour, evidence is underlined and numbered; without, it is wrapped as [[quote]](1) so the
 * marks survive a pipe, a file or a screen reader.
 */
export function highlightText(
  text: string,
  spans: readonly TaggedSpan[],
  paint: {
    enabled: boolean;
    mark: (text: string, tags: number[]) => string;
    label: (text: string) => string;
  },
  /** Tags whose evidence runs on past the end of `text` (a wrapped line): labelled where it ends, not here. */
  carried: ReadonlySet<number> = new Set(),
): string {
  const pieces = piecesFrom(text, spans);
  return pieces
    .map((p, i) => {
      if (p.tags.length === 0) return p.text;
      const runsOn = i === pieces.length - 1 && p.tags.every((t) => carried.has(t));
      const label = runsOn ? '' : `(${p.tags.join(',')})`;
      return paint.enabled ? `${paint.mark(p.text, p.tags)}${paint.label(label)}` : `[[${p.text}]]${label}`;
    })
    .join('');
}

/** The lines of `text` that hold evidence, as [start, end) offsets, so a long transcript shows only what matters. */
export function evidenceLines(text: string, spans: readonly TaggedSpan[]): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (spans.some((s) => s.start < end && s.end > start)) lines.push({ start, end });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Spans moved into a slice of the text, cut to fit it. */
export function spansWithin(spans: readonly TaggedSpan[], start: number, end: number): TaggedSpan[] {
  return spans
    .filter((s) => s.start < end && s.end > start)
    .map((s) => ({ start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start, tag: s.tag }));
}
