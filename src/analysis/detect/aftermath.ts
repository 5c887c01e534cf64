/**
 * The two aftermath signs need the whole text, not one segment: no-next-steps is a
 * vague close with no timeline anywhere; no-follow-up is silence past the window.
 */
import type { Tok } from '../nlp.js';
import { noNextStepsClosing, noNextStepsExplicit, timelineGiven } from '../signs/index.js';
import { hitsFrom } from './match.js';
import { timeFrom } from './elapsed.js';
import type { Clause, Hit, SignPatterns } from './types.js';

const SILENCE =
  /\b(heard nothing|haven'?t heard|have not heard|hasn'?t (called|emailed|replied|rung|texted|got back)|still (haven'?t|have not|no|nothing|waiting|not heard|zero)|no word|no news|no reply|no replies|no response|no answer|no update|not heard (back|anything)|nothing since|unanswered|radio silence|crickets|tumbleweed|ghost(ed|ing)|no call|no email|not even a (rejection|holding|reply|no)|never heard back|heard nothing back|not a peep|nada|zilch|nothing at all|nothing yet|still nothing|until now nothing|left on read|on read|phone (stays|stayed|is) (quiet|silent)|silence|not holding my breath|not received any|has not been answered|hasn'?t been answered|not been answered|nothing after|nothing from them|nothing back|heard zero|still not (?:got|gotten|heard|had|received)|(?:not|n't) (?:yet )?(?:had|received|got) (?:any |a )?(?:word|reply|response|news|answer|update)|(?:haven'?t|have not|hasn'?t|has not|not) (?:come|got|gotten) back|no one did|nobody (?:did|called|rang)|no revert)\b|(^|[.!?]\s*)nothing\.|\band nothing\b/i;
const STRONG_SILENCE = /\b(radio silence|ghost(ed|ing)|never heard back|crickets|tumbleweed|left on read)\b/i;
/** Word came after all: an answer, an offer, a call back. */
const HEARD_BACK =
  /\b(got the job|offered me|got an offer|an offer|they (called|rang|emailed|replied)|finally (replied|heard|called|rang|emailed)|heard back|got back to me|rejection (email|came)|it'?s a no|it'?s a yes|got in touch)\b/i;
const NO_PROMISE_WINDOW = 10;
const ELAPSED_WORDS = /\b(since|been|ago|now|waited|pass|passed)\b/i;
const ABOUT_HEARING =
  /\b(hear|heard|decision|decide|call|ring|phone|email|e-mail|text|back|next (round|stage|step)|second (round|stage|interview)|contact|offer|result|outcome|let (me|you) know|in touch)/i;

/** A timeline is a promise or a booked next step, said looking forward ("said I'd hear by Friday"). */
const FORWARD =
  /\b(said|says|say|told|tell|promised|expect\w*|should|will|would|going to|gonna|hope[sd]?|aim\w*|plan\w*|invit\w*|is|are|booked|scheduled|arranged)\b|'(ll|d)\b/i;
/** What already happened: "offer came in 5 days", "rejected on the Friday", "I didn't get it". */
const OUTCOME = /\b(came|received|got a no|rejected|rejection|didn'?t get|did not get|turned down)\b/i;

/** Silence counts, outcomes and story days ("Trial day for...", early on) are not a timeline they gave. */
const SAID = /\b(said|told|promised|assurance)\b/i;

function isPromise(h: Hit, nearEnd: number): boolean {
  const t = h.clause.surface;
  // "told they'd decide within days, and heard nothing since" still reports the promise
  const said = SAID.test(t);
  if (!said && (SILENCE.test(t) || OUTCOME.test(t))) return false;
  return ABOUT_HEARING.test(t) || FORWARD.test(t) || h.clause.fromEnd < nearEnd;
}

/** The cue signs read here; a caller may find their hits in its own pass and hand them in. */
export const AFTERMATH_SIGNS: readonly SignPatterns[] = [
  timelineGiven,
  noNextStepsExplicit,
  noNextStepsClosing,
];

export function aftermathHits(
  toks: Tok[],
  clauses: Clause[],
  transcript: boolean,
  text: string,
  extraElapsed?: number,
  found?: ReadonlyMap<SignPatterns, Hit[]>,
): Hit[] {
  const out: Hit[] = [];
  const hitsOf = (sign: SignPatterns): Hit[] =>
    found?.get(sign) ?? hitsFrom(toks, clauses, [sign], transcript);
  const timeline = hitsOf(timelineGiven).filter((h) => !transcript || h.clause.role === 'interviewer');
  // a day in the story ("Tuesday's interview", "rejected the following week") is not a timeline they gave
  const nearEnd = Math.max(3, Math.ceil(clauses.length * 0.35));
  out.push(...timeline.filter((h) => isPromise(h, nearEnd)));
  out.push(...hitsOf(noNextStepsExplicit));
  // a day in the opening lines ("Tuesday's interview") or in a silence count is not a next step
  const promised = timeline.filter(
    (h) =>
      h.clause.fromEnd < nearEnd || (ABOUT_HEARING.test(h.clause.surface) && !SILENCE.test(h.clause.surface)),
  );
  if (promised.length === 0) {
    out.push(...hitsOf(noNextStepsClosing).filter((h) => h.clause.fromEnd < nearEnd));
  }
  if (!transcript) {
    const silent = clauses.find((c) => SILENCE.test(c.surface));
    const t = timeFrom(text);
    // a window they named, now well past, says silence even without the word ("three weeks on; they said Friday")
    const lapsed =
      !silent &&
      t.promisedDays !== undefined &&
      t.elapsedDays !== undefined &&
      t.elapsedDays > t.promisedDays &&
      !HEARD_BACK.test(text);
    if (lapsed) {
      const c = clauses.find((k) => ELAPSED_WORDS.test(k.surface)) ?? clauses[clauses.length - 1]!;
      out.push({
        id: 'no-follow-up',
        cue: { re: ELAPSED_WORDS },
        clause: c,
        from: c.from,
        to: c.to,
        confidence: 0.6,
      });
    }
    if (silent) {
      const elapsed = t.elapsedDays ?? extraElapsed;
      const window = t.promisedDays ?? NO_PROMISE_WINDOW;
      const strong = STRONG_SILENCE.test(silent.surface);
      if (strong || (elapsed !== undefined && elapsed > window)) {
        out.push({
          id: 'no-follow-up',
          cue: { re: SILENCE },
          clause: silent,
          from: silent.from,
          to: silent.to,
          confidence: strong ? 0.7 : 0.8,
        });
      }
    }
  }
  return out;
}
