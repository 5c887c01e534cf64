/**
 * Document features for the learned sign models: word unigrams and bigrams with
 * negation marking (Das & Chen 2001; Pang, Lee & Vaithyanathan 2002). One linear pass.
 */

import { compiledNativeAnyWidth } from '../exec-all.js';
import { cachedByString } from '../string-cache.js';

/** A word token (normalised) or a clause break, with its offsets in the original text. */
export interface Token {
  word: string;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to, for evidence quotes. */
  sentence: number;
}

// Words (with an inner apostrophe) or the punctuation that ends a clause or a sentence.
// Case-insensitive on the original text, so offsets never shift the way lower-casing can.
const TOKEN = /([a-z0-9]+(?:['’][a-z]+)?)|([.!?\n]+)|([,;:()"“”—–]|\s-\s)/gi;
const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'never',
  'no',
  'nobody',
  'none',
  'nothing',
  'without',
  'barely',
  'hardly',
  'neither',
  'nor',
  'cannot',
  'dont',
  'didnt',
  'doesnt',
  'wasnt',
  'werent',
  'isnt',
  'havent',
  'hasnt',
  'couldnt',
  'wouldnt',
  'wont',
  'cant',
]);
// "but" turns the clause, so the negation should not reach past it.
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['but', 'although', 'though', 'however']);

// Most words need only lower-casing; the test keeps the three replaces off the hot path.
const NEEDS_WORK = /[0-9’]|([a-z])\1\1/;

const CURLY = /’/g;
const RUN_OF_THREE = /([a-z])\1{2,}/g;
const DIGITS = /[0-9]+/g;
// read for every word of a whole text after the cue regexes have run: compiled first, as
// optimized code (compiled after them, V8 gives a regex unoptimized code for good)
for (const re of [TOKEN, NEEDS_WORK, CURLY, RUN_OF_THREE, DIGITS]) compiledNativeAnyWidth(re);

function normalise(raw: string): string {
  const word = raw.toLowerCase();
  if (!NEEDS_WORK.test(word)) return word;
  return word.replace(CURLY, "'").replace(RUN_OF_THREE, '$1$1').replace(DIGITS, '#');
}

// Normalised words by their raw form (most words repeat many times in a long note).
const normaliseCached = cachedByString(normalise);

/**
 * The bigrams of a `known` feature map, as second words by first word, so featuresOf builds
 * a bigram's string only when the models know it (words hold no space, so "a b" splits one way).
 */
const knownBigrams = new WeakMap<ReadonlyMap<string, unknown>, Map<string, Set<string>>>();
function bigramsOf(known: ReadonlyMap<string, unknown>): Map<string, Set<string>> {
  let byFirst = knownBigrams.get(known);
  if (!byFirst) {
    byFirst = new Map();
    for (const feature of known.keys()) {
      const space = feature.indexOf(' ');
      if (space < 0) continue;
      const first = feature.slice(0, space);
      let seconds = byFirst.get(first);
      if (!seconds) byFirst.set(first, (seconds = new Set()));
      seconds.add(feature.slice(space + 1));
    }
    knownBigrams.set(known, byFirst);
  }
  return byFirst;
}

function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

/**
 * Tokens with negation marking already applied: a word after a negator, up to the next
 * clause break, reads `NOT_word`. Clause breaks are not returned; they reset bigrams.
 */
export function tokensOf(text: string): { tokens: Token[]; clauseStarts: ReadonlySet<number> } {
  const tokens: Token[] = [];
  const clauseStarts = new Set<number>();
  let negated = false;
  let sentence = 0;
  let clauseStart = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (m[1] === undefined) {
      negated = false;
      clauseStart = true;
      if (m[2] !== undefined) sentence++;
      continue;
    }
    const word = normalise(m[1]);
    if (CLAUSE_WORDS.has(word)) {
      negated = false;
      clauseStart = true;
    }
    if (clauseStart) clauseStarts.add(tokens.length);
    clauseStart = false;
    tokens.push({
      word: negated ? `NOT_${word}` : word,
      start: m.index,
      end: m.index + m[1].length,
      sentence,
    });
    if (isNegator(word)) negated = true;
  }
  return { tokens, clauseStarts };
}

/** Adds the unigram and in-clause bigram features of `tokens[from..to)` to `into` (binary presence). */
export function addFeatures(
  tokens: readonly Token[],
  clauseStarts: ReadonlySet<number>,
  into: Map<string, number>,
  from = 0,
  to = tokens.length,
): Map<string, number> {
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.word;
    into.set(word, 1);
    if (i > from && !clauseStarts.has(i)) into.set(`${tokens[i - 1]!.word} ${word}`, 1);
  }
  return into;
}

/**
 * The text's features: presence of each unigram and bigram. The same walk as `tokensOf`
 * then `addFeatures`, fused so the common path builds no token objects. With `known`, only
 * the features it holds, in the same order: scoring reads no others, and a megabyte of notes
 * has a few hundred thousand distinct ones.
 */
export function featuresOf(text: string, known?: ReadonlyMap<string, unknown>): Map<string, number> {
  const features = new Map<string, number>();
  const bigrams = known && bigramsOf(known);
  let negated = false;
  let previous: string | undefined;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (m[1] === undefined) {
      negated = false;
      previous = undefined;
      continue;
    }
    const word = normaliseCached(m[1]);
    if (CLAUSE_WORDS.has(word)) {
      negated = false;
      previous = undefined;
    }
    const feature = negated ? `NOT_${word}` : word;
    if (!known || known.has(feature)) features.set(feature, 1);
    if (previous !== undefined && (!bigrams || bigrams.get(previous)?.has(feature)))
      features.set(`${previous} ${feature}`, 1);
    previous = feature;
    if (isNegator(word)) negated = true;
  }
  return features;
}
