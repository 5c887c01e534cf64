/**
 * Token spans of a sentence as elsewhere.ts reads it: where its opening words start past leads
 * and punctuation, those words as written, where its line, its sentence and the writer's words
 * about the writing end, and how it ends.
 */
import type { Tok } from '../nlp.js';
import { ABOUT_THEM } from './elsewhere-asides.js';

/** Openers passed over before the frame: "And another place...", "But one firm...". */
const LEAD = new Set([
  'and',
  'but',
  'so',
  'then',
  'also',
  'plus',
  'oh',
  'well',
  'meanwhile',
  'still',
  'anyway',
  'like',
  'honestly',
]);
const OPENING_WORDS = 9;
/** "For context,", "for reference:": a lead of two words, passed over when a comma or colon follows. */
const ASIDE_LEAD = /^(?:context|reference|comparison|background)$/;

const QUOTE = /^["'\u201C\u201D`]+$/;
/**
 * Where the opening words of the sentence from token `from` start (leads, punctuation and line
 * breaks passed over), or -1 for a sentence that opens a quote, since speech ("When you join
 * you'll...") frames nothing.
 */
export function openingStart(toks: Tok[], from: number, to: number): number {
  let i = from;
  while (i < to) {
    const tok = toks[i]!;
    // "For context, at my previous interview...": the writer's note on why, before the frame
    const aside = tok.lower === 'for' && ASIDE_LEAD.test(toks[i + 1]?.lower ?? '');
    const passed =
      LEAD.has(tok.lower) ||
      /^[,;:.!?…\-–—()*•]+$/.test(tok.lower) ||
      tok.newline ||
      (aside && /^[,:]$/.test(toks[i + 2]?.lower ?? ''));
    if (!passed) break;
    i += aside ? 2 : 1;
  }
  return i < to && QUOTE.test(toks[i]!.lower) ? -1 : i;
}

/** Up to OPENING_WORDS lower-cased words from token `i`, joined as written, stopping at a new line. */
export function wordsOnLine(toks: Tok[], i: number, to: number): string {
  let s = '';
  for (let n = 0; i < to && n < OPENING_WORDS; i++, n++) {
    const t = toks[i]!;
    if (t.newline) break;
    s += (s && t.spaceBefore ? ' ' : '') + t.lower;
  }
  return s;
}

/** Where the sentence's first words as written start, leading punctuation passed over. */
export function rawStart(toks: Tok[], from: number, to: number): number {
  let i = from;
  while (i < to && (/^[,;:.!?…\-–—()*•"'“”`]+$/.test(toks[i]!.lower) || toks[i]!.newline)) i++;
  return i;
}

/**
 * Where the writer's words about the writing stop: "Writing this because | the interview was hard",
 * "okay recording this so I remember | , the interview at the bank..." (a voice note runs on in commas).
 */
const WRITING_STOP = new Set([
  ':',
  '—',
  '–',
  ';',
  ',',
  'because',
  'since',
  'but',
  'as',
  'cos',
  'coz',
  "'cause",
]);
export function writingEnd(toks: Tok[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++)
    if (WRITING_STOP.has(toks[k]!.lower) || toks[k]!.lower === '-') return k;
  return to;
}

/** The sentence's words, lower case, spaced as written; `breaks: false` leaves its line breaks out. */
export function sentenceText(toks: Tok[], from: number, to: number, breaks = true): string {
  let s = '';
  for (let k = from; k < to; k++)
    if (breaks || !toks[k]!.newline) s += (s && toks[k]!.spaceBefore ? ' ' : '') + toks[k]!.lower;
  return s;
}

/** Where the sentence that runs through token `i - 1` ends. */
export function sentenceEnd(toks: Tok[], i: number): number {
  const sent = toks[i - 1]!.sent;
  while (i < toks.length && toks[i]!.sent === sent) i++;
  return i;
}

/** The unit ends on a colon (a heading over the lines that follow) or a full stop. */
export function endsOnStop(toks: Tok[], from: number, to: number): boolean {
  let last = to - 1;
  while (last > from && (toks[last]!.newline || QUOTE.test(toks[last]!.lower))) last--;
  return /^[:.!?…]+$/.test(toks[last]!.lower);
}

/** The sentence ends on a question mark and names no one on the employer's side. */
export function asksReader(toks: Tok[], from: number, to: number): boolean {
  let last = to - 1;
  while (last > from && (toks[last]!.newline || QUOTE.test(toks[last]!.lower))) last--;
  return toks[last]!.lower === '?' && !ABOUT_THEM.test(sentenceText(toks, from, to));
}

/** Where the line of the sentence at `from` ends: a bullet run on into the next is not one sentence. */
export function lineEnd(toks: Tok[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (toks[k]!.newline) return k;
  return to;
}

/** Does the sentence at `from` open a new line (or paragraph)? */
export function opensLine(toks: Tok[], from: number, to: number): boolean {
  for (let k = Math.max(0, from - 1); k < to && (k < from || toks[k]!.newline); k++)
    if (toks[k]!.newline) return true;
  return false;
}

/** Where a headline's quoted title ends (HEADLINE): just past its closing quote, or the line's end if it has none. */
export function headlineEnd(toks: Tok[], from: number, to: number): number {
  const end = lineEnd(toks, from, to);
  let k = from;
  while (k < end && !QUOTE.test(toks[k]!.lower)) k++;
  for (k++; k < end; k++) if (QUOTE.test(toks[k]!.lower)) return k + 1;
  return end;
}

/**
 * Where the writer sets their own against what came before, within the next few sentences ("..., but mine was
 * great", "Mine was nothing like that"): the index of that "mine", or -1.
 */
const MINE_WINDOW = 30;
export function mineAt(toks: Tok[], from: number, to: number): number {
  const end = Math.min(toks.length, to + MINE_WINDOW);
  for (let k = from + 1; k < end; k++) {
    if (toks[k]!.lower !== 'mine') continue;
    const before = toks[k - 1]!.lower;
    if (toks[k]!.newline || /^[,;:.!?…\-–—()]+$/.test(before) || before === 'but' || before === 'and')
      return k;
  }
  return -1;
}
