/**
 * A clause of notes as the stated-day and stated-round readers take it, without the NLP: a
 * sentence, cut where a new thought may start ("Interview yesterday, they'll call Friday";
 * "Phone screen went well, next is onsite"). A dot inside a word ("3.5", "e.g.") does not cut.
 */
export const STATED_CLAUSE = /(?:[^.!?\n,;()\u2013\u2014]|\.(?=\S))+/g;

/** A whole sentence, for what a clause's neighbours say of it ("Final round on Friday, I'm nervous"). */
export const STATED_SENTENCE = /(?:[^.!?\n]|\.(?=\S))+/g;

/** The span of the sentence holding `at` in `text`, as STATED_SENTENCE cuts it. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  for (const m of text.matchAll(STATED_SENTENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (at >= start && at < end) return { start, end };
  }
  return { start: at, end: at };
}
