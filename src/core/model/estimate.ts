import { isoDateFrom, type IsoDate } from '../dates.js';
import type { Observation, Observations } from '../observation.js';
import type { InterviewRecord, Outcome } from '../record.js';
import { CHANNELS, SIGN_IDS, SIGN_META, type Channel, type SignId } from '../signs/ids.js';
import { bandFrom } from './band.js';
import { dampChannel, dampedTotals, type RawEffect } from './damping.js';
import { SIGN_EVIDENCE, signLogLr } from './likelihoods.js';
import { clampNumber, logOddsFromProbability, probabilityFromLogOdds } from './odds.js';
import { personalNote, type PersonalWeights } from './personal.js';
import { priorFrom } from './prior.js';
import { silenceFrom, type SilenceResult } from './silence.js';
import type { ChannelSummary, Estimate, Factor, Probability } from './types.js';
import { rangeAround, rangeHalfWidth } from './uncertainty.js';

export interface EstimateInput {
  record: InterviewRecord;
  observations: Observations;
  /** Today's date; the core never reads the clock. */
  today: IsoDate;
  /** What the person's own past outcomes say about the signs (see personal.ts). */
  personal?: PersonalWeights;
  /**
   * False when `record.date` only stands in for a date nobody gave (a one-off reading of a
   * story): the follow-up clock then stays off, and the text's own word on the silence
   * (no-follow-up) counts instead of being judged from a made-up day.
   */
  dateKnown?: boolean;
  /**
   * The estimate as it stood the day this outcome came, read back once it is known (`record`
   * without it, `today` that day): the same figure, its wait told in the past.
   */
  endedBy?: Outcome;
}

/** Interview signals are noisy: the estimate never claims certainty either way. */
export const PROBABILITY_BOUNDS = { min: 0.02, max: 0.98 } as const;

const IGNORED_NO_FOLLOW_UP =
  'Not counted on its own: the follow-up clock uses your interview date to judge the silence instead.';
const UNSURE_NOTE = {
  now: ' You were unsure about it, so it counts for only a little.',
  // the estimate read back from the day the answer came (`endedBy`)
  lookingBack: ' You were unsure about it, so it counted for only a little.',
} as const;

function isObservation(value: unknown): value is Observation {
  return typeof value === 'object' && value !== null && typeof (value as Observation).value === 'string';
}

/** True when silence is judged from dates (or an outcome), which replaces the no-follow-up sign. */
function hasClock(record: InterviewRecord, today: IsoDate, dateKnown: boolean): boolean {
  if (record.heardBack?.kind === 'outcome') return true;
  if (!dateKnown) return false;
  return isoDateFrom(record.date) !== undefined && isoDateFrom(today) !== undefined;
}

interface SignEvidence {
  factors: Factor[];
  /** The signs' damped log-odds, added in a fixed order (see signsLogOdds). */
  logOdds: number;
}

/**
 * Each channel's damped totals added in the fixed channel order, positives then negatives.
 * Adding the factors' contributions instead would sum in an order that shifts as signs come and
 * go, and a present positive sign could then lower the estimate by a rounding error.
 */
function signsLogOdds(byChannel: ReadonlyMap<Channel, RawEffect<SignId>[]>): number {
  let sum = 0;
  for (const channel of CHANNELS) {
    const { up, down } = dampedTotals(byChannel.get(channel) ?? []);
    sum += up;
    sum += down;
  }
  return sum;
}

function signEvidence(
  observations: Observations,
  clock: boolean,
  personal: PersonalWeights | undefined,
  isLookingBack: boolean,
): SignEvidence {
  const byChannel = new Map<Channel, RawEffect<SignId>[]>();
  const ignored: Factor[] = [];
  const notes = new Map<SignId, string>();
  // Iterating the fixed id list (not the object's keys) makes key order irrelevant.
  for (const id of SIGN_IDS) {
    const observation: unknown = observations[id];
    if (!isObservation(observation) || observation.value === 'absent') continue;
    const { channel } = SIGN_META[id];
    if (id === 'no-follow-up' && clock) {
      ignored.push({ id, channel, contribution: 0, reasoning: IGNORED_NO_FOLLOW_UP });
      continue;
    }
    const mine = personal?.bySign[id];
    const logOdds = signLogLr(id, observation) * (mine?.scale ?? 1);
    const unsure = isLookingBack ? UNSURE_NOTE.lookingBack : UNSURE_NOTE.now;
    const note = (observation.value === 'unsure' ? unsure : '') + personalNote(mine);
    if (note) notes.set(id, note);
    const list = byChannel.get(channel) ?? [];
    list.push({ id, logOdds });
    byChannel.set(channel, list);
  }
  const factors: Factor[] = [...ignored];
  for (const [channel, effects] of byChannel) {
    for (const [id, contribution] of dampChannel(effects)) {
      factors.push({
        id,
        channel,
        contribution,
        reasoning: SIGN_EVIDENCE[id].reasoning + (notes.get(id) ?? ''),
      });
    }
  }
  return { factors, logOdds: signsLogOdds(byChannel) };
}

function channelSummaries(factors: readonly Factor[]): ChannelSummary[] {
  return CHANNELS.map((channel) => {
    const mine = factors.filter((f) => f.channel === channel);
    return {
      channel,
      contribution: mine.reduce((sum, f) => sum + f.contribution, 0),
      positives: mine.filter((f) => f.contribution > 0).length,
      negatives: mine.filter((f) => f.contribution < 0).length,
    };
  });
}

function byImpact(a: Factor, b: Factor): number {
  return Math.abs(b.contribution) - Math.abs(a.contribution) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The pass estimate: a stage prior, updated by each observed sign's likelihood ratio (damped
 * within a channel), then by the follow-up clock. Pure and deterministic.
 */
export function estimateFrom({
  record,
  observations,
  today,
  personal,
  dateKnown = true,
  endedBy,
}: EstimateInput): Estimate {
  const prior = priorFrom(record);
  const clock = hasClock(record, today, dateKnown);
  const { factors: signs, logOdds: signsTotal } = signEvidence(
    observations ?? {},
    clock,
    personal,
    endedBy !== undefined,
  );
  const beforeSilence = logOddsFromProbability(prior.probability) + signsTotal;

  const silence: SilenceResult = clock
    ? silenceFrom(record, today, beforeSilence, endedBy)
    : { state: { phase: 'no-dates' }, isDecisive: false };
  const factors = silence.factor ? [...signs, silence.factor] : signs;
  const logOdds = beforeSilence + (silence.factor?.contribution ?? 0);

  const probability = clampNumber(
    silence.pinnedProbability ?? probabilityFromLogOdds(logOdds),
    PROBABILITY_BOUNDS.min,
    PROBABILITY_BOUNDS.max,
  ) as Probability;
  const halfWidth = rangeHalfWidth(
    factors.map((f) => f.contribution),
    silence.isDecisive,
  );
  const range = rangeAround(logOddsFromProbability(probability), probability, halfWidth);

  return {
    probability,
    range,
    band: bandFrom(probability, range),
    prior,
    factors: [...factors].sort(byImpact),
    channels: channelSummaries(factors),
    silence: silence.state,
  };
}
