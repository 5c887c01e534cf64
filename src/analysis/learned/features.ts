/**
 * Document features for the learned sign models: word unigrams and bigrams with
 * negation marking (Das & Chen 2001; Pang, Lee & Vaithyanathan 2002). One linear pass.
 */

import { isSpaceCode } from '../char-class.js';
import { compiledNativeAnyWidth } from '../exec-all.js';

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
// What nextToken matches, by hand; kept as its definition (the tests hold them equal).
export const TOKEN = /([a-z0-9]+(?:['’][a-z]+)?)|([.!?\n]+)|([,;:()"“”—–]|\s-\s)/gi;
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
for (const re of [NEEDS_WORK, CURLY, RUN_OF_THREE, DIGITS]) compiledNativeAnyWidth(re);

function normalise(raw: string): string {
  const word = raw.toLowerCase();
  if (!NEEDS_WORK.test(word)) return word;
  return word.replace(CURLY, "'").replace(RUN_OF_THREE, '$1$1').replace(DIGITS, '#');
}

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

/** What `nextToken` found: a word, a run of sentence ends, a clause break, or nothing more. */
export const TokenKind = { None: 0, Word: 1, Sentence: 2, Clause: 3 } as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10; // . ! ? \n
}
/** , ; : ( ) " “ ” — – */
function isClauseMark(c: number): boolean {
  return (
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 34 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2014 ||
    c === 0x2013
  );
}
/**
 * The next match of TOKEN in `text` from `from`, found by hand: the same matches, in the same
 * order, as `TOKEN.exec` from `from`, without a match array and its strings per word (a
 * megabyte of notes has ~200k words, ~35 MB of them). `span` gets [start, end).
 */
export function nextToken(text: string, from: number, span: Int32Array): TokenKind {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isAlnum(c)) {
      let e = i + 1;
      while (e < n && isAlnum(text.charCodeAt(e))) e++;
      // an inner apostrophe and letters after it: "didn't", "it’s"
      const q = e < n ? text.charCodeAt(e) : -1;
      if ((q === 39 || q === 0x2019) && e + 1 < n && isAlpha(text.charCodeAt(e + 1))) {
        e += 2;
        while (e < n && isAlpha(text.charCodeAt(e))) e++;
      }
      span[0] = i;
      span[1] = e;
      return TokenKind.Word;
    }
    if (isSentenceEnd(c)) {
      let e = i + 1;
      while (e < n && isSentenceEnd(text.charCodeAt(e))) e++;
      span[0] = i;
      span[1] = e;
      return TokenKind.Sentence;
    }
    if (isClauseMark(c)) {
      span[0] = i;
      span[1] = i + 1;
      return TokenKind.Clause;
    }
    if (isSpaceCode(c) && i + 2 < n && text.charCodeAt(i + 1) === 45 && isSpaceCode(text.charCodeAt(i + 2))) {
      span[0] = i;
      span[1] = i + 3;
      return TokenKind.Clause;
    }
  }
  return TokenKind.None;
}

/**
 * Tokens with negation marking already applied: a word after a negator, up to the next
 * clause break, reads `NOT_word`. Clause breaks are not returned; they reset bigrams.
 */
export function tokensOf(text: string): { tokens: Token[]; clauseStarts: ReadonlySet<number> } {
  const tokens: Token[] = [];
  const clauseStarts = new Set<number>();
  const span = new Int32Array(2);
  let negated = false;
  let sentence = 0;
  let clauseStart = true;
  for (let kind = nextToken(text, 0, span); kind !== TokenKind.None; kind = nextToken(text, span[1]!, span)) {
    if (kind !== TokenKind.Word) {
      negated = false;
      clauseStart = true;
      if (kind === TokenKind.Sentence) sentence++;
      continue;
    }
    const start = span[0]!;
    const end = span[1]!;
    const word = normalise(text.slice(start, end));
    if (CLAUSE_WORDS.has(word)) {
      negated = false;
      clauseStart = true;
    }
    if (clauseStart) clauseStarts.add(tokens.length);
    clauseStart = false;
    tokens.push({ word: negated ? `NOT_${word}` : word, start, end, sentence });
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

/** A feature string (a word, or NOT_ and the word) and what a `known` map says of it. */
interface FeatureFacts {
  feature: string;
  /** Kept as a unigram: no `known`, or `known` holds it. */
  kept: boolean;
  /** With `known`, the second words of its known bigrams. */
  seconds: ReadonlySet<string> | undefined;
}
/** A raw word as featuresOf reads it, worked out once per raw form and `known` map. */
interface WordFacts {
  clause: boolean;
  negator: boolean;
  plain: FeatureFacts;
  negated: FeatureFacts | undefined;
}

function featureFacts(
  feature: string,
  known: ReadonlyMap<string, unknown> | undefined,
  bigrams: Map<string, Set<string>> | undefined,
): FeatureFacts {
  return { feature, kept: !known || known.has(feature), seconds: bigrams?.get(feature) };
}

const FACTS_MAX = 100_000;
const factsByKnown = new WeakMap<ReadonlyMap<string, unknown>, Map<string, WordFacts>>();
const factsUnknown = new Map<string, WordFacts>();

/**
 * The text's features: presence of each unigram and bigram. The same walk as `tokensOf`
 * then `addFeatures`, fused so the common path builds no token objects. With `known`, only
 * the features it holds, in the same order: scoring reads no others, and a megabyte of notes
 * has a few hundred thousand distinct ones. What a word needs (its normal form, whether it
 * negates or turns the clause, whether `known` holds it) is looked up once per raw form.
 */
export function featuresOf(text: string, known?: ReadonlyMap<string, unknown>): Map<string, number> {
  const features = new Map<string, number>();
  const bigrams = known && bigramsOf(known);
  let facts = known ? factsByKnown.get(known) : factsUnknown;
  if (!facts) factsByKnown.set(known!, (facts = new Map()));
  const span = new Int32Array(2);
  let negated = false;
  let previous: FeatureFacts | undefined;
  for (let kind = nextToken(text, 0, span); kind !== TokenKind.None; kind = nextToken(text, span[1]!, span)) {
    if (kind !== TokenKind.Word) {
      negated = false;
      previous = undefined;
      continue;
    }
    const raw = text.slice(span[0]!, span[1]!);
    let w = facts.get(raw);
    if (w === undefined) {
      if (facts.size >= FACTS_MAX) facts.clear();
      const word = normalise(raw);
      w = {
        clause: CLAUSE_WORDS.has(word),
        negator: isNegator(word),
        plain: featureFacts(word, known, bigrams),
        negated: undefined,
      };
      facts.set(raw, w);
    }
    if (w.clause) {
      negated = false;
      previous = undefined;
    }
    const f = negated ? (w.negated ??= featureFacts(`NOT_${w.plain.feature}`, known, bigrams)) : w.plain;
    if (f.kept) features.set(f.feature, 1);
    if (previous !== undefined && (!bigrams || previous.seconds?.has(f.feature)))
      features.set(`${previous.feature} ${f.feature}`, 1);
    previous = f;
    if (w.negator) negated = true;
  }
  return features;
}
