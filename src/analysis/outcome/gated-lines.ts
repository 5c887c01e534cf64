/**
 * A long text's lines that may hold a match, joined, for a regex that never matches across a line
 * break. The outcome readers (reported.ts) each scanned a whole megabyte of notes, though only a
 * third of its lines hold a word their matches need; they now scan only those lines, joined, so a
 * scan is still one regex run over one long string, as before.
 *
 * Same matches at the same offsets, for a regex whose matches never hold a line break and whose
 * lookarounds see no further back than the line break before the match (or the text's start) and no
 * further on than the line break after it: each kept line stands between the same line breaks as in
 * the text (the text's first line, with nothing before it, stays first), and a line left out holds
 * no match, since it lacks every word a match needs.
 *
 * The joined string is made from slices of the text, so V8 stores it as wide as the text, and it
 * is made long (padded with line breaks, which no match holds): V8 compiles a regex run first on a
 * long subject straight to machine code, so a regex gets the same compiled code as from a scan of
 * the whole text, and spends none of V8's budget for regex bytecode (ADR 0008). With no line kept
 * there is nothing to scan, and the caller runs nothing.
 */

/** A string shorter than this is read whole; V8 tiers a regex up at once from 1,000 characters. */
const LONG = 1_000;

export interface GatedText {
  /** The kept lines, each after a line break, but the text's first line when it is kept. */
  text: string;
  /** Per kept line, where it starts in `text` and in the original text. */
  at: number[];
  from: number[];
}

/**
 * For each list of words (lower case), the lines of `text` holding one of them, case aside,
 * joined; undefined for all when the text is short enough to be read whole.
 */
export function gatedLines(text: string, lists: readonly (readonly string[])[]): (GatedText | undefined)[] {
  if (text.length < 2 * LONG) return lists.map(() => undefined);
  const parts: string[][] = lists.map(() => []);
  const at: number[][] = lists.map(() => []);
  const from: number[][] = lists.map(() => []);
  const lengths = lists.map(() => 0);
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const low = text.slice(start, end).toLowerCase();
      // with the line break before it, but the text's first line, which has none
      const lead = start === 0 ? 0 : 1;
      for (let k = 0; k < lists.length; k++) {
        if (!lists[k]!.some((w) => low.includes(w))) continue;
        at[k]!.push(lengths[k]! + lead);
        from[k]!.push(start);
        parts[k]!.push(text.slice(start - lead, end));
        lengths[k]! += end - start + lead;
      }
    }
    start = end + 1;
  }
  return lists.map((_, k) => {
    const padding = at[k]!.length && lengths[k]! < LONG ? '\n'.repeat(LONG - lengths[k]!) : '';
    return { text: parts[k]!.join('') + padding, at: at[k]!, from: from[k]! };
  });
}

/** Where offset `i` of a gated text is in the original text. */
export function originalOffset(g: GatedText, i: number): number {
  let lo = 0;
  let hi = g.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (g.at[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return g.from[lo]! + (i - g.at[lo]!);
}
