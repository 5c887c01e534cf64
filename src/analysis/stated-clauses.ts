/**
 * A clause of notes as the stated-day and stated-round readers take it, without the NLP: a
 * sentence, cut where a new thought may start ("Interview yesterday, they'll call Friday";
 * "Phone screen went well, next is onsite"). A dot inside a word ("3.5", "e.g.") does not cut.
 */
export const STATED_CLAUSE = /(?:[^.!?\n,;()\u2013\u2014]|\.(?=\S))+/g;

/** A whole sentence, for what a clause's neighbours say of it ("Final round on Friday, I'm nervous"). */
export const STATED_SENTENCE = /(?:[^.!?\n]|\.(?=\S))+/g;

/** Whether the character at `i` ends a sentence as STATED_SENTENCE cuts: `!`, `?`, a line break, or a dot not inside a word. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 33 || c === 63 || c === 10) return true; // ! ? \n
  return c === 46 && !/\S/.test(text.charAt(i + 1)); // a dot before a space or the end
}

/**
 * The span of the sentence holding `at` in `text`, as STATED_SENTENCE cuts it (empty at a
 * sentence's end mark). Read outward from `at`: the readers ask it once per clause, and scanning
 * every sentence from the start each time made a long text's reading quadratic.
 */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  if (at >= text.length || endsSentence(text, at)) return { start: at, end: at };
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  let end = at + 1;
  while (end < text.length && !endsSentence(text, end)) end++;
  return { start, end };
}
