import { z } from 'zod';
import { SIGN_IDS, type SignId } from '../core/signs/ids.js';

export const observationValueSchema = z.enum(['present', 'absent', 'unsure']);

export const evidenceSchema = z.strictObject({
  quote: z.string().max(2000),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  documentId: z.string().optional(),
});

/** A plain string is a quote the user typed (no document offsets). */
export const observationEntrySchema = z.union([
  observationValueSchema,
  z.strictObject({
    value: observationValueSchema,
    strength: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    evidence: z.union([z.string().max(2000), evidenceSchema]).optional(),
    source: z.enum(['user', 'analyzer']).optional(),
  }),
]);
export type ObservationEntry = z.output<typeof observationEntrySchema>;

export const observationsMapSchema = z.partialRecord(
  z.enum(SIGN_IDS as readonly [SignId, ...SignId[]]),
  observationEntrySchema,
);

export const observationsBodySchema = z.strictObject({ observations: observationsMapSchema });
export type ObservationsBody = z.output<typeof observationsBodySchema>;
