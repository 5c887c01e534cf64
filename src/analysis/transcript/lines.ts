/** A line of the original input with its offsets (line breaks excluded). */
export interface SourceLine {
  text: string;
  start: number;
  end: number;
}

/** A piece of spoken text: `source.slice(start, end) === text`. */
export interface Piece {
  speaker: string;
  text: string;
  start: number;
  end: number;
  startSec?: number;
  endSec?: number;
}

/** Splits on LF, CRLF and lone CR without copying offsets away from the original. */
export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ text: source.slice(start, i), start, end: i });
      if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ text: source.slice(start), start, end: source.length });
  // A leading BOM is not part of the first line's content.
  const first = lines[0];
  if (first && first.text.charCodeAt(0) === 0xfeff)
    lines[0] = { text: first.text.slice(1), start: first.start + 1, end: first.end };
  return lines;
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}

/** The trimmed part of `line` from `from` (an index into line.text) on, as offsets; undefined when empty. */
export function trimmedRange(
  line: SourceLine,
  from = 0,
  to = line.text.length,
): { text: string; start: number; end: number } | undefined {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(line.text[a] as string)) a++;
  while (b > a && /\s/.test(line.text[b - 1] as string)) b--;
  if (a >= b) return undefined;
  return { text: line.text.slice(a, b), start: line.start + a, end: line.start + b };
}
