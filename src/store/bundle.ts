/**
 * Validation of an export bundle before import. A bundle is user-supplied JSON, so every
 * field is checked and every problem reported with its path; nothing is written unless all pass.
 */
import { z } from 'zod';
import { FORMATS, OUTCOMES, STAGES } from '../core/record.js';
import { isoDateFrom } from '../core/dates.js';
import { isSignId } from '../core/signs/ids.js';
import type { Band } from '../core/model/types.js';
import { STEP_KINDS } from '../core/advice/types.js';
import { err, ok, type Result } from '../core/result.js';
import type { StoreFieldIssue } from './errors.js';
import type { ExportBundle } from './store.js';

// Written as a record so adding a Band elsewhere fails to compile here until listed.
const BANDS = Object.keys({
  'likely-passed': 1,
  'leaning-passed': 1,
  'toss-up': 1,
  'leaning-not': 1,
  'likely-not': 1,
} satisfies Record<Band, 1>) as [Band, ...Band[]];

const isoDate = z.string().refine((s) => isoDateFrom(s) !== undefined, 'expected a real date as YYYY-MM-DD');
const timestamp = z.string().min(1, 'expected an ISO-8601 timestamp');
const text = z.string();

const heardBack = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('update'), on: isoDate }),
  z.object({ kind: z.literal('outcome'), outcome: z.enum(OUTCOMES), on: isoDate }),
]);

// Loose: fields a newer Debrief adds to the record survive an import into this one.
const record = z.looseObject({
  stage: z.enum(STAGES),
  date: isoDate,
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/, 'expected HH:MM')
    .optional(),
  company: text.optional(),
  role: text.optional(),
  format: z.enum(FORMATS).optional(),
  interviewers: z.array(text).optional(),
  decisionBy: isoDate.optional(),
  candidates: z.number().int().min(1).optional(),
  topics: z.array(text).optional(),
  heardBack: heardBack.optional(),
});

const outcome = z.object({
  outcome: z.enum(OUTCOMES),
  on: isoDate,
  note: text.optional(),
  recordedAt: timestamp,
});

const interview = z.object({
  id: z.string().min(1),
  record,
  outcome: outcome.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const observation = z.object({
  signId: z.string().refine(isSignId, 'unknown sign id'),
  value: z.enum(['present', 'absent', 'unsure']),
  strength: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  source: z.enum(['user', 'analyzer']),
  evidence: z
    .object({
      quote: text,
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      documentId: z.string().optional(),
    })
    .optional(),
});

const document = z.object({
  id: z.string().min(1),
  interviewId: z.string().min(1),
  kind: z.enum(['notes', 'transcript']),
  format: z.string().min(1),
  text,
  candidate: text.optional(),
  createdAt: timestamp,
});

const probability = z.number().min(0).max(1);
const estimate = z.object({
  at: timestamp,
  probability,
  low: probability,
  high: probability,
  band: z.enum(BANDS),
});
const reminder = z.object({
  kind: z.enum(STEP_KINDS),
  due: isoDate,
  title: text,
  detail: text,
  done: z.boolean(),
});

const bundleSchema = z.object({
  format: z.literal('debrief-export'),
  version: z.literal(1),
  exportedAt: timestamp,
  interviews: z.array(
    z.object({
      interview,
      observations: z.array(observation),
      documents: z.array(document),
      estimates: z.array(estimate),
      reminders: z.array(reminder),
    }),
  ),
});

/** Checks shape and the cross-row rules the schema cannot see (unique ids, documents belonging to their entry). */
export function exportBundleFrom(
  value: unknown,
): Result<ExportBundle, { code: 'invalid-import'; fields: StoreFieldIssue[] }> {
  const parsed = bundleSchema.safeParse(value);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(bundle)',
      message: i.message,
    }));
    return err({ code: 'invalid-import', fields });
  }
  const fields: StoreFieldIssue[] = [];
  const interviewIds = new Set<string>();
  const documentIds = new Set<string>();
  parsed.data.interviews.forEach((entry, i) => {
    const at = `interviews.${i}`;
    if (interviewIds.has(entry.interview.id))
      fields.push({ path: `${at}.interview.id`, message: 'duplicate interview id' });
    interviewIds.add(entry.interview.id);
    const signIds = new Set<string>();
    entry.observations.forEach((o, j) => {
      if (signIds.has(o.signId))
        fields.push({
          path: `${at}.observations.${j}.signId`,
          message: 'duplicate sign id for this interview',
        });
      signIds.add(o.signId);
    });
    entry.documents.forEach((d, j) => {
      if (d.interviewId !== entry.interview.id)
        fields.push({
          path: `${at}.documents.${j}.interviewId`,
          message: 'document belongs to another interview',
        });
      if (documentIds.has(d.id))
        fields.push({ path: `${at}.documents.${j}.id`, message: 'duplicate document id' });
      documentIds.add(d.id);
    });
  });
  if (fields.length > 0) return err({ code: 'invalid-import', fields });
  return ok(parsed.data as unknown as ExportBundle);
}
