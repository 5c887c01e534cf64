/**
 * wink-nlp, loaded once. Everything downstream works on `Tok` arrays with character
 * offsets into the original text, so evidence quotes can always be sliced back out.
 */
import winkNLP, { type ItemSentence } from 'wink-nlp';
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
  const sentOf = new Int32Array(values.length);
  let sent = 0;
  doc.sentences().each((s: ItemSentence) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    for (let k = a; k <= b; k++) sentOf[k] = sent;
    sent += 1;
  });
  const out: Tok[] = new Array(values.length);
  let pos = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    const gap = spaces[k]!.length;
    pos += gap;
    const lower = value.toLowerCase().replace(CURLY, "'");
    const lemma = lower === "n't" || lower === 'nt' ? 'not' : lemmas[k]!.toLowerCase().replace(CURLY, "'");
    out[k] = {
      lower,
      lemma,
      pos: poses[k]!,
      negFlag: negs[k]!,
      start: base + pos,
      end: base + pos + value.length,
      sent: sentOf[k]!,
      spaceBefore: gap > 0,
      newline: types[k] === 'tabCRLF' && value.includes('\n'),
    };
    pos += value.length;
  }
  return out;
}
