/**
 * wink-nlp, loaded once. Everything downstream works on `Tok` arrays with character
 * offsets into the original text, so evidence quotes can always be sliced back out.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// only what the analyzer reads: sentences, negation, and pos (which lemmas need); no entities or sentiment
const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
const its = nlp.its;

export interface Tok {
  /** Lower-cased surface form. */
  lower: string;
  lemma: string;
  pos: string;
  /** wink's flag: the token sits in the scope of a negation. */
  negFlag: boolean;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sent: number;
  /** Whitespace before the token in the original, so surface strings keep "haven't" whole. */
  spaceBefore: boolean;
  /** True for new-line tokens: bullet lists split sentences without punctuation. */
  newline: boolean;
}

const CURLY = /[\u2018\u2019\u201B\u2032]/g;

/**
 * Lower-cased forms by wink's string, shared across tokens and calls: a megabyte of notes
 * has ~200k tokens but a few thousand distinct words, so this saves most of the string
 * work and memory. Cleared when large, since it is only a cache.
 */
const lowered = new Map<string, string>();
const CACHE_MAX = 100_000;
function lower(value: string): string {
  let out = lowered.get(value);
  if (out === undefined) {
    if (lowered.size >= CACHE_MAX) lowered.clear();
    out = value.toLowerCase().replace(CURLY, "'");
    lowered.set(value, out);
  }
  return out;
}

/** One readDoc over `text`; `base` shifts offsets when `text` is a slice of a larger input. */
export function tokensFrom(text: string, base = 0): Tok[] {
  const doc = nlp.readDoc(text);
  // bulk reads: one call per property, not one per token
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  const poses = tokens.out(its.pos) as string[];
  const negs = tokens.out(its.negationFlag) as unknown as boolean[];
  const types = tokens.out(its.type) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const out: Tok[] = new Array(values.length);
  let pos = 0;
  let sent = 0;
  let sentEnd = spans.length ? spans[0]![1] : values.length;
  for (let k = 0; k < values.length; k++) {
    while (k > sentEnd && sent + 1 < spans.length) sentEnd = spans[++sent]![1];
    const value = values[k]!;
    const gap = spaces[k]!.length;
    pos += gap;
    const low = lower(value);
    out[k] = {
      lower: low,
      lemma: low === "n't" || low === 'nt' ? 'not' : lower(lemmas[k]!),
      pos: poses[k]!,
      negFlag: negs[k]!,
      start: base + pos,
      end: base + pos + value.length,
      sent,
      spaceBefore: gap > 0,
      newline: types[k] === 'tabCRLF' && value.includes('\n'),
    };
    pos += value.length;
  }
  return out;
}
