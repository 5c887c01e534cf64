/**
 * Analysis of a stored document, with plain guidance on the delivery figures. The store
 * keeps only the text, so a later visit re-runs the (fast, deterministic) analyzer on it.
 */
import { deliveryGuidance } from '../analysis/delivery/index.js';
import { analyze, statedInterviewDateFrom, statedRoundFrom } from '../analysis/index.js';
import type { AnalysisError } from '../analysis/types.js';
import type { DocumentAnalysis } from '../contract/responses.js';
import type { IsoDate } from '../core/dates.js';
import type { Result } from '../core/result.js';
import type { StoredDocument, StoredInterview } from '../store/store.js';
import { AppError } from './app-error.js';
import { todayFrom } from './assessment.js';

export function analysisFailed(error: AnalysisError): AppError {
  return new AppError(error.code, error.message);
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

type Stated = Pick<DocumentAnalysis, 'statedInterviewDate' | 'statedStage' | 'statedFormat'>;

/**
 * The day, round and format notes give for this interview, read as the CLI's `assess --notes`
 * reads them. Notes only: a transcript's "today" is the call's, and its talk of rounds is mostly
 * of other ones.
 */
export function statedOf(text: string, analysis: DocumentAnalysis['analysis'], today: IsoDate): Stated {
  if (analysis.kind !== 'notes') return {};
  const date = statedInterviewDateFrom(text, today);
  const round = statedRoundFrom(text);
  return {
    ...(date ? { statedInterviewDate: date } : {}),
    ...(round.stage ? { statedStage: round.stage } : {}),
    ...(round.format ? { statedFormat: round.format } : {}),
  };
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
    ...statedOf(document.text, analysis, todayFrom(now)),
  };
}
