/**
 * From what is stored to what the user sees: the estimate and plan for an interview,
 * computed fresh with today's date, plus the snapshots and reminders kept beside it.
 */
import { estimateFrom, isoDateFrom, personalWeightsFrom, planFrom } from '../core/index.js';
import type {
  Estimate,
  InterviewRecord,
  IsoDate,
  NextStep,
  Observation,
  Observations,
  PastInterview,
  PersonalWeights,
  Plan,
} from '../core/index.js';
import type { ObservationEntry } from '../contract/observations.js';
import type { SignId } from '../core/signs/ids.js';
import { stepKey } from '../core/advice/types.js';
import { doneKeysOf } from './reminders.js';
import type {
  EstimateSnapshot,
  Store,
  StoredInterview,
  StoredObservation,
  StoredReminder,
} from '../store/store.js';

/** The user's calendar date on this machine (not UTC: 23:30 local is still "today"). */
export function todayFrom(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  const value = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const date = isoDateFrom(value);
  if (!date) throw new Error(`server: could not make a date from ${value}`);
  return date;
}

/** The day the interview was entered, on this machine's calendar; undefined if the stamp is unreadable. */
export function recordedOnOf(stored: Pick<StoredInterview, 'createdAt'>): IsoDate | undefined {
  const at = new Date(stored.createdAt);
  return Number.isNaN(at.getTime()) ? undefined : todayFrom(at);
}

/** A recorded outcome is the latest word, so it overrides what the record says. */
export function recordWithOutcome(stored: StoredInterview): InterviewRecord {
  const outcome = stored.outcome;
  const on = outcome ? isoDateFrom(outcome.on) : undefined;
  if (!outcome || !on) return stored.record;
  return { ...stored.record, heardBack: { kind: 'outcome', outcome: outcome.outcome, on } };
}

export function observationsFrom(stored: readonly StoredObservation[]): Observations {
  const result: Observations = {};
  for (const o of stored) {
    const observation: Observation = { value: o.value, source: o.source };
    if (o.strength !== undefined) observation.strength = o.strength;
    if (o.evidence) observation.evidence = o.evidence.quote;
    result[o.signId] = observation;
  }
  return result;
}

export function storedObservationsFrom(map: Partial<Record<SignId, ObservationEntry>>): StoredObservation[] {
  const result: StoredObservation[] = [];
  for (const [signId, entry] of Object.entries(map) as [SignId, ObservationEntry | undefined][]) {
    if (entry === undefined) continue;
    if (typeof entry === 'string') {
      result.push({ signId, value: entry, source: 'user' });
      continue;
    }
    const stored: StoredObservation = { signId, value: entry.value, source: entry.source ?? 'user' };
    if (entry.strength !== undefined) stored.strength = entry.strength;
    // A typed quote has no document behind it; its offsets are into the quote itself.
    if (typeof entry.evidence === 'string')
      stored.evidence = { quote: entry.evidence, start: 0, end: entry.evidence.length };
    else if (entry.evidence) stored.evidence = entry.evidence;
    result.push(stored);
  }
  return result;
}

export interface Assessment {
  estimate: Estimate;
  plan: Plan;
}

export function assessmentOf(
  stored: StoredInterview,
  observations: readonly StoredObservation[],
  today: IsoDate,
  personal?: PersonalWeights,
  candidateName?: string,
): Assessment {
  const record = recordWithOutcome(stored);
  const obs = observationsFrom(observations);
  const estimate = estimateFrom({ record, observations: obs, today, ...(personal ? { personal } : {}) });
  const recordedOn = recordedOnOf(stored);
  const plan = planFrom({
    record,
    observations: obs,
    estimate,
    today,
    ...(candidateName ? { candidateName } : {}),
    ...(recordedOn ? { recordedOn } : {}),
  });
  return { estimate, plan };
}

/**
 * What the estimate said on the day the answer came, before it was known: the record without
 * its outcome, read on that day, with the person's weights from their other interviews. The
 * result page shows it as what the signs pointed to, once the live figure only restates the answer.
 */
export function estimateBeforeOutcome(
  stored: StoredInterview,
  observations: readonly StoredObservation[],
  personal?: PersonalWeights,
): Estimate | undefined {
  const on = stored.outcome ? isoDateFrom(stored.outcome.on) : undefined;
  if (!on) return undefined;
  const { heardBack, ...rest } = stored.record;
  const record: InterviewRecord = heardBack?.kind === 'outcome' ? rest : stored.record;
  return estimateFrom({
    record,
    observations: observationsFrom(observations),
    today: on,
    ...(personal ? { personal } : {}),
    // the wait is over: its words look back on it
    ...(stored.outcome ? { endedBy: stored.outcome.outcome } : {}),
  });
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function snapshotOf(estimate: Estimate, at: string): EstimateSnapshot {
  return {
    at,
    probability: round3(estimate.probability),
    low: round3(estimate.range[0]),
    high: round3(estimate.range[1]),
    band: estimate.band,
  };
}

function sameValue(a: EstimateSnapshot, b: EstimateSnapshot): boolean {
  return a.probability === b.probability && a.low === b.low && a.high === b.high && a.band === b.band;
}

/** A finished interview the weights learn from, with its id so one can be left out. */
export interface PastInterviewOf extends PastInterview {
  id: string;
}

/**
 * This person's finished interviews, read once. Only interviews with an outcome count (a
 * withdrawal says nothing about the signs), so an open interview never learns from itself, and a
 * decided one is pinned by its outcome anyway.
 */
export async function pastInterviewsOf(store: Store): Promise<PastInterviewOf[]> {
  // Every answer is an outcome row: outcomes.ts keeps new ones there, migration 0002 and
  // import moved those older versions left inside records.
  const closed = await store.listInterviews({ status: 'closed' });
  const history: PastInterviewOf[] = [];
  for (const s of closed) {
    const outcome = s.outcome?.outcome;
    if (!outcome || outcome === 'withdrew') continue;
    const observations = observationsFrom(await store.getObservations(s.id));
    history.push({ id: s.id, observations, passed: outcome === 'offer' || outcome === 'next-round' });
  }
  return history;
}

/** What those interviews say about the signs; `exceptId` leaves one out, for what the signs said of it before its answer. */
export function weightsFrom(past: readonly PastInterviewOf[], exceptId?: string): PersonalWeights {
  return personalWeightsFrom(exceptId === undefined ? past : past.filter((p) => p.id !== exceptId));
}

/** What this person's finished interviews say about the signs (see pastInterviewsOf). */
export async function personalWeightsOf(store: Store, exceptId?: string): Promise<PersonalWeights> {
  return weightsFrom(await pastInterviewsOf(store), exceptId);
}

/**
 * The step to show as "Next" on the dashboard. While waiting, a step whose day has come and that
 * is not ticked off comes first, else a check-in missed while away would hide behind "keep
 * applying"; of several, the latest (a check-in carries a missed thank-you; closing ends both
 * check-ins). Otherwise, and once the answer is in, the next dated step from today on.
 */
export function nextStepOf(
  plan: Plan,
  today: IsoDate,
  done: ReadonlySet<string> = new Set(),
  isWaiting = true,
): Plan['steps'][number] | undefined {
  const now = isWaiting ? stepDueNowOf(plan.steps, today, done) : undefined;
  return now ?? openStepsOf(plan.steps, done).find((s) => s.due >= today);
}

/** Whether the follow-up clock still runs: no outcome recorded. */
export function isWaitingOn(stored: StoredInterview): boolean {
  return recordWithOutcome(stored).heardBack?.kind !== 'outcome';
}

function openStepsOf<S extends NextStep>(steps: readonly S[], done: ReadonlySet<string>): S[] {
  return steps.filter((s) => !done.has(stepKey(s))).sort((a, b) => a.due.localeCompare(b.due));
}

/** Of the steps whose day has come and that are not ticked off, the one to do now (the latest). */
export function stepDueNowOf<S extends NextStep>(
  steps: readonly S[],
  today: IsoDate,
  done: ReadonlySet<string>,
): S | undefined {
  return openStepsOf(steps, done)
    .filter((s) => s.due <= today && s.kind !== 'keep-applying')
    .at(-1);
}

/**
 * Recomputes after a change: records an estimate snapshot only when the value moved
 * (so history shows changes, not page views) and keeps reminders in step with the plan.
 */
export async function refreshDerived(
  store: Store,
  interviewId: string,
  now: Date,
  /** The person's weights, when the caller has read them already. */
  personal?: PersonalWeights,
): Promise<Assessment | undefined> {
  const stored = await store.getInterview(interviewId);
  if (!stored) return undefined;
  const observations = await store.getObservations(interviewId);
  const assessment = assessmentOf(
    stored,
    observations,
    todayFrom(now),
    personal ?? (await personalWeightsOf(store)),
  );
  const snapshot = snapshotOf(assessment.estimate, now.toISOString());
  const history = await store.listEstimates(interviewId);
  const last = history[history.length - 1];
  if (!last || !sameValue(last, snapshot)) await store.addEstimate(interviewId, snapshot);

  const previous = await store.listReminders(interviewId);
  const wasDone = doneKeysOf(previous, stored.record);
  const reminders: StoredReminder[] = assessment.plan.steps.map((s) => ({
    kind: s.kind,
    due: s.due,
    title: s.title,
    detail: s.detail,
    done: wasDone.has(stepKey(s)),
  }));
  await store.replaceReminders(interviewId, reminders);
  return assessment;
}
