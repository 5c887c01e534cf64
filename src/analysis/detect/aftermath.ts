/**
 * The two aftermath signs need the whole text, not one segment: no-next-steps is a
 * vague close with no timeline anywhere; no-follow-up is silence past the window.
 */
import { readText, type Tok } from '../nlp.js';
import { noNextStepsClosing, noNextStepsEnding, noNextStepsExplicit, timelineGiven } from '../signs/index.js';
import { hitsFrom } from './match.js';
import { withoutRetracted } from './corrections.js';
import type { Clause, Hit, SignPatterns } from './types.js';
import { WRITING } from './elsewhere-asides.js';
import { anyOpening } from './opening-gate.js';
import { rawStart, wordsOnLine } from './sentence-spans.js';
import { SILENCE } from './silence-words.js';
import { heardBack } from './heard-back.js';
import { blanked, keptText, startsInEach } from './clause-ranges.js';
import { lateInCall, noFollowUp } from './no-follow-up.js';
import {
  ABOUT_HEARING,
  BEFORE_INTERVIEW,
  END_MARKER,
  GATHERING,
  GUESS,
  isPromise,
  OWN_MOVE,
  ROUND_TOLD,
  SAID_THEM,
  DAY_ATTENDED,
  STORY_DAY,
  THEIRS,
} from './timeline-promise.js';
import { isScheduleOnly } from './schedule-timeline.js';

const isWriting = anyOpening(WRITING);

/** "He abruptly stopped the interview ... and that was that": the end of a cut-short, not a close without a next step. */
const THAT_WAS_THAT = /\bthat was that\b/i;
const CUT_SHORT_BEFORE =
  /\b(?:abrupt\w*|stopped the (?:interview|call|meeting)|cut (?:it|me|the \w+) (?:short|off)|hung up|walked out)\b/i;
const CUT_SHORT_REACH = 400;

/** "Asked about the culture: 'we're a family.' That's it.": the end of a brush-off answer, not of the interview. */
const THATS_IT = /\b(?:that'?s|thats|that was|that is) (?:it|all)\b/i;
const ANSWER_BEFORE = /\b(?:asked|ask|when i asked)\b|["“”]|(?:^|\s)['‘][^'’]{3,}['’]/i;
const CLOSE_WORDS =
  /\b(?:end|ended|ending|goodbye|bye|shook|walked|stood|wrapped|thanks|thank you|finish\w*|done|over|left|minutes|mins)\b/i;
const ANSWER_REACH = 200;

/** The cue signs read here; a caller may find their hits in its own pass and hand them in. */
export const AFTERMATH_SIGNS: readonly SignPatterns[] = [
  timelineGiven,
  noNextStepsExplicit,
  noNextStepsClosing,
  noNextStepsEnding,
];

export function aftermathHits(
  toks: Tok[],
  clauses: Clause[],
  transcript: boolean,
  text: string,
  extraElapsed?: number,
  found?: ReadonlyMap<SignPatterns, Hit[]>,
  /** `readText(text).text` (what the tokens were read from), when the caller has it already. */
  normalised?: string,
  /** Token ranges that are no evidence (taken back, or about another interview): a day told there is no timeline. */
  notEvidence: [number, number][][] = [],
): Hit[] {
  const out: Hit[] = [];
  const afterCutShort = (h: Hit): boolean => {
    if (!THAT_WAS_THAT.test(h.clause.surface)) return false;
    const at = toks[h.clause.from]!.start;
    const said = h.clause.surface.slice(0, THAT_WAS_THAT.exec(h.clause.surface)!.index);
    if (CUT_SHORT_BEFORE.test(said)) return true;
    for (let k = clauses.indexOf(h.clause) - 1; k >= 0; k--) {
      const c = clauses[k]!;
      if (at - toks[c.to - 1]!.end > CUT_SHORT_REACH) break;
      if (CUT_SHORT_BEFORE.test(c.surface)) return true;
    }
    return false;
  };
  const afterAnswer = (h: Hit): boolean => {
    const t = h.clause.surface;
    const m = THATS_IT.exec(t);
    if (!m || CLOSE_WORDS.test(t)) return false;
    const said = t.slice(0, m.index);
    if (ANSWER_BEFORE.test(said)) return true;
    const at = toks[h.clause.from]!.start;
    for (let k = clauses.indexOf(h.clause) - 1; k >= 0; k--) {
      const c = clauses[k]!;
      if (at - toks[c.to - 1]!.end > ANSWER_REACH) break;
      if (CLOSE_WORDS.test(c.surface)) return false;
      if (ANSWER_BEFORE.test(c.surface)) return true;
    }
    return false;
  };
  const hitsOf = (sign: SignPatterns): Hit[] =>
    found?.get(sign) ?? hitsFrom(toks, clauses, [sign], transcript);
  // in a call, the interviewer's days, and not those of their own timetable ("seeing others this week")
  const timeline = hitsOf(timelineGiven).filter(
    (h) => !transcript || (h.clause.role === 'interviewer' && !isScheduleOnly(h.cue, text)),
  );
  // a day in the story ("Tuesday's interview", "rejected the following week") is not a timeline they gave
  const nearEnd = Math.max(3, Math.ceil(clauses.length * 0.35));
  out.push(...timeline.filter((h) => isPromise(h, nearEnd)));
  // a day in the opening lines ("Tuesday's interview") or in a silence count is not a next step
  const told = notEvidence.reduce((hs, ranges) => withoutRetracted(hs, ranges), timeline);
  // once the answer is told ("I got the rejection five days later"), a day the writer names after it
  // ("I've got a call next week with the other firm") is no next step of this interview
  const notHere = notEvidence.flat();
  const notHereAt = startsInEach(clauses, notHere);
  const answered = transcript ? -1 : clauses.findIndex((c, k) => !notHereAt(k) && heardBack(c.surface));
  const promised = told.filter((h) => {
    const t = h.clause.surface;
    if (
      (STORY_DAY.test(t) || DAY_ATTENDED.test(t) || GUESS.test(t) || GATHERING.test(t)) &&
      !SAID_THEM.test(t)
    )
      return false;
    if (answered >= 0 && clauses.indexOf(h.clause) > answered && !SAID_THEM.test(t)) return false;
    if (
      !THEIRS.test(t) ||
      ((OWN_MOVE.test(t) || (BEFORE_INTERVIEW.test(t) && h.clause.fromEnd >= nearEnd)) && !SAID_THEM.test(t))
    )
      return false;
    // a window they gave counts wherever it is told ("It's day 9. They said 'within two weeks'.")
    if (SAID_THEM.test(t) && !SILENCE.test(t)) return true;
    return (
      h.clause.fromEnd < nearEnd ||
      END_MARKER.test(t) ||
      (ABOUT_HEARING.test(t) && !SILENCE.test(t) && !(ROUND_TOLD.test(t) && !SAID_THEM.test(t)))
    );
  });
  // "no date given" counts wherever it is told, unless the same sentence takes it back with a day:
  // "No decision date given but HR will email Friday" (not the writer's guess: "nothing about when, and I don't
  // know if she means tomorrow")
  out.push(
    ...hitsOf(noNextStepsExplicit).filter(
      (h) =>
        !promised.some(
          (p) =>
            toks[p.from]!.sent === toks[h.from]!.sent &&
            p.from > h.from &&
            DAY_NAMED.test(spanWords(toks, p)) &&
            contrastBetween(toks, h.to, p.from),
        ),
    ),
  );
  if (promised.length === 0) {
    // what they said about getting in touch counts wherever it is told; how it ended, only near the end
    out.push(...hitsOf(noNextStepsClosing));
    out.push(
      ...hitsOf(noNextStepsEnding).filter(
        (h) => h.clause.fromEnd < nearEnd && !afterCutShort(h) && !afterAnswer(h),
      ),
    );
  }
  if (transcript) {
    const late = lateInCall(clauses, text);
    if (late) out.push(late);
  }
  if (!transcript) {
    const vague = out.some((h) => h.id === 'no-next-steps');
    // counts and dates read as the tokens are, OCR-repaired ("ca11 by the 1Oth")
    const read = normalised ?? readText(text).text;
    // an answer told of another application ("Didn't get it, they gave it to a lad...") is no answer to this one
    const heard = notHere.length && heardBack(read) ? heardBack(keptText(clauses, notHere)) : undefined;
    // nor is a wait or a count told of it ("my other interview last month ... went quiet on me");
    // the writer's words about the writing keep theirs ("I am writing four weeks after my interview")
    const occasions = notHere.filter(([a, b]) => !isWriting(wordsOnLine(toks, rawStart(toks, a, b), b)));
    const own = occasions.length ? blanked(read, toks, occasions) : read;
    const f = noFollowUp(toks, clauses, own, timeline, vague, nearEnd, extraElapsed, heard, notHere);
    if (f) out.push(f);
  }
  return out;
}

/** The words a hit matched. */
function spanWords(toks: Tok[], h: Hit): string {
  let out = '';
  for (let i = h.from; i < h.to; i++) out += `${toks[i]!.lower} `;
  return out;
}

/** "but", "except", "though" between two spans: the second takes the first back. */
function contrastBetween(toks: Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CONTRAST.has(toks[i]!.lower)) return true;
  return false;
}
const CONTRAST = new Set(['but', 'except', 'though', 'although', 'however', 'apart']);

/** A promise that names its day or span, not a bare "we'll call you". */
const DAY_NAMED =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|(?:next|this|the) week|end of|within|by the|\d)/i;
