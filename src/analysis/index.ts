/**
 * @module analysis — text in, evidence out. Pure and browser-safe.
 * STUB entry — owned by the detection helper, to be replaced.
 */
import type { Result } from '../core/result.js';
import type { Analysis, AnalysisError, AnalyzeOptions } from './types.js';

export * from './types.js';

export function analyze(_text: string, _options: AnalyzeOptions = {}): Result<Analysis, AnalysisError> {
  throw new Error('analysis: not implemented yet');
}
