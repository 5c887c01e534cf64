/**
 * wink-nlp, loaded once. Everything downstream works on `Tok` arrays with character
 * offsets into the original text, so evidence quotes can always be sliced back out.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// only what the analyzer reads: sentences and pos (which lemmas need); negation scope is detect/scope.ts's own
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface Tok {
  /** Lower-cased surface form. */
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sent: number;
  /** Whitespace before the token in the original, so surface strings keep "haven't" whole. */
  spaceBefore: boolean;
  /** True for new-line tokens: bullet lists split sentences without punctuation. */
  newline: boolean;
}

/**
 * A token as stored: the sentence and the two flags share one small integer, read back
 * by getters, so each of a megabyte's ~200k tokens is two fields smaller.
 */
class PackedTok implements Tok {
  constructor(
    public lower: string,
    public lemma: string,
    public pos: string,
    public start: number,
    public end: number,
    /** sent << 2 | newline << 1 | spaceBefore */
    private readonly bits: number,
  ) {}
  get sent(): number {
    return this.bits >>> 2;
  }
  get spaceBefore(): boolean {
    return (this.bits & 1) !== 0;
  }
  get newline(): boolean {
    return (this.bits & 2) !== 0;
  }
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

/**
 * Long texts are read a part at a time, cut after blank lines: wink's whole-document
 * structures for a megabyte of notes would otherwise dominate peak memory. A blank line
 * ends a segment whatever wink makes of it, and the parts tokenize as the whole does.
 */
const PART_CHARS = 32_768;

function partEnds(text: string): number[] {
  const ends: number[] = [];
  let from = 0;
  while (text.length - from > PART_CHARS) {
    const gap = text.indexOf('\n\n', from + PART_CHARS);
    if (gap < 0) break;
    let end = gap + 2;
    while (end < text.length && /\s/.test(text[end]!)) end++;
    if (end >= text.length) break;
    ends.push(end);
    from = end;
  }
  ends.push(text.length);
  return ends;
}

/** Tokens of `text`; `base` shifts offsets when `text` is a slice of a larger input. */
export function tokensFrom(text: string, base = 0): Tok[] {
  if (text.length <= PART_CHARS) return partTokens(text, base, 0, []);
  const out: Tok[] = [];
  let from = 0;
  for (const end of partEnds(text)) {
    partTokens(text.slice(from, end), base + from, out.length ? out[out.length - 1]!.sent + 1 : 0, out);
    from = end;
  }
  return out;
}

/** One readDoc over `text`, tokens appended to `out` with sentence numbers from `firstSent`. */
function partTokens(text: string, base: number, firstSent: number, out: Tok[]): Tok[] {
  const doc = nlp.readDoc(text);
  // bulk reads: one call per property, not one per token
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  const poses = tokens.out(its.pos) as string[];
  const types = tokens.out(its.type) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  let pos = 0;
  let sent = 0;
  let sentEnd = spans.length ? spans[0]![1] : values.length;
  for (let k = 0; k < values.length; k++) {
    while (k > sentEnd && sent + 1 < spans.length) sentEnd = spans[++sent]![1];
    const value = values[k]!;
    const gap = spaces[k]!.length;
    pos += gap;
    const low = lower(value);
    const newline = types[k] === 'tabCRLF' && value.includes('\n');
    out.push(
      new PackedTok(
        low,
        low === "n't" || low === 'nt' ? 'not' : lower(lemmas[k]!),
        poses[k]!,
        base + pos,
        base + pos + value.length,
        ((firstSent + sent) << 2) | (newline ? 2 : 0) | (gap > 0 ? 1 : 0),
      ),
    );
    pos += value.length;
  }
  return out;
}
