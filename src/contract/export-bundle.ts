/**
 * The export bundle, checked before an import so a bad file is refused with the field
 * named and nothing written. Unknown extra fields are tolerated (newer exports).
 */
import { z } from 'zod';
import { OUTCOMES } from '../core/record.js';
import { SIGN_IDS, type SignId } from '../core/signs/ids.js';
import { STEP_KINDS } from '../core/advice/types.js';
import { isoDateSchema } from './fields.js';
import { interviewRecordSchema } from './interview.js';
import { evidenceSchema, observationValueSchema } from './observations.js';
import { documentKindSchema } from './documents.js';

const timestamp = z.string().min(1);
const band = z.enum(['likely-passed', 'leaning-passed', 'toss-up', 'leaning-not', 'likely-not']);
const stepKind = z.enum(STEP_KINDS);

const bundleEntrySchema = z.object({
  interview: z.object({
    id: z.string().min(1),
    record: interviewRecordSchema,
    outcome: z
      .object({
        outcome: z.enum(OUTCOMES),
        on: isoDateSchema,
        note: z.string().optional(),
        recordedAt: timestamp,
      })
      .optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  observations: z.array(
    z.object({
      signId: z.enum(SIGN_IDS as readonly [SignId, ...SignId[]]),
      value: observationValueSchema,
      strength: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
      source: z.enum(['user', 'analyzer']),
      evidence: evidenceSchema.optional(),
    }),
  ),
  documents: z.array(
    z.object({
      id: z.string().min(1),
      interviewId: z.string().min(1),
      kind: documentKindSchema,
      format: z.string(),
      text: z.string(),
      candidate: z.string().optional(),
      createdAt: timestamp,
    }),
  ),
  estimates: z.array(
    z.object({ at: timestamp, probability: z.number(), low: z.number(), high: z.number(), band }),
  ),
  reminders: z.array(
    z.object({
      kind: stepKind,
      due: isoDateSchema,
      title: z.string(),
      detail: z.string(),
      done: z.boolean(),
    }),
  ),
});

export const exportBundleSchema = z.object({
  format: z.literal('debrief-export'),
  version: z.literal(1),
  exportedAt: timestamp,
  interviews: z.array(bundleEntrySchema),
});

export const importQuerySchema = z.strictObject({
  mode: z.enum(['merge', 'replace']).default('merge'),
});

/** A row of an import left out because its dates fail the rule every write follows. */
export interface SkippedImportRow {
  /** The row's place in the file's `interviews`, from 0, as in the field paths. */
  row: number;
  id: string;
  fields: { path: string; message: string }[];
}

/** What POST /api/import answers: how many were written, and each row left out with its reasons. */
export interface ImportResult {
  imported: number;
  mode: 'merge' | 'replace';
  skipped: SkippedImportRow[];
  /** The interview ids in the file that are now stored. */
  ids: string[];
}
