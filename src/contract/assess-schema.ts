/**
 * The zod schema of an assessment request. Strict: unknown fields and sign ids are errors,
 * because a typo ("decisonBy") silently ignored would give a wrong estimate.
 */
import { z } from 'zod';
import { isoDateFrom } from '../core/dates.js';
import { FORMATS, OUTCOMES, STAGES } from '../core/record.js';
import { SIGN_IDS, type SignId } from '../core/signs/ids.js';

const DATE_MESSAGE = 'expected a date as YYYY-MM-DD';
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Says "is required" for a missing field and `text` for a wrong one. */
const expect = (text: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : text),
});

const oneOf = (values: readonly string[]): string => `expected one of ${values.join(', ')}`;

export const isoDateSchema = z
  .string(expect(DATE_MESSAGE))
  .regex(DATE_SHAPE, { error: DATE_MESSAGE, abort: true })
  .refine((s) => isoDateFrom(s) !== undefined, {
    error: 'is not a real calendar date (expected YYYY-MM-DD)',
  });

const timeSchema = z
  .string(expect('expected a time as HH:MM'))
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time as HH:MM (24-hour)' });

const heardBackSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({ kind: z.literal('update'), on: isoDateSchema }),
    z.strictObject({
      kind: z.literal('outcome'),
      outcome: z.enum(OUTCOMES, expect(oneOf(OUTCOMES))),
      on: isoDateSchema,
    }),
  ],
  expect('expected {"kind": "none" | "update" | "outcome", ...}'),
);

const OBS_VALUES = ['present', 'absent', 'unsure'] as const;
const obsValueSchema = z.enum(OBS_VALUES, expect(oneOf(OBS_VALUES)));

const observationSchema = z.union(
  [
    obsValueSchema,
    z.strictObject({
      value: obsValueSchema,
      strength: z.union([z.literal(1), z.literal(2), z.literal(3)], expect('expected 1, 2 or 3')).optional(),
      evidence: z
        .string(expect('expected text'))
        .max(2000, { error: 'is too long (2000 characters at most)' })
        .optional(),
      source: z.enum(['user', 'analyzer'], expect('expected "user" or "analyzer"')).optional(),
    }),
  ],
  expect('expected "present", "absent", "unsure" or {"value": ..., "strength"?: 1-3, "evidence"?: text}'),
);

/** Says how long the text is as well as the limit: a pasted name can be long without the user seeing it. */
export const tooLong = (max: number) => ({
  error: (issue: { input?: unknown }) =>
    typeof issue.input === 'string'
      ? `is too long: ${issue.input.length} characters, and ${max} is the most Debrief keeps`
      : `is too long (${max} characters at most)`,
});
const textSchema = (max: number) => z.string(expect('expected text')).max(max, tooLong(max));

export const interviewSchema = z.strictObject(
  {
    stage: z.enum(STAGES, expect(oneOf(STAGES))),
    date: isoDateSchema,
    time: timeSchema.optional(),
    company: textSchema(200).optional(),
    role: textSchema(200).optional(),
    format: z.enum(FORMATS, expect(oneOf(FORMATS))).optional(),
    interviewers: z.array(textSchema(200), expect('expected a list of names')).max(20).optional(),
    decisionBy: isoDateSchema.optional(),
    candidates: z
      .int(expect('expected a whole number of at least 1'))
      .min(1, { error: 'expected at least 1' })
      .optional(),
    topics: z.array(textSchema(200), expect('expected a list of topics')).max(50).optional(),
    heardBack: heardBackSchema.optional(),
    /** The day the first check-in was sent; optional, so records saved before it load as they were. */
    checkedInOn: isoDateSchema.optional().meta({
      description:
        'The day the first check-in was sent, if it was: the last check-in and the point to stop waiting count from it',
    }),
  },
  expect('expected an object with at least "stage" and "date"'),
);

export const observationsSchema = z.partialRecord(
  z.enum(SIGN_IDS as readonly SignId[] as [SignId, ...SignId[]]),
  observationSchema,
  expect('expected an object of sign id → observation'),
);

export const assessRequestSchema = z.strictObject(
  {
    interview: interviewSchema,
    observations: observationsSchema.default({}),
    asOf: isoDateSchema.optional(),
    candidateName: textSchema(200).optional(),
  },
  expect('expected a JSON object with "interview" and "observations"'),
);

export type AssessRequestInput = z.input<typeof assessRequestSchema>;
