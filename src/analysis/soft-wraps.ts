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

/** A wrapped text's width is at least this; shorter lines are typed, not wrapped. */
const MIN_WIDTH = 60;
/** How far below the widest line a wrapped line may end (a long next word leaves a gap). */
const WIDTH_SLACK = 25;
/** Lines near the width needed before the text counts as wrapped. */
const MIN_WIDE_LINES = 2;
/** Counting differences (tabs, wide characters) between the wrapper and us. */
const FIT_SLACK = 2;

/** Ends a sentence, a heading or a clause that introduces what follows. */
const ENDS_THOUGHT = /[.!?:;…]["'”’)\]*_]*$/;
/** A sentence that ends inside a line: the mark of running prose. */
const SENTENCE_INSIDE = /[a-z)][.!?]["'”’)]* +["'“‘(]?[A-Z]/;
const BULLET = /^\s*(?:[-*•·–—+>]|\d{1,3}[.)]|[a-z][.)]|\[[ xX]?\])(?:\s|$)/;
const HEADING = /^\s*#|^[^a-z]*[A-Z][^a-z]*$/;
/** "Sam: …", "Q: …", "Interviewer (Ana): …": a speaker or a label, one to three words. */
const SPEAKER = /^\s*[\p{L}\d][\p{L}\d'’.()-]*(?:\s+[\p{L}\d'’.()-]+){0,2}\s*:(?:\s|$)/u;
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

function isListLine(line: string): boolean {
  return BULLET.test(line) || HEADING.test(line) || SPEAKER.test(line) || TIME_STAMP.test(line);
}

/** The width the text was wrapped at, or undefined when it does not look wrapped. */
function wrapWidth(lines: readonly Line[], text: string): number | undefined {
  let width = 0;
  for (const l of lines) width = Math.max(width, l.text.length);
  if (width < MIN_WIDTH) return undefined;
  const floor = Math.max(MIN_WIDTH, width - WIDTH_SLACK);
  let wide = 0;
  for (const l of lines) if (l.text.length >= floor && !isListLine(l.text)) wide++;
  if (wide < MIN_WIDE_LINES || !SENTENCE_INSIDE.test(text)) return undefined;
  return width;
}

/** Offsets of the `\n`s in `text` that are soft wraps, in order. */
export function softBreaks(text: string): number[] {
  // cheap exits: no line break, or no line long enough to have been wrapped
  if (text.indexOf('\n') < 0) return [];
  const lines = linesOf(text);
  const width = wrapWidth(lines, text);
  if (width === undefined) return [];
  const floor = Math.max(MIN_WIDTH, width - WIDTH_SLACK);
  const out: number[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k]!.text;
    const next = lines[k + 1]!.text.trimStart();
    if (line.length < floor || next === '' || ENDS_THOUGHT.test(line)) continue;
    if (isListLine(line) || isListLine(next)) continue;
    const word = /^\S+/.exec(next)![0];
    if (line.length + 1 + word.length + FIT_SLACK <= width) continue;
    if (GOES_ON.test(next) || OPEN_END.test(line)) out.push(lines[k]!.end);
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
