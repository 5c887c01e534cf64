/**
 * The order in which the cue scanners are compiled. V8 gives a process about 11 MB of
 * optimized regex code: once more than 1 MB of regex code has been generated and the process
 * holds more than 16 MB of executable memory, every further regex is compiled without its
 * optimizations and runs 3–16 times slower. The notes' scanners would take about 50 MB
 * optimized, so only the first ones compiled get optimized code. Compiled in the order of the
 * sign list, which of the busy ones made it depended on garbage-collection timing (the bench's
 * bimodal 1 MB runs, ADR 0008). Compiled busiest first, the scanners that run on the most
 * segments of the text at hand are the ones that get it.
 */
import { compiledNative } from '../exec-all.js';
import type { CueIndex } from './cue-index.js';

/** Per index: 1 for an entry whose scanner has been compiled here, and how many texts have been ordered. */
const compiled = new WeakMap<CueIndex, { done: Uint8Array; texts: number }>();
/**
 * The first texts an index reads decide the order; after them the rest compile as they come
 * (match.ts). A call is read turn by turn (thousands of short texts), so ordering every one
 * would cost more than it saves.
 */
const ORDERED_TEXTS = 16;

/**
 * Compiles the not yet compiled scanners this text will run, the most segments first (an
 * `always` entry scans them all), for an index's first texts. `lemma` and `surface` are the candidate segments per entry.
 */
export function compileBusiestFirst(
  index: CueIndex,
  lemma: readonly (readonly number[] | undefined)[],
  surface: readonly (readonly number[] | undefined)[],
  segments: number,
): void {
  let state = compiled.get(index);
  if (!state) compiled.set(index, (state = { done: new Uint8Array(index.entries.length), texts: 0 }));
  if (state.texts++ >= ORDERED_TEXTS) return;
  const { done } = state;
  const due: [number, number][] = [];
  for (let e = 0; e < index.entries.length; e++) {
    if (done[e]) continue;
    const n = index.entries[e]!.always ? segments : (lemma[e]?.length ?? 0) + (surface[e]?.length ?? 0);
    if (n > 0) due.push([n, e]);
  }
  if (due.length === 0) return;
  due.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, e] of due) {
    compiledNative(index.entries[e]!.re);
    done[e] = 1;
  }
}
