/**
 * Analysis of a stored document, with plain guidance on the delivery figures. The store
 * keeps only the text, so a later visit re-runs the (fast, deterministic) analyzer on it.
 */
import { deliveryGuidance } from '../analysis/delivery/index.js';
import { analyze, statedFields, statedFrom } from '../analysis/index.js';
import { decodeText, readAs } from '../analysis/text-encoding.js';
import type { AnalysisError, AnalysisWarning } from '../analysis/types.js';
import type { DocumentAnalysis } from '../contract/responses.js';
import type { Result } from '../core/result.js';
import type { StoredDocument, StoredInterview } from '../store/store.js';
import { AppError } from './app-error.js';
import { todayFrom } from './assessment.js';

export function analysisFailed(error: AnalysisError): AppError {
  return new AppError(error.code, error.message);
}

/**
 * A dropped or chosen file sent as raw bytes, as text: UTF-8, or UTF-16 or Windows-1252 with a
 * warning to pass on (analysis/text-encoding.ts); bytes that are no text are refused.
 */
export function textOfUpload(body: Buffer): { text: string; warning?: AnalysisWarning } {
  const decoded = decodeText(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  if (!decoded.ok) throw analysisFailed(decoded.error);
  return readAs(decoded.value);
}

export interface AnalyzeInput {
  text: string;
  candidate?: string;
}

export function analysisOf(
  interview: StoredInterview,
  input: AnalyzeInput,
  now: Date,
): Result<DocumentAnalysis['analysis'], AnalysisError> {
  return analyze(input.text, {
    interviewDate: interview.record.date,
    today: todayFrom(now),
    ...(input.candidate ? { candidate: input.candidate } : {}),
  });
}

export function documentAnalysisOf(
  document: StoredDocument,
  analysis: DocumentAnalysis['analysis'],
  now: Date,
): DocumentAnalysis {
  return {
    document,
    analysis,
    guidance: analysis.delivery ? deliveryGuidance(analysis.delivery) : [],
    ...statedFields(statedFrom(document.text, analysis.kind, todayFrom(now), analysis.transcript)),
  };
}
