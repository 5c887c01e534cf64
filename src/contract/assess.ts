/**
 * @module contract/assess — the JSON in and out of an assessment, shared by `debrief assess --json`
 * and the HTTP API. Pure (core and zod only), so the web client may import it too.
 */
import { planFrom } from '../core/advice/plan.js';
import type { Plan, PrepAdvice, SelfAssessmentQuestion, StepKind } from '../core/advice/types.js';
import type { IsoDate } from '../core/dates.js';
import { bandWords } from '../core/model/band.js';
import { estimateFrom } from '../core/model/estimate.js';
import type { Band, ChannelSummary, Estimate, Factor, SilenceState } from '../core/model/types.js';
import type { Observation, Observations } from '../core/observation.js';
import type { InterviewRecord } from '../core/record.js';
import { err, ok, type Result } from '../core/result.js';
import { factorTitle } from './factor-words.js';
import { isSignId, type Channel } from '../core/signs/ids.js';
import { assessRequestSchema } from './assess-schema.js';
import { decisionDateErrors, recordDateErrors } from './date-rules.js';
import { fieldErrorsOf, type FieldError, type IssueWords } from './fields.js';

export { assessRequestSchema } from './assess-schema.js';

export type { FieldError } from './fields.js';

export interface AssessRequest {
  interview: InterviewRecord;
  observations: Observations;
  asOf?: IsoDate;
  candidateName?: string;
}

export interface AssessFactor {
  id: Factor['id'];
  title: string;
  contribution: number;
  channel: Channel | 'process';
  reasoning: string;
}

export interface AssessStep {
  kind: StepKind;
  due: IsoDate;
  title: string;
  detail: string;
  draft?: { subject: string; body: string };
}

export interface AssessResult {
  /** The date the estimate was made for (asOf, else today). */
  asOf: IsoDate;
  probability: number;
  range: [number, number];
  band: Band;
  bandLabel: string;
  prior: { probability: number; source: string };
  factors: AssessFactor[];
  channels: ChannelSummary[];
  silence: SilenceState;
  nextSteps: AssessStep[];
  prep: PrepAdvice[];
  selfAssessment: SelfAssessmentQuestion[];
  window: { interview: IsoDate; expectedBy: IsoDate; checkIn: IsoDate; closeAfter: IsoDate };
}

/** The request's own words: sign ids are listed by `debrief signs`, the whole input is "(request)". */
const ASSESS_WORDS: IssueWords = {
  unknownKey: (path) =>
    path.length === 1 && path[0] === 'observations'
      ? 'unknown sign id (`debrief signs` lists them)'
      : 'unknown field',
  wholePath: '(request)',
};

const normalise = (o: string | Observation): Observation =>
  typeof o === 'string' ? { value: o as Observation['value'] } : o;

/**
 * Validates a request; on failure, says what is wrong with each field. `today` is the caller's
 * (server's or CLI's) date: an interview or reply later than tomorrow is refused, as when stored.
 */
export function parseAssessRequest(json: unknown, today: IsoDate): Result<AssessRequest, FieldError[]> {
  const parsed = assessRequestSchema.safeParse(json);
  if (!parsed.success) return err(parsed.error.issues.flatMap((issue) => fieldErrorsOf(issue, ASSESS_WORDS)));
  const { interview, observations, asOf, candidateName } = parsed.data;
  const dateErrors = [
    ...recordDateErrors(interview, today, 'interview.'),
    ...decisionDateErrors(interview, 'interview.'),
  ];
  if (dateErrors.length > 0) return err(dateErrors);
  const obs: Observations = {};
  for (const [id, o] of Object.entries(observations)) {
    if (isSignId(id) && o !== undefined) obs[id] = normalise(o);
  }
  // The schema has checked every date, so the brand is earned here.
  const request: AssessRequest = { interview: interview as InterviewRecord, observations: obs };
  if (asOf !== undefined) request.asOf = asOf as IsoDate;
  if (candidateName !== undefined) request.candidateName = candidateName;
  return ok(request);
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

function titleOf(id: Factor['id'], silence: SilenceState): string {
  // once an answer is in, the silence factor carries that answer, not a wait
  if (id === 'silence' && silence.phase === 'heard-back') return 'What you heard back';
  return factorTitle(id);
}

/** Runs the model and the advice on a valid request, as of `asOf` (else `today`). */
export function assess(request: AssessRequest, today: IsoDate): AssessResult {
  const asOf = request.asOf ?? today;
  const { interview: record, observations } = request;
  const estimate = estimateFrom({ record, observations, today: asOf });
  const plan = planFrom({
    record,
    observations,
    estimate,
    today: asOf,
    // A one-off request is told now: no step is dated before the day it is made for.
    recordedOn: asOf,
    ...(request.candidateName !== undefined ? { candidateName: request.candidateName } : {}),
  });
  return assessResultFrom(estimate, plan, asOf);
}

/** The JSON shape of an estimate and its plan; `show` of a stored interview renders it too. */
export function assessResultFrom(estimate: Estimate, plan: Plan, asOf: IsoDate): AssessResult {
  const silence: SilenceState = { ...estimate.silence };
  if (silence.ghostedProbability !== undefined)
    silence.ghostedProbability = round3(silence.ghostedProbability);
  return {
    asOf,
    probability: round3(estimate.probability),
    range: [round3(estimate.range[0]), round3(estimate.range[1])],
    band: estimate.band,
    bandLabel: bandWords(estimate.band),
    prior: { probability: round3(estimate.prior.probability), source: estimate.prior.source },
    factors: estimate.factors.map((f) => ({
      id: f.id,
      title: titleOf(f.id, silence),
      contribution: round3(f.contribution),
      channel: f.channel,
      reasoning: f.reasoning,
    })),
    channels: estimate.channels.map((c) => ({ ...c, contribution: round3(c.contribution) })),
    silence,
    nextSteps: plan.steps.map((s) => ({
      kind: s.kind,
      due: s.due,
      title: s.title,
      detail: s.detail,
      ...(s.draft ? { draft: { subject: s.draft.subject, body: s.draft.body } } : {}),
    })),
    prep: plan.prep,
    selfAssessment: plan.selfAssessment,
    window: plan.window,
  };
}
