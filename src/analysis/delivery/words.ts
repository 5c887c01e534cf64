/** Word-level helpers for delivery metrics. */
import { matchCount } from '../exec-all.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
}

const HESITATIONS = /^(?:u+m+|u+h+|e+r+m+|e+r+|h+m+|mm+)$/;
/** Determiners before "kind of"/"sort of" mean the literal sense ("what kind of team"). */
const LITERAL_KIND =
  /\b(?:a|an|the|this|that|these|those|what|which|any|some|every|each|one|same|different|other|right|wrong|my|your|our|their|his|her|its)\s+(?:kind|sort)\s+of\b/gi;

/**
 * Fillers: hesitation sounds always; "like", "you know", "I mean" only when set off by
 * commas or opening a sentence, since "I like Python" and "you know Python" are content;
 * "kind of"/"sort of" as hedges, not after a determiner.
 */
export function fillerCount(text: string): number {
  let n = wordsOf(text).filter((w) => HESITATIONS.test(w)).length;
  const t = ` ${text.replace(/’/g, "'")} `;
  n += matchCount(/\blike\s*,/gi, t) - matchCount(/(?:\b(?:i|you|we|they|would|to)|'d)\s+like\s*,/gi, t);
  n += matchCount(/(?:,\s*you know\b)|(?:(?:^\s*|[.!?]\s+)you know,)/gi, t);
  n += matchCount(/(?:^\s*|[.!?,]\s*)i mean,/gi, t);
  const hedges = matchCount(/\b(?:kind|sort) of\b/gi, t);
  const literal = matchCount(LITERAL_KIND, t);
  n += Math.max(0, hedges - literal);
  return n;
}

const WE = new Set(['we', 'us', 'our', 'ours', "we're", "we've", "we'd", "we'll", 'ourselves']);
const I = new Set(['i', 'me', 'my', 'mine', "i'm", "i've", "i'd", "i'll", 'myself']);

export function weAndICounts(words: string[]): { we: number; i: number } {
  let we = 0;
  let i = 0;
  for (const w of words) {
    if (WE.has(w)) we++;
    else if (I.has(w)) i++;
  }
  return { we, i };
}

/** Moving-average type/token ratio: the mean TTR over every `window`-word stretch, so long answers are not penalised. */
export function movingTypeTokenRatio(words: string[], window = 50): number {
  if (words.length === 0) return 0;
  if (words.length <= window) return new Set(words).size / words.length;
  const counts = new Map<string, number>();
  let distinct = 0;
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const c = counts.get(w) ?? 0;
    if (c === 0) distinct++;
    counts.set(w, c + 1);
    if (i >= window) {
      const old = words[i - window] as string;
      const oc = counts.get(old) as number;
      if (oc === 1) distinct--;
      counts.set(old, oc - 1);
    }
    if (i >= window - 1) sum += distinct / window;
  }
  return sum / (words.length - window + 1);
}

/** Sentences with their words, split on ., ! and ?; keeps whether each ended in "?". */
export function sentencesOf(text: string): { text: string; isQuestion: boolean }[] {
  return (text.match(/[^.!?]+[.!?]*/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => ({ text: s, isQuestion: s.endsWith('?') }));
}
