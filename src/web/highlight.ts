/** Splits a text into plain and highlighted runs from evidence offsets, for rendering as text nodes. */
export interface Mark {
  start: number;
  end: number;
  signId: string;
}

export interface Segment {
  text: string;
  start: number;
  /** Signs whose evidence covers this run; empty for plain text. */
  signIds: string[];
}

export function segmentsFrom(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end > m.start && m.end <= text.length);
  // Cut at every boundary so overlapping quotes become runs carrying all their signs.
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const signIds = [...new Set(valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.signId))];
    const last = out[out.length - 1];
    if (last && last.signIds.length === 0 && signIds.length === 0) last.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), start, signIds });
  }
  return out;
}
