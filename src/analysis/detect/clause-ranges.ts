/** Segments and text with the token ranges that are no evidence left out or blanked. */
import type { Tok } from '../nlp.js';
import type { Clause } from './types.js';

/** Whether a segment starts inside one of the token ranges given. */
export const startsIn = (c: Clause, ranges: readonly [number, number][]): boolean =>
  ranges.some(([a, b]) => c.from >= a && c.from < b);
/** The segments that start outside the token ranges given, one a line. */
export function keptText(clauses: Clause[], ranges: readonly [number, number][]): string {
  return clauses
    .filter((c) => !startsIn(c, ranges))
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
