/**
 * Soft wraps: the line breaks an email client or an editor put inside a sentence when it
 * wrapped the notes at ~70–100 columns ("She walked me through\nthe team's dashboards").
 * Read as the writer's breaks, they cut the sentence in two and its cue with it.
 *
 * A break is soft only where the text looks wrapped as a whole (several long lines of about
 * the same length, sentences that end inside a line) and the break itself is where a wrap
 * would fall: the line is long, its next word would not have fitted, the line does not end a
 * sentence, and the next line goes on with it. Phone notes (short lines, one thought each) and
 * lists (bullets, headings, speakers, time stamps) never qualify, so their lines stay apart.
 */
import { compiledNative } from './exec-all.js';

/** A wrapped text's widest line is at least this (a wrap at 60 columns leaves lines of 55–60). */
const MIN_WIDTH = 55;
/** How far below the widest line a wrapped line may end (a long next word leaves a gap). */
const WIDTH_SLACK = 25;
/** A line this short was ended by the writer, whatever the width. */
const MIN_WRAPPED_LINE = 40;
/** Lines near the width needed before the text counts as wrapped, */
const MIN_WIDE_LINES = 2;
/** and the share of the breaks inside a sentence that fall near the width; */
const WIDE_SHARE = 0.75;
/** this many show it without a sentence ending inside a line. */
const MANY_WIDE_LINES = 3;
/** Counting differences (tabs, wide characters) between the wrapper and us. */
const FIT_SLACK = 2;

/** Ends a sentence; after one, a new line is harmless to join but no sign of a wrap. */
const ENDS_SENTENCE = /[.!?;…]["'”’)\]*_]*$/;
/** Introduces what follows on its own line: a list, a quote, an answer. */
const ENDS_WITH_COLON = /:["'”’)\]*_]*$/;
/** A sentence that ends inside a line: the mark of running prose ("loves it. asked me" too). */
const SENTENCE_INSIDE = /[a-z)][.!?]["'”’)]* +["'“‘(]?[A-Za-z]/;
const BULLET = /^\s*(?:[-*•·–—+>]|\d{1,3}[.)]|[a-z][.)]|\[[ xX]?\])(?:\s|$)/;
const HEADING = /^\s*#|^[^a-z]*[A-Z][^a-z]*$/;
/**
 * "Sam: …", "Q: …", "Interviewer (Ana): …", "me: …": a name of one to three words, capitalised,
 * or the chat notes' lower-case speakers. Not "the details: …", a wrapped line's colon.
 */
const SPEAKER =
  /^\s*(?:[A-Z][\p{L}\d'’.-]*(?:\s+[\p{L}\d'’.()-]+){0,2}|me|her|him|them|they|she|he|us|you|i|q|a|interviewer|recruiter|hm|hr)\s*:(?:\s|$)/u;
const TIME_STAMP = /^\s*[[(]?\d{1,2}:\d{2}/;
/** The next line goes on with the sentence: a lower-case word, "I", a number, an opened quote. */
const GOES_ON = /^["“'‘(]?(?:[a-z]|I(?:\s|['’])|\d+(?![.):\d]))/;
/** A line ending in one of these words leaves the sentence open, whatever the next word's case. */
const OPEN_END =
  /(?:^|\s)(?:a|an|the|and|or|but|to|of|in|on|at|for|with|from|by|about|into|than|that|my|our|their|his|her|its|your|is|was|were|are|be|been|as),?$|,$/i;

interface Line {
  start: number;
  /** Offset of the `\n` that ends the line, or the text's length. */
  end: number;
  /** The line without the trailing `\r` and spaces. */
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end).trimEnd() });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** A line that starts a new item whatever came before: a bullet, heading, speaker or time stamp. */
function startsItem(line: string): boolean {
  return BULLET.test(line) || HEADING.test(line) || SPEAKER.test(line) || TIME_STAMP.test(line);
}

/** Whether the break after `line` falls inside a sentence: no closing mark, and `next` goes on. */
function insideSentence(line: string, next: string): boolean {
  return (
    !ENDS_SENTENCE.test(line) && !ENDS_WITH_COLON.test(line) && (GOES_ON.test(next) || OPEN_END.test(line))
  );
}

/** The shortest line that may end in a wrap. */
const wrappedFloor = (width: number): number => Math.max(MIN_WRAPPED_LINE, width - WIDTH_SLACK);

/**
 * The width the text was wrapped at, or undefined when it does not look wrapped: nearly every
 * break inside a sentence falls near the widest line (in phone notes they fall anywhere), and
 * there are several lines that long with sentences ending inside lines (prose, not one thought
 * a line), or a bullet's text going on into the next line.
 */
function wrapWidth(lines: readonly Line[], text: string): number | undefined {
  let width = 0;
  for (const l of lines) width = Math.max(width, l.text.length);
  if (width < MIN_WIDTH) return undefined;
  const floor = wrappedFloor(width);
  let wide = 0;
  let inside = 0;
  let insideWide = 0;
  // a bullet's text going on past its line: a list with a bullet for each thought was wrapped
  let bulletRunsOn = false;
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k]!.text;
    const next = lines[k + 1]!.text.trimStart();
    if (line === '' || next === '' || HEADING.test(line) || startsItem(next)) continue;
    const isWide = line.length >= floor;
    if (isWide) wide++;
    if (isWide && BULLET.test(line)) bulletRunsOn = true;
    if (!insideSentence(line, next)) continue;
    inside++;
    if (isWide) insideWide++;
  }
  if (wide < MIN_WIDE_LINES || insideWide === 0 || insideWide < inside * WIDE_SHARE) return undefined;
  return wide >= MANY_WIDE_LINES || bulletRunsOn || SENTENCE_INSIDE.test(text) ? width : undefined;
}

/**
 * Offsets of the `\n`s in `text` that are soft wraps, in order: in a text that looks wrapped,
 * each break where the line's next word would not have fitted and the next line starts no item
 * (after a sentence's end too, "deciding next week.⏎Shop floor", which then reads as the
 * one-line text does).
 */
export function softBreaks(text: string): number[] {
  if (text.indexOf('\n') < 0) return [];
  const lines = linesOf(text);
  const width = wrapWidth(lines, text);
  if (width === undefined) return [];
  const floor = wrappedFloor(width);
  const out: number[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k]!.text;
    const next = lines[k + 1]!.text.trimStart();
    if (line.length < floor || next === '' || ENDS_WITH_COLON.test(line)) continue;
    if (HEADING.test(line) || startsItem(next)) continue;
    const word = /^\S+/.exec(next)![0];
    if (line.length + 1 + word.length + FIT_SLACK > width) out.push(lines[k]!.end);
  }
  return out;
}

/**
 * `text` with its soft wraps read as spaces (a `\r` before one too): same length, so every
 * offset into it is an offset into the original. The same string when there are none.
 */
export function unwrappedText(text: string): string {
  const breaks = softBreaks(text);
  if (breaks.length === 0) return text;
  let out = '';
  let from = 0;
  for (const at of breaks) {
    const cut = text[at - 1] === '\r' ? at - 1 : at;
    out += text.slice(from, cut) + ' '.repeat(at + 1 - cut);
    from = at + 1;
  }
  return out + text.slice(from);
}

// large, and first run on short strings: compiled to machine code at load, so their bytecode
// does not spend V8's regex budget (ADR 0008, "Session 20")
compiledNative(SPEAKER);
