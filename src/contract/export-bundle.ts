/**
 * The export bundle: what GET /api/export writes and POST /api/import takes back. One schema for
 * both checks of an import, the API's (a 400 naming the field) and the store's own (any caller),
 * so the two cannot drift. Records keep the write rules (lengths, dates) but tolerate fields a
 * newer Debrief adds, so an export from a later version still imports.
 */
import { z } from 'zod';
import { OUTCOMES } from '../core/record.js';
import { SIGN_IDS, type SignId } from '../core/signs/ids.js';
import { STEP_KINDS } from '../core/advice/types.js';
import type { Band } from '../core/model/types.js';
import { isoDateSchema } from './fields.js';
import { interviewRecordSchema } from './interview.js';
import { evidenceSchema, observationValueSchema } from './observations.js';
import { documentKindSchema } from './documents.js';
import { EXPORT_FORMAT } from './export-format.js';

// Written as a record so adding a Band elsewhere fails to compile here until listed.
const BANDS = Object.keys({
  'likely-passed': 1,
  'leaning-passed': 1,
  'toss-up': 1,
  'leaning-not': 1,
  'likely-not': 1,
} satisfies Record<Band, 1>) as [Band, ...Band[]];

const timestamp = z.string().min(1, 'expected an ISO-8601 timestamp');
const probability = z.number().min(0).max(1);

const bundleEntrySchema = z.object({
  interview: z.object({
    id: z.string().min(1),
    record: interviewRecordSchema.loose(),
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
      signId: z.enum(SIGN_IDS as readonly [SignId, ...SignId[]], { error: 'unknown sign id' }),
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
      format: z.string().min(1),
      text: z.string(),
      candidate: z.string().optional(),
      createdAt: timestamp,
    }),
  ),
  estimates: z.array(
    z.object({ at: timestamp, probability, low: probability, high: probability, band: z.enum(BANDS) }),
  ),
  reminders: z.array(
    z.object({
      kind: z.enum(STEP_KINDS),
      due: isoDateSchema,
      title: z.string(),
      detail: z.string(),
      done: z.boolean(),
    }),
  ),
});

export const exportBundleSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
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
