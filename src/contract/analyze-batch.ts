/**
 * @module contract/analyze-batch — one JSON line in, one JSON line out, for `debrief analyze --batch`
 * (and anything else that scores texts in bulk). A bad line becomes an error line; it never stops a batch.
 */
import { z } from 'zod';
import { analyze } from '../analysis/index.js';
import type { FoundSign, ReportedOutcome } from '../analysis/types.js';
import { estimateFrom } from '../core/model/estimate.js';
import { isoDateFrom, type IsoDate } from '../core/dates.js';
import type { Observations } from '../core/observation.js';
import { isContractSignId } from '../core/signs/ids.js';
import type { Band } from '../core/model/types.js';
import { STAGES, type Stage } from '../core/record.js';
import { jsonProblemPhrase } from './json-problem.js';

export const batchLineSchema = z.object({
  id: z.string({ error: (i) => (i.input === undefined ? 'is required' : 'expected a string') }),
  text: z.string({ error: (i) => (i.input === undefined ? 'is required' : 'expected a string') }),
  candidate: z.string({ error: 'expected a string' }).optional(),
  interviewDate: z
    .string({ error: 'expected a date as YYYY-MM-DD' })
    .refine((s) => isoDateFrom(s) !== undefined, { message: 'expected a date as YYYY-MM-DD' })
    .optional(),
  stage: z.enum(STAGES, { error: `expected one of ${STAGES.join(', ')}` }).optional(),
});

export type BatchLine = z.infer<typeof batchLineSchema>;

export type BatchErrorCode =
  | 'invalid-json'
  | 'invalid-line'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'invalid-utf8'
  | 'malformed-transcript'
  | 'analyzer-failed';

export interface BatchSign {
  id: string;
  confidence: number;
  evidence: { quote: string; start: number; end: number }[];
}

export interface BatchSuccess {
  id: string;
  signs: BatchSign[];
  /** Null only if the estimate itself failed; the signs are still worth having. */
  assessment: { probability: number; band: Band } | null;
  /**
   * The answer, when the text already tells it ("they offered me the job"). The assessment stays
   * the reading of the signs: it is what the signs said, not a restatement of the answer.
   */
  reportedOutcome?: { outcome: ReportedOutcome['outcome']; quote: string; start: number; end: number };
}

export interface BatchFailure {
  id: string | null;
  error: { code: BatchErrorCode; message: string };
}

export type BatchOutput = BatchSuccess | BatchFailure;

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as { id?: unknown }).id;
  if (typeof id === 'string') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return null;
}

function failure(id: string | null, code: BatchErrorCode, message: string): BatchFailure {
  return { id, error: { code, message } };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The estimate for the found signs in a default context: the stage given, else a first round;
 * no promised date. Found signs count at full weight, as they do on the web page before the user
 * confirms them. Half weight (what this used until session 23) left the estimates too timid: on the
 * written stories with known outcomes and on 114 real published stories no one had tuned on, the
 * best-fitting rescale of its log-odds was 2.2 to 2.7 (at full weight 1.1 and 1.3), and full weight
 * scored better Brier on both (docs/decisions/0002, "Session 23").
 */
function defaultAssessment(
  signs: FoundSign[],
  stage: Stage,
  interviewDate: IsoDate,
  today: IsoDate,
  dateKnown: boolean,
): BatchSuccess['assessment'] {
  const observations: Observations = {};
  for (const s of signs) {
    if (isContractSignId(s.id)) {
      observations[s.id] = {
        value: 'present',
        source: 'analyzer',
        evidence: s.evidence[0]?.quote,
      };
    }
  }
  try {
    // Without a date the story's own "three weeks and nothing" is the only word on the silence.
    const estimate = estimateFrom({ record: { stage, date: interviewDate }, observations, today, dateKnown });
    return { probability: round3(estimate.probability), band: estimate.band };
  } catch {
    // A model failure should not hide the signs the analyzer did find.
    return null;
  }
}

export function analyzeBatchLine(line: string, today: IsoDate): BatchOutput {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    return failure(null, 'invalid-json', `not valid JSON: ${jsonProblemPhrase(line, messageOf(e))}`);
  }
  const parsed = batchLineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return failure(
      idOf(json),
      'invalid-line',
      `${where}${issue?.message ?? 'expected {"id": string, "text": string}'}`,
    );
  }
  const { id, text, candidate } = parsed.data;
  const interviewDate = (parsed.data.interviewDate as IsoDate | undefined) ?? today;
  let result;
  try {
    result = analyze(text, { candidate, interviewDate, today });
  } catch (e) {
    return failure(id, 'analyzer-failed', `the analyzer failed: ${messageOf(e)}`);
  }
  if (!result.ok) return failure(id, result.error.code, result.error.message);
  const signs: BatchSign[] = result.value.signs.map((s) => ({
    id: s.id,
    confidence: round3(s.confidence),
    evidence: s.evidence.map(({ quote, start, end }) => ({ quote, start, end })),
  }));
  const stage = parsed.data.stage ?? 'first';
  const dateKnown = parsed.data.interviewDate !== undefined;
  const out: BatchSuccess = {
    id,
    signs,
    assessment: defaultAssessment(result.value.signs, stage, interviewDate, today, dateKnown),
  };
  const reported = result.value.reportedOutcome;
  if (reported) out.reportedOutcome = { outcome: reported.outcome, ...reported.evidence };
  return out;
}
