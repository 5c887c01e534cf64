/**
 * wink-nlp, loaded once. Everything downstream works on `Tok` arrays with character
 * offsets into the original text, so evidence quotes can always be sliced back out.
 */
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
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
  const out: Tok[] = [];
  let pos = 0;
  let sent = 0;
  doc.sentences().each((s: ItemSentence) => {
    s.tokens().each((t: ItemToken) => {
      const value = t.out();
      const spaces = (t.out(its.precedingSpaces) as string).length;
      pos += spaces;
      const lower = value.toLowerCase().replace(CURLY, "'");
      const type = t.out(its.type) as string;
      let lemma = (t.out(its.lemma as never) as string).toLowerCase().replace(CURLY, "'");
      if (lower === "n't" || lower === 'nt') lemma = 'not';
      out.push({
        lower,
        lemma,
        pos: t.out(its.pos) as string,
        negFlag: t.out(its.negationFlag) as unknown as boolean,
        start: base + pos,
        end: base + pos + value.length,
        sent,
        spaceBefore: spaces > 0,
        newline: type === 'tabCRLF' && value.includes('\n'),
      });
      pos += value.length;
    });
    sent += 1;
  });
  return out;
}
