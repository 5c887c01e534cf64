import { z } from 'zod';
import { isoDateSchema } from './fields.js';

export const documentKindSchema = z.enum(['notes', 'transcript']);

/** JSON form; a raw text/plain or octet-stream body takes kind and candidate from the query. */
export const documentBodySchema = z.strictObject({
  kind: documentKindSchema,
  text: z.string(),
  candidate: z.string().trim().min(1).max(200).optional(),
});
export type DocumentBody = z.output<typeof documentBodySchema>;

export const documentQuerySchema = z.strictObject({
  kind: documentKindSchema.optional(),
  candidate: z.string().trim().min(1).max(200).optional(),
});

/** POST /api/analyze: one `analyze --batch` line, with the id optional. */
export const analyzeRequestSchema = z.strictObject({
  id: z.string().max(200).optional(),
  text: z.string(),
  candidate: z.string().trim().min(1).max(200).optional(),
  interviewDate: isoDateSchema.optional(),
});
export type AnalyzeRequest = z.output<typeof analyzeRequestSchema>;

/** POST /api/notes/stated: notes read for what they say of the interview, stored nowhere. */
export const statedRequestSchema = z.strictObject({ text: z.string() });
