import { dayCount, isoDateAddDays, isoDateDiffDays, isoDateFrom, type IsoDate } from '../dates.js';
import type { InterviewRecord, Outcome } from '../record.js';
import { logOddsFromProbability, probabilityFromLogOdds } from './odds.js';
import type { Factor, SilenceState } from './types.js';

/*
 * Silence model. Word is expected by the promised date, else 14 days after the interview
 * (the usual 7-14 day window), else 7 days after a holding reply. After a 2-day grace (facts.md
 * §1.4: follow up 1-2 business days after a stated date passes), the chance of still hearing
 * nothing falls differently for the two groups:
 * - passed: 85% hear fast (mean 7 days past due); 15% sit in a stalled process (mean 28 days);
 * - not passed: 35% never hear at all (Snyder: 35% of 144 full loops ended in silence, facts.md
 *   §1.3); the rest get a rejection that comes late (mean 21 days past due).
 * The log ratio of the two survival curves is strictly decreasing, because the passed curve
 * always decays at a rate of at least 1/28 a day and the not-passed one at most 0.65/21 < 1/28.
 * A check-in sent and unanswered (record.checkedInOn) leaves this clock alone: facts.md §1.4
 * gives the check-ins' cadence, not what an unanswered one says, so it moves only the timeline's
 * last check-in and close (followUpWindow), never when word was expected.
 */
export const SILENCE_MODEL = {
  defaultWindowDays: 14,
  afterUpdateDays: 7,
  graceDays: 2,
  passedStalledShare: 0.15,
  passedFastDays: 7,
  passedStalledDays: 28,
  ghostShare: 0.35,
  rejectionDays: 21,
  /** Silence alone never moves the odds more than this: the model is rough, delays are common. */
  maxPenalty: 3,
} as const;

const M = SILENCE_MODEL;
/** Matches the estimate's bounds: even a reported outcome is kept off exactly 0 and 1. */
export const PINNED = { high: 0.98, low: 0.02 } as const;
const PINNED_HIGH = logOddsFromProbability(PINNED.high);
const PINNED_LOW = logOddsFromProbability(PINNED.low);

export function silentIfPassed(daysOverdue: number): number {
  if (daysOverdue <= 0) return 1;
  const stalled = M.passedStalledShare;
  return (
    stalled * Math.exp(-daysOverdue / M.passedStalledDays) +
    (1 - stalled) * Math.exp(-daysOverdue / M.passedFastDays)
  );
}

export function silentIfNotPassed(daysOverdue: number): number {
  if (daysOverdue <= 0) return 1;
  return M.ghostShare + (1 - M.ghostShare) * Math.exp(-daysOverdue / M.rejectionDays);
}

/** Log-likelihood ratio of "no word yet" this many days past the grace period; never positive. */
export function silenceLogLr(daysOverdue: number): number {
  if (daysOverdue <= 0) return 0;
  const ratio = silentIfPassed(daysOverdue) / silentIfNotPassed(daysOverdue);
  return Math.max(-M.maxPenalty, Math.log(ratio));
}

export interface SilenceResult {
  state: SilenceState;
  /** Absent only when the record has no usable dates. */
  factor?: Factor;
  /** True when a decisive outcome pins the estimate, so little uncertainty remains. */
  isDecisive: boolean;
  /** The probability a decisive outcome pins the estimate to (exact, so rounding cannot wobble it). */
  pinnedProbability?: number;
}

function clockFrom(record: InterviewRecord, date: IsoDate): { start: IsoDate; expectedBy: IsoDate } {
  const hb = record.heardBack;
  const update = hb?.kind === 'update' ? isoDateFrom(hb.on) : undefined;
  const start = update && isoDateDiffDays(date, update) > 0 ? update : date;
  const promised = record.decisionBy ? isoDateFrom(record.decisionBy) : undefined;
  if (promised && isoDateDiffDays(start, promised) >= 0) return { start, expectedBy: promised };
  const window = start === date ? M.defaultWindowDays : M.afterUpdateDays;
  return { start, expectedBy: isoDateAddDays(start, window) };
}

const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  offer: 'You heard back with an offer, so the estimate reflects that.',
  'next-round': 'You were invited to the next round, so the estimate reflects that.',
  rejected: 'You heard back with a no, so the estimate reflects that; it is not a verdict on you.',
  ghosted: 'You have decided they have gone silent for good; long silence usually means a no.',
  withdrew: 'You withdrew, so the follow-up clock no longer applies.',
};

function outcomeResult(outcome: Outcome, beforeSilence: number): SilenceResult {
  const factor = (contribution: number): Factor => ({
    id: 'silence',
    channel: 'process',
    contribution,
    reasoning: OUTCOME_WORDS[outcome] ?? OUTCOME_WORDS.withdrew,
  });
  const state = (ghostedProbability?: number): SilenceState =>
    ghostedProbability === undefined ? { phase: 'heard-back' } : { phase: 'heard-back', ghostedProbability };
  switch (outcome) {
    case 'offer':
    case 'next-round':
      return {
        state: state(0),
        factor: factor(Math.max(0, PINNED_HIGH - beforeSilence)),
        isDecisive: true,
        pinnedProbability: PINNED.high,
      };
    case 'rejected':
      return {
        state: state(0),
        factor: factor(Math.min(0, PINNED_LOW - beforeSilence)),
        isDecisive: true,
        pinnedProbability: PINNED.low,
      };
    case 'ghosted':
      return { state: state(1), factor: factor(-M.maxPenalty), isDecisive: false };
    default:
      return { state: state(), factor: factor(0), isDecisive: false };
  }
}

function silenceWords(daysPastExpected: number, contribution: number): string {
  if (daysPastExpected < 0) {
    return 'It is still early: word often takes one to two weeks, so no news yet says nothing.';
  }
  if (contribution === 0) {
    return 'The expected date has only just passed; a day or two of delay is normal.';
  }
  return `It is ${daysPastExpected} days past when word was expected. People who pass usually hear sooner, so this counts against, though slow processes are common.`;
}

/** Who ended the wait, and how: the answer, or the person giving up or stepping out. */
const WAIT_ENDED: Readonly<Record<Outcome, string>> = {
  offer: 'The answer came',
  'next-round': 'The answer came',
  rejected: 'The answer came',
  ghosted: 'You stopped waiting',
  withdrew: 'You withdrew',
};

/**
 * The wait's words told from the day it ended (`outcome` came `daysPastExpected` days after word
 * was expected): the result page shows the estimate as it stood then, so "it is 7 days past"
 * would speak of a wait that is over.
 */
export function silenceWordsLookingBack(
  outcome: Outcome,
  daysPastExpected: number,
  contribution: number,
): string {
  const lead = WAIT_ENDED[outcome] ?? WAIT_ENDED.withdrew;
  if (daysPastExpected < 0) return `${lead} before word was expected, so the wait had said nothing.`;
  const when =
    daysPastExpected === 0
      ? 'on the day word was expected'
      : `${dayCount(daysPastExpected)} after word was expected`;
  if (contribution === 0)
    return `${lead} ${when}; a day or two of delay is normal, so the wait had said nothing.`;
  return `${lead} ${when}. People who pass usually hear sooner, so the wait counted against, though slow processes are common.`;
}

/**
 * The follow-up clock. `beforeSilence` is the log-odds from the prior and the signs; it sets the
 * chance of being ghosted and where a decisive outcome pins the estimate, never the silence effect.
 * `endedBy`: the clock is read on the day this outcome came, looking back (estimateFrom's `endedBy`).
 */
export function silenceFrom(
  record: InterviewRecord,
  todayRaw: IsoDate,
  beforeSilence: number,
  endedBy?: Outcome,
): SilenceResult {
  const hb = record.heardBack;
  if (hb?.kind === 'outcome') return outcomeResult(hb.outcome, beforeSilence);

  const date = isoDateFrom(record.date);
  const today = isoDateFrom(todayRaw);
  if (!date || !today) return { state: { phase: 'no-dates' }, isDecisive: false };

  const { start, expectedBy } = clockFrom(record, date);
  const daysSince = Math.max(0, isoDateDiffDays(start, today));
  // Before the interview (or the update) counts as day 0: no silence yet.
  const effectiveToday = isoDateDiffDays(start, today) < 0 ? start : today;
  const daysPastExpected = isoDateDiffDays(expectedBy, effectiveToday);
  const overdue = daysPastExpected - M.graceDays;
  const contribution = silenceLogLr(overdue);

  const p0 = probabilityFromLogOdds(beforeSilence);
  const silent = p0 * silentIfPassed(overdue) + (1 - p0) * silentIfNotPassed(overdue);
  const ghostedProbability = ((1 - p0) * M.ghostShare) / silent;

  const phase: SilenceState['phase'] =
    daysPastExpected < 0
      ? 'too-early'
      : overdue <= 0
        ? 'waiting'
        : ghostedProbability >= 0.5
          ? 'likely-ghosted'
          : 'overdue';

  return {
    state: { phase, daysSince, expectedBy, ghostedProbability },
    factor: {
      id: 'silence',
      channel: 'process',
      contribution,
      reasoning: endedBy
        ? silenceWordsLookingBack(endedBy, daysPastExpected, contribution)
        : silenceWords(daysPastExpected, contribution),
    },
    isDecisive: false,
  };
}
