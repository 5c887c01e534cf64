/** Segments and text with the token ranges that are no evidence left out or blanked. */
import type { Tok } from '../nlp.js';
import type { Clause } from './types.js';

/** Whether a segment starts inside one of the token ranges given. */
export const startsIn = (c: Clause, ranges: readonly [number, number][]): boolean =>
  ranges.some(([a, b]) => c.from >= a && c.from < b);
/**
 * `(k) => startsIn(clauses[k], ranges)`, worked out once for all segments: a long text's
 * section has a thousand segments and a few hundred ranges, and asking each segment of each
 * range was most of the silence check's time (no-follow-up.ts).
 */
export function startsInEach(clauses: Clause[], ranges: readonly [number, number][]): (k: number) => boolean {
  if (ranges.length === 0 || clauses.length === 0) return () => false;
  let size = 0;
  for (const c of clauses) size = Math.max(size, c.from + 1);
  // by token, whether a range [a, b) holds it
  const inside = new Uint8Array(size);
  for (const [a, b] of ranges) {
    const from = Math.max(0, a);
    const to = Math.min(b, size);
    // fill reads a negative end from the array's end
    if (to > from) inside.fill(1, from, to);
  }
  return (k) => inside[clauses[k]!.from] === 1;
}
/** The segments that start outside the token ranges given, one a line. */
export function keptText(clauses: Clause[], ranges: readonly [number, number][]): string {
  const isIn = startsInEach(clauses, ranges);
  return clauses
    .filter((_, k) => !isIn(k))
    .map((c) => c.surface)
    .join('\n');
}
/** `text` with the token ranges given blanked out (new lines kept), so offsets and line starts stay. */
export function blanked(text: string, toks: Tok[], ranges: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const start = Math.max(at, toks[a]!.start);
    const end = toks[b - 1]!.end;
    if (end <= start) continue;
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** Two sorted lists of token ranges as one, in order, overlaps joined. */
export function mergedRanges(a: [number, number][], b: [number, number][]): [number, number][] {
  if (!b.length) return a;
  if (!a.length) return b;
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [s, e] of all) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
