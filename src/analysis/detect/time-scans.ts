/**
 * Whole-text time patterns run only over the stretches of text that can hold a match (between
 * stops, around a trigger word), which finds the same matches as a scan of the whole text.
 */
import { compiledNativeAnyWidth, execAll } from '../exec-all.js';
import { DAY_COUNT, ELAPSED, PAST_PROMISE, PROMISE, PROMISE_AFTER, WEEK_COUNT } from './wait-patterns.js';

/**
 * Every match of ELAPSED or PROMISE (first alternative) holds a unit word after a space;
 * PROMISE's other alternatives hold a unit word or a weekday after a space; DAY_COUNT holds
 * "day". Text without them is never scanned.
 */
export const UNIT_AT = /\s(?:days?|weeks?|wks?|fortnights?|months?|mos?|hours?|hrs?)\b/gi;
const PROMISE_AT =
  /(?:weeks?|days?|fortnights?|months?|mos?|wks?|hours?|hrs?)\b|\s(?:mon|tue|wed|thu|fri|week)/gi;
const DAY_AT = /\bdays?\b/gi;

// none of the time patterns can consume these, so no match spans one; DAY_COUNT alone takes "."
// (a double quote is no stop: PROMISE reads `said "two weeks"`)
const STOPS = new Uint8Array(128);
for (const c of ',;:!?()[]{}') STOPS[c.charCodeAt(0)] = 1;
const DOT = 46;

/**
 * The stretches between stops that hold a trigger, each once, in text order. A whole-text scan
 * finds exactly the matches found in these: a stop is never part of a match and is, like the
 * text's ends, a non-word character, so `\b` and look-aheads read the same at a stretch's edge.
 */
export function stretches(text: string, trigger: RegExp, dotStops: boolean): string[] {
  const out: string[] = [];
  const stop = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c < 128 && (STOPS[c] === 1 || (dotStops && c === DOT));
  };
  trigger.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = trigger.exec(text))) {
    let from = m.index;
    while (from > 0 && !stop(from - 1)) from--;
    let end = m.index;
    while (end < text.length && !stop(end)) end++;
    out.push(text.slice(from, end));
    // any later trigger before `end` lies in this stretch
    trigger.lastIndex = end;
  }
  return out;
}

/** A whole-text pattern with what each of its matches must hold, and whether it can take a ".". */
export interface TimeScan {
  re: RegExp;
  trigger: RegExp;
  dotStops: boolean;
}
export const ELAPSED_SCAN: TimeScan = { re: ELAPSED, trigger: UNIT_AT, dotStops: true };
export const PROMISE_SCAN: TimeScan = { re: PROMISE, trigger: PROMISE_AT, dotStops: true };
export const DAY_COUNT_SCAN: TimeScan = { re: DAY_COUNT, trigger: DAY_AT, dotStops: false };
export const WEEK_COUNT_SCAN: TimeScan = { re: WEEK_COUNT, trigger: /\bweek\b/gi, dotStops: true };
export const PROMISE_AFTER_SCAN: TimeScan = { re: PROMISE_AFTER, trigger: UNIT_AT, dotStops: true };
export const PAST_PROMISE_SCAN: TimeScan = { re: PAST_PROMISE, trigger: UNIT_AT, dotStops: true };

/** The matches `text.matchAll(scan.re)` gives, found in the stretches that can hold them. */
export function* scanMatches(text: string, scan: TimeScan): Generator<RegExpExecArray> {
  for (const part of stretches(text, scan.trigger, scan.dotStops)) yield* execAll(scan.re, part);
}

// Compiled to optimized code now, before the cue regexes use up V8's budget (see wait-patterns.ts).
for (const re of [UNIT_AT, PROMISE_AT, DAY_AT, WEEK_COUNT_SCAN.trigger]) compiledNativeAnyWidth(re);
