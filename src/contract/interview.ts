import { z } from 'zod';
import { STEP_KINDS } from '../core/advice/types.js';
import { OUTCOMES, STAGES } from '../core/record.js';
import { interviewSchema, tooLong } from './assess-schema.js';
import { isoDateSchema } from './fields.js';
import { FIRST_NAME_MAX } from './limits.js';

/** The interview record, as POST and PUT take it: the same rules as `debrief assess --json`. */
export const interviewRecordSchema = interviewSchema;
export type InterviewRecordInput = z.input<typeof interviewRecordSchema>;

export const interviewListQuerySchema = z.strictObject({
  stage: z.enum(STAGES).optional(),
  status: z.enum(['open', 'closed']).optional(),
  q: z.string().trim().max(200).optional(),
});
export type InterviewListQuery = z.output<typeof interviewListQuerySchema>;

export const outcomeBodySchema = z.strictObject({
  outcome: z.enum(OUTCOMES),
  on: isoDateSchema,
  note: z.string().max(2000, tooLong(2000)).optional(),
});
export type OutcomeBody = z.output<typeof outcomeBodySchema>;

/**
 * PUT /api/interviews/:id/reminders: ticks a step off (or back on), found by kind and due date.
 * The first check-in ticked off is kept as the day it was sent (`on`, else today), from which the
 * last check-in and the close are counted; ticked back on, that day is forgotten.
 */
export const reminderDoneBodySchema = z.strictObject({
  kind: z.enum(STEP_KINDS),
  due: isoDateSchema,
  done: z.boolean(),
  on: isoDateSchema.optional().meta({
    description: 'For the first check-in ticked off: the day it was sent (else today)',
  }),
});
export type ReminderDoneBody = z.output<typeof reminderDoneBodySchema>;

/**
 * GET /api/interviews/:id/assessment and calendar.ics: `name` signs the message drafts. It comes
 * with each request, from the browser that keeps it, because the store holds no per-user state:
 * kept on the server it would sign every user's drafts with one person's name.
 */
export { FIRST_NAME_MAX };
export const assessmentQuerySchema = z.strictObject({
  name: z
    .string()
    .trim()
    .max(FIRST_NAME_MAX, { error: `is too long (${FIRST_NAME_MAX} characters at most)` })
    .optional(),
});
export type AssessmentQuery = z.output<typeof assessmentQuerySchema>;
