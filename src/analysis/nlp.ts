/**
 * wink-nlp, loaded once. Everything downstream works on `Tok` arrays with character
 * offsets into the original text, so evidence quotes can always be sliced back out.
 */
import winkNLP from 'wink-nlp';
import { oneByte } from './detect/one-byte.js';
import { execAll } from './exec-all.js';
import { unwrappedText } from './soft-wraps.js';
import { cachedByString } from './string-cache.js';
import { model, PIPE } from './wink-model.js';

// only what the analyzer reads: sentences and pos (which lemmas need); negation scope is detect/scope.ts's own
const nlp = winkNLP(model, [...PIPE]);
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

/** Quote marks as tokens: read past, like line breaks and spaces, when words are walked. */
export const QUOTES: ReadonlySet<string> = new Set(["'", '"', '\u201C', '\u201D', '`', "''"]);

/**
 * A token as stored: the sentence and the three flags share one small integer, read back
 * by getters, so each of a megabyte's ~200k tokens is three fields smaller.
 */
class PackedTok implements Tok {
  constructor(
    public lower: string,
    public lemma: string,
    public pos: string,
    public start: number,
    public end: number,
    /** sent << 3 | skipped << 2 | newline << 1 | spaceBefore */
    private readonly bits: number,
  ) {}
  get sent(): number {
    return this.bits >>> 3;
  }
  get spaceBefore(): boolean {
    return (this.bits & 1) !== 0;
  }
  get newline(): boolean {
    return (this.bits & 2) !== 0;
  }
  /** What `skippedTok` reads, worked out once: the cue scan asks for every token of every segment. */
  get skipped(): boolean {
    return (this.bits & 4) !== 0;
  }
}

/** A quote mark, a line break or a space, which a walk over the words reads past. */
export function skippedTok(t: Tok): boolean {
  if (t instanceof PackedTok) return t.skipped;
  return QUOTES.has(t.lower) || t.newline || t.pos === 'SPACE';
}

const CURLY = /[\u2018\u2019\u201B\u2032]/g;

// Lower-cased forms by wink's string, shared across tokens and calls, which saves most of the
// string work and memory. One byte per character (detect/one-byte.ts): segment strings are
// joined from these.
const lower = cachedByString((value) => oneByte(value.toLowerCase().replace(CURLY, "'")));

/**
 * Long texts are read a part at a time, cut after blank lines: wink's whole-document
 * structures for a megabyte of notes would otherwise dominate peak memory. A blank line
 * ends a segment whatever wink makes of it, and the parts tokenize as the whole does.
 * Parts of 8K keep wink's per-document arrays under V8's large-object size (128 KB): at
 * 32K they were large objects, which only a full collection frees, and a megabyte's
 * worth piled up ~10 MB of them before one came (same tokens on every labelled set).
 */
const PART_CHARS = 8_192;

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

/**
 * The model's lexicon, for OCR repairs: `isOOV` is a look-up on one empty document and
 * learns nothing, so checking a word costs a hash read.
 */
const lexicon = nlp.readDoc('');
const known = (word: string): boolean => !lexicon.isOOV(word.toLowerCase().replace(CURLY, "'"));

/** Words with a digit or a capital I where a letter belongs, or a letter inside a number. */
const SUSPECT_AT = /[a-z'’][01]|[01][a-z]|[a-z'’]I|\d[OolI]/g;
const L_AT = /l/g;
const IE_AT = /ie|ei/g;
/** Numbers with a unit or suffix ("1am", "10th", "1hr") and numeronyms ("a11y", "k8s", "b2b"): kept. */
const NUMBER_WORD =
  /^\d+(?:st|nd|rd|th|am|pm|s|k|m|bn|h|hr|hrs|min|mins|x|yr|yrs|wk|wks|d|day|days|ish)$|^[a-z]\d+[a-z]$/i;
const ALL_DIGITS = /^\d+(?:st|nd|rd|th|am|pm|s)?$/i;

/**
 * A word as a scanned screenshot garbles it, repaired when the repair is a word the model
 * knows and the garbled form is not: "to1d" → "told", "we'11" → "we'll", "reaIIy" →
 * "really", "1Oth" → "10th". Same length, so every offset stays that of the original.
 */
function repairedWord(w: string): string | undefined {
  if (/\d/.test(w)) {
    if (NUMBER_WORD.test(w)) return undefined;
    // a letter inside a number: "1Oam", "2lst"
    const num = w.replace(/(?<=\d)[OolI]/g, (c) => (c === 'O' || c === 'o' ? '0' : '1'));
    if (num !== w && ALL_DIGITS.test(num)) return num;
    // a digit for a letter, only a run that touches a lower-case letter: "rea11y", "ca11", "pr0ject"
    if (w.length < 3) return undefined;
    const word = w.replace(/[01]+/g, (run, at: number) => {
      const before = w[at - 1] ?? '';
      const after = w[at + run.length] ?? '';
      if (!/[a-z'’]/.test(before) && !/[a-z]/.test(after)) return run;
      return run.replace(/1/g, 'l').replace(/0/g, 'o');
    });
    return !/\d/.test(word) && !known(w) && known(word) ? word : undefined;
  }
  // a capital I for an l inside a lower-case word: "reaIIy", "fIat", "we'II" (not "LinkedIn", "AI")
  const mixed = /^[a-z][a-z'’]*(?:I+[a-z'’]*)+$/.test(w) ? w : /^I['’]I+$/.test(w) ? w.slice(1) : undefined;
  if (mixed !== undefined) {
    const word = w.slice(0, w.length - mixed.length) + mixed.replace(/I/g, 'l');
    return known(word) ? word : undefined;
  }
  return undefined;
}

/** An l for an i in an unknown lower-case word, read only once the text shows other OCR damage: "sald", "tlme", "lnterview". */
function repairedL(w: string): string | undefined {
  if (!/^[a-z']+$/.test(w) || known(w)) return undefined;
  const at: number[] = [];
  for (let k = 0; k < w.length; k++)
    if (w[k] === 'l' && !/[il]/.test(w[k - 1] ?? '') && !/[il]/.test(w[k + 1] ?? '')) at.push(k);
  if (at.length === 0 || at.length > 3) return undefined;
  // fewest changes first
  const masks = Array.from({ length: (1 << at.length) - 1 }, (_, k) => k + 1).sort(
    (a, b) => bitCount(a) - bitCount(b),
  );
  for (const mask of masks) {
    const chars = [...w];
    at.forEach((k, b) => {
      if (mask & (1 << b)) chars[k] = 'i';
    });
    const word = chars.join('');
    if (known(word)) return word;
  }
  return undefined;
}

function bitCount(n: number): number {
  let c = 0;
  for (let m = n; m; m &= m - 1) c++;
  return c;
}

/** Repairs needed before the unsure l-for-i kind is tried: one odd word is a typo, two are a scan. */
const OCR_GATE = 2;

/** "interveiw", "recieved", "thier": i and e swapped, in a lower-case word the model does not know. */
function swappedIe(w: string): string | undefined {
  if (w.length < 4 || !/^[a-z]+$/.test(w) || known(w)) return undefined;
  for (let k = 0; k + 1 < w.length; k++) {
    const pair = w[k]! + w[k + 1]!;
    if (pair !== 'ie' && pair !== 'ei') continue;
    const word = w.slice(0, k) + w[k + 1]! + w[k]! + w.slice(k + 2);
    if (known(word)) return word;
  }
  return undefined;
}

interface Repaired {
  text: string;
  /** Enough OCR damage that the text is a scan: its line breaks are the screen's, not the writer's. */
  scanned: boolean;
}

/** Letters, digits and apostrophes: what a repaired word is made of. */
function wordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019;
}

/** The word around `at`, as [start, end), without apostrophes at its edges. */
function wordAround(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && wordChar(text.charCodeAt(s - 1))) s--;
  let e = at;
  while (e < text.length && wordChar(text.charCodeAt(e))) e++;
  while (s < e && /['’]/.test(text[s]!)) s++;
  while (e > s && /['’]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Each word holding a match of `re`, once: only the few odd words are looked at, not every word. */
function* wordsAt(text: string, re: RegExp): Generator<[number, string]> {
  let last = -1;
  for (const m of execAll(re, text)) {
    const [s, e] = wordAround(text, m.index);
    if (s === last || e <= s) continue;
    last = s;
    yield [s, text.slice(s, e)];
  }
}

function repaired(text: string): Repaired {
  const edits: [number, string][] = [];
  const done = new Set<number>();
  const edit = (at: number, w: string, word: string | undefined) => {
    if (word === undefined || word === w || done.has(at)) return;
    edits.push([at, word]);
    done.add(at);
  };
  for (const [at, w] of wordsAt(text, SUSPECT_AT)) edit(at, w, repairedWord(w));
  const scanned = edits.length >= OCR_GATE;
  if (scanned) for (const [at, w] of wordsAt(text, L_AT)) if (!done.has(at)) edit(at, w, repairedL(w));
  for (const [at, w] of wordsAt(text, IE_AT)) if (!done.has(at)) edit(at, w, swappedIe(w));
  if (edits.length === 0) return { text, scanned };
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [at, word] of edits) {
    out += text.slice(from, at) + word;
    from = at + word.length;
  }
  return { text: out + text.slice(from), scanned };
}

/**
 * Text as it was meant, for texts that went through OCR (screenshots of notes) or carry
 * an i-e swap: same length, character for character, so offsets into it are offsets into
 * the original and evidence quotes slice the original exactly. Real numbers ("10 days",
 * "1:1", "Q1", "B2B", "1st", "a11y") are left alone; a word changes only into one the
 * model knows.
 */
export function normalisedText(text: string): string {
  return repaired(text).text;
}

/**
 * A note as `tokensFrom` reads it: repaired (see normalisedText), its soft wraps read as spaces
 * (soft-wraps.ts), and whether it is a scan. Same length as `raw`, so offsets carry over.
 */
export type ReadText = Repaired;
export function readText(raw: string): ReadText {
  const read = repaired(raw);
  const text = unwrappedText(read.text);
  return text === read.text ? read : { text, scanned: read.scanned };
}

/**
 * Tokens of `text`; `base` shifts offsets when `text` is a slice of a larger input. `read`,
 * when the caller has it, is `readText(raw)`, so the repairs are not worked out twice.
 */
export function tokensFrom(raw: string, base = 0, read: ReadText = repaired(raw)): Tok[] {
  // read as repaired; offsets are the same in both
  const { text, scanned } = read;
  if (text.length <= PART_CHARS) return partTokens(text, base, 0, [], scanned);
  const out: Tok[] = [];
  let from = 0;
  for (const end of partEnds(text)) {
    partTokens(
      text.slice(from, end),
      base + from,
      out.length ? out[out.length - 1]!.sent + 1 : 0,
      out,
      scanned,
    );
    from = end;
  }
  return out;
}

/** A scanned line that runs on: one line break, a word or comma before it and a lower-case word after. */
const RUNS_ON_BEFORE = /^(?:[\w'’)]+|,|;)$/;
const RUNS_ON_AFTER = /^[a-z]/;

/**
 * wink's token type is a property of the lexeme, which its text picks (wink's cache adds a
 * new text once, with the type of its first reading), so it is asked once per text, and only
 * for the few texts that hold a line break: a bulk read of every token's type built an array
 * of ~200k strings per megabyte, and a token item per line break cost as much.
 */
const typeByText = new Map<string, string>();
function typeOf(value: string, tokens: ReturnType<WinkDoc['tokens']>, k: number): string {
  let type = typeByText.get(value);
  if (type === undefined) {
    if (typeByText.size >= 10_000) typeByText.clear();
    type = tokens.itemAt(k).out(its.type) as string;
    typeByText.set(value, type);
  }
  return type;
}
type WinkDoc = ReturnType<typeof nlp.readDoc>;

/** One readDoc over `text`, tokens appended to `out` with sentence numbers from `firstSent`. */
function partTokens(text: string, base: number, firstSent: number, out: Tok[], scanned = false): Tok[] {
  const doc = nlp.readDoc(text);
  // bulk reads: one call per property, not one per token
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  const poses = tokens.out(its.pos) as string[];
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
    // in a scan, a line that runs on into a lower-case word is the screen's wrap, not a new line
    const newline =
      value.includes('\n') &&
      typeOf(value, tokens, k) === 'tabCRLF' &&
      !(
        scanned &&
        value === '\n' &&
        RUNS_ON_BEFORE.test(values[k - 1] ?? '') &&
        RUNS_ON_AFTER.test(values[k + 1] ?? '')
      );
    const tag = poses[k] ?? 'X';
    const lemma = lemmas[k];
    out.push(
      new PackedTok(
        low,
        // wink leaves some lemmas out ("i didnt." has none): the word stands for itself
        low === "n't" || low === 'nt' ? 'not' : lemma === value ? low : lower(lemma ?? value),
        tag,
        base + pos,
        base + pos + value.length,
        ((firstSent + sent) << 3) |
          (QUOTES.has(low) || newline || tag === 'SPACE' ? 4 : 0) |
          (newline ? 2 : 0) |
          (gap > 0 ? 1 : 0),
      ),
    );
    pos += value.length;
  }
  return out;
}
