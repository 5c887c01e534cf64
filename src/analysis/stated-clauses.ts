/**
 * A clause of notes as the stated-day and stated-round readers take it, without the NLP: a
 * sentence, cut where a new thought may start ("Interview yesterday, they'll call Friday";
 * "Phone screen went well, next is onsite"). A dot inside a word ("3.5", "e.g.") does not cut.
 */
export const STATED_CLAUSE = /(?:[^.!?\n,;()\u2013\u2014]|\.(?=\S))+/g;
