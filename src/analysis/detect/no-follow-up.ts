/**
 * no-follow-up: silence past the window, said in words or shown by a date or a count; in a call,
 * an interviewer owning up to the wait or a candidate who chased and heard nothing.
 */
import { normalisedText, type Tok } from '../nlp.js';
import { compiledNativeAnyWidth } from '../exec-all.js';
import { timeFrom } from './elapsed.js';
import { heardBack } from './heard-back.js';
import { startsInEach } from './clause-ranges.js';
import {
  AFTER_INTERVIEW,
  AFTER_THAT,
  CHASE,
  CHASED,
  INTERVIEW,
  maySayNoWord,
  SILENCE,
  SOFT_STRONG,
  STRONG_SILENCE,
  THANKS,
} from './silence-words.js';
import { ABOUT_HEARING } from './timeline-promise.js';
import type { Clause, Hit } from './types.js';

/** A chase with no answer counts from a week on; sooner than that it is only impatience. */
const CHASE_MIN_DAYS = 7;
/** "Said they'd phone that evening. They didn't." */
const NEVER_DID =
  /^(?:\W*(?:but|and|well|of course|needless to say)\W+)?(?:they|she|he|nobody|no one|hr|the call|the email|it|that call)\W+(?:didn'?t|did not|never did|never (?:came|called|rang|phoned|emailed|happened|arrived|materiali[sz]ed)|didn'?t come|did not come)\b/i;
const NO_PROMISE_WINDOW = 10;
/** Days counted since the interview under which even "radio silence" or "ghosted" is still the wait, not silence past it. */
const EARLY_DAYS = 5;
const ELAPSED_WORDS = /\b(since|been|ago|now|waited|pass|passed)\b/i;
/**
 * An answer that came weeks on: "they were, six weeks later, with a letter", "the rejection came two months later",
 * "finally got a response after over a month of waiting" (the wait named as one).
 */
const LATE_REPLY =
  /\b(?:after|following) (?:over |more than |almost |nearly |about |some |a good )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a couple of|a few|several) (?:weeks?|months?) of (?:waiting|silence|nothing|no word|radio silence|hearing nothing)\b|\b(?:\w+|\d+) (?:weeks|months) later\b[^.]{0,60}\b(?:letter|e-?mail|call|rang|phoned|wrote|rejection|reply|replied|heard|message|text|offer)\b|\b(?:letter|e-?mail|call|rejection|reply|message|offer|wrote|rang|phoned|called|emailed|replied|heard|came back|got back)\b[^.]{0,40}\b(?:\w+|\d+) (?:weeks|months) later\b/i;
/**
 * An answer that "finally" came ("finally heard today", "the rejection finally came"): late only
 * past a window they gave, since with none "after three weeks they finally emailed" may be
 * relief at a normal wait (`late` below counts the days).
 */
const FINALLY_REPLY =
  /\bfinally\b[^.]{0,30}\b(?:heard|got|came|landed|arrived|rang|called|phoned|emailed|wrote|replied|rejection|letter|e-?mail|offer|reply|answer)\b|\b(?:rejection|reply|letter|e-?mail|offer|answer|response|word)\b[^.]{0,20}\bfinally\b/i;
/** A reply weeks on that followed another round is the process moving, not silence. */
const LATER_ROUND =
  /\b(?:second|2nd|third|3rd|next|final|another|follow[- ]up) (?:interview|round|stage|call|meeting|assessment|trial)\b/i;

const A_WEEK_ON = /\b(?:following|next) (?:mon|tue|wed|thu|fri|sat|sun)/i;
const WEEK_GONE_DAYS = 5;

/** Silence past the window: the words say so, or a date or count says it is past the window they gave. */
export function noFollowUp(
  toks: Tok[],
  clauses: Clause[],
  text: string,
  timeline: Hit[],
  vague: boolean,
  nearEnd: number,
  extraElapsed: number | undefined,
  /** Whether an answer came, read outside what is no evidence (else read from `text`). */
  heard?: boolean,
  /** Token ranges that are no evidence: a silence told there is another interview's. */
  notHere: readonly [number, number][] = [],
): Hit | undefined {
  const t = timeFrom(text);
  const silentAt = maySayNoWord(toks, clauses);
  // the silent clauses by index, so a clause's neighbour is one step away
  // what is no evidence asked first: it spares the silence regexes those segments
  const notHereAt = startsInEach(clauses, notHere);
  const silentKs = clauses.flatMap((_, k) => (!notHereAt(k) && silentAt(k) ? [k] : []));
  const silences = silentKs.map((k) => clauses[k]!);
  const strongAt = (k: number) => {
    const c = clauses[k]!;
    return (
      STRONG_SILENCE.test(c.surface) ||
      (SOFT_STRONG.test(c.surface) &&
        (AFTER_THAT.test(c.surface) ||
          CHASED.test(c.surface) ||
          ABOUT_HEARING.test(c.surface) ||
          ABOUT_HEARING.test(clauses[k - 1]?.surface ?? '')))
    );
  };
  // "radio silence" or "ghosted" told anywhere, not only in the first silence the story mentions
  const strongK = silentKs.find(strongAt);
  const strongSilence = strongK === undefined ? undefined : clauses[strongK];
  const silent = strongSilence ?? silences[0];
  const elapsed = t.elapsedDays ?? extraElapsed;
  const since = t.sinceDays ?? extraElapsed;
  const hit = (c: Clause, re: RegExp, confidence: number): Hit => ({
    id: 'no-follow-up',
    cue: { re },
    clause: c,
    from: c.from,
    to: c.to,
    confidence,
  });
  const at = (re: RegExp) => clauses.find((k) => re.test(k.surface)) ?? clauses[clauses.length - 1]!;
  const decide = (): Hit | undefined => {
    if (silent) {
      const strong = strongSilence !== undefined;
      const window = t.promisedDays ?? NO_PROMISE_WINDOW;
      // a count that may be about something else ("unemployed for six months") counts only beside the silence
      let near = since;
      if (near === undefined && elapsed !== undefined)
        for (const c of silences) {
          const d = timeFrom(c.surface).elapsedDays;
          if (d !== undefined) near = Math.max(near ?? 0, d);
        }
      const past = near !== undefined && (t.promisedDays !== undefined ? near > window : near >= window);
      // "Day 3 and radio silence": the strong word, counted days after, with no date given gone by, is still early
      // (and no longer count anywhere in the text: a long story's "three days later" may come before the weeks)
      const earlyStrong =
        strong &&
        since !== undefined &&
        since < EARLY_DAYS &&
        (elapsed ?? 0) < EARLY_DAYS &&
        t.promisedDays === undefined;
      if (
        (strong && !earlyStrong) ||
        past ||
        t.pastPromiseDays !== undefined ||
        t.weekdayPastDays !== undefined
      )
        return hit(silent, SILENCE, strong ? 0.7 : 0.8);
      // they were chased and did not answer: time has gone by, unless a count or a window says it is still early
      // a call that went unanswered before the interview is told (ringing to confirm the time) is no chase
      const told = clauses.findIndex((c) => INTERVIEW.test(c.surface));
      const chased = (k: number): boolean => {
        const c = clauses[k];
        if (c === undefined || THANKS.test(c.surface)) return false;
        const m = CHASE.exec(c.surface);
        if (!m) return false;
        return (
          k > told ||
          (k === told && (m.index > INTERVIEW.exec(c.surface)!.index || AFTER_INTERVIEW.test(c.surface)))
        );
      };
      const chaseK = silentKs.find((k) => chased(k) || chased(k - 1));
      const chase = chaseK === undefined ? undefined : clauses[chaseK];
      const early =
        near !== undefined
          ? near < CHASE_MIN_DAYS || (t.promisedDays !== undefined && near <= window)
          : t.promisedDays !== undefined;
      if (chase && !early) return hit(chase, CHASE, 0.6);
    }
    // the date they gave has gone by: said outright, or a date or count says it
    if (t.pastPromiseDays !== undefined) return hit(at(ELAPSED_WORDS), ELAPSED_WORDS, 0.7);
    // "they said Friday; it's the following Thursday": the day they named is most of a week gone
    if (t.weekdayPastDays !== undefined && t.weekdayPastDays >= WEEK_GONE_DAYS)
      return hit(at(A_WEEK_ON), A_WEEK_ON, 0.6);
    if (since !== undefined && t.promisedDays !== undefined && since > t.promisedDays)
      return hit(at(ELAPSED_WORDS), ELAPSED_WORDS, 0.6);
    // "said they'd phone that evening. They didn't."
    for (const h of timeline) {
      const k = clauses.indexOf(h.clause);
      for (const c of clauses.slice(k + 1, k + 3))
        if (NEVER_DID.test(c.surface)) return hit(c, NEVER_DID, 0.7);
    }
    // a vague close and well over a week since, with no word of any answer
    if (since !== undefined && since >= NO_PROMISE_WINDOW && t.promisedDays === undefined) {
      if (vague) return hit(at(ELAPSED_WORDS), ELAPSED_WORDS, 0.6);
    }
    return undefined;
  };
  const found = decide();
  if (!found && (elapsed === undefined || elapsed < 21)) return undefined;
  // an answer came: only one that came weeks late, after silence or said to come weeks on, counts (a rejection after four weeks)
  const late = elapsed !== undefined && elapsed >= 21 && elapsed > (t.promisedDays ?? NO_PROMISE_WINDOW);
  const replyWords = (c: Clause): RegExp | undefined =>
    LATER_ROUND.test(c.surface)
      ? undefined
      : LATE_REPLY.test(c.surface)
        ? LATE_REPLY
        : t.promisedDays !== undefined && FINALLY_REPLY.test(c.surface)
          ? FINALLY_REPLY
          : undefined;
  const lateReply = late ? clauses.find((c) => replyWords(c) !== undefined) : undefined;
  const lateHit = lateReply ? hit(lateReply, replyWords(lateReply)!, 0.55) : undefined;
  if (heard ?? heardBack(text)) {
    if (late && silent) return hit(silent, SILENCE, 0.6);
    return lateHit;
  }
  return found ?? lateHit;
}

/** A call that owns up to the wait ("we said a week and it was almost five, I'm sorry"), or the candidate chased and heard nothing. */
const OWNED_UP = /\b(?:sorry|apolog\w*|on us|our fault|my fault|my bad)\b/i;
const CHASED_TWICE =
  /\b(?:e-?mail\w*|call\w*|rang|ring|phon\w*|chas\w*|follow\w* up|messag\w*)\b[^.?!]{0,50}\b(?:again|twice|a couple of times|a few times|three times|several times)\b/i;
const NOT_HEARD =
  /\b(?:hadn'?t|haven'?t|had not|have not|never|didn'?t) (?:heard|hear) (?:anything|back|a thing|a word|from (?:you|anyone|anybody))\b/i;
const LATE_MIN_DAYS = 7;

export function lateInCall(clauses: Clause[], text: string): Hit | undefined {
  const c = clauses[0];
  if (!c) return undefined;
  // this runs on every turn of a call: the time is read only in an interviewer's apology, or in the
  // turn of a candidate who chased ("it's been three weeks, you said that Friday; I emailed twice")
  const chaser = c.role === 'candidate' && CHASED_TWICE.test(text);
  const t =
    (c.role === 'interviewer' && OWNED_UP.test(text)) || chaser ? timeFrom(normalisedText(text)) : undefined;
  const owned =
    t !== undefined &&
    t.promisedDays !== undefined &&
    t.elapsedDays !== undefined &&
    t.elapsedDays >= LATE_MIN_DAYS &&
    t.elapsedDays > t.promisedDays;
  const chased = chaser && NOT_HEARD.test(text);
  if (!owned && !chased) return undefined;
  const re = chased ? NOT_HEARD : ELAPSED_WORDS;
  const at = clauses.find((k) => re.test(k.surface)) ?? c;
  return {
    id: 'no-follow-up',
    cue: { re },
    clause: at,
    from: at.from,
    to: at.to,
    confidence: 0.6,
  };
}

// These run on the whole text or on every segment. Compiled after the cue regexes, V8 gives
// them unoptimized code for good, so they are compiled now, at load (see heard-back.ts).
for (const re of [LATE_REPLY, FINALLY_REPLY, LATER_ROUND, ELAPSED_WORDS, A_WEEK_ON])
  compiledNativeAnyWidth(re);
