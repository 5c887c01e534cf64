/**
 * @module analysis — text in, evidence out. Pure and browser-safe.
 * Notes are read as a whole; transcripts turn by turn, knowing who speaks.
 */
import { isoDateDiffDays, isoDateFrom } from '../core/dates.js';
import { err, ok, type Result } from '../core/result.js';
import { promisedDatesFrom } from './dates/promised.js';
import { deliveryMetrics } from './delivery/index.js';
import { detectInNotes, detectInTranscript } from './detect/run.js';
import { checkTextInput } from './input.js';
import { reportedOutcomeFrom } from './outcome/reported.js';
import { detectTranscript, parseDetectedTranscript } from './transcript/index.js';
import type { Analysis, AnalysisError, AnalyzeOptions } from './types.js';

export * from './types.js';

function elapsedFromRecord(options: AnalyzeOptions): number | undefined {
  const from = options.interviewDate ? isoDateFrom(options.interviewDate) : undefined;
  const to = options.today ? isoDateFrom(options.today) : undefined;
  return from && to ? isoDateDiffDays(from, to) : undefined;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Result<Analysis, AnalysisError> {
  const checked = checkTextInput(text);
  if (!checked.ok) return checked;
  const input = checked.value;
  const reference = options.interviewDate ?? options.today;
  // detected once: the parse reuses the lines and cues detection already read
  const detected = detectTranscript(input);
  if (detected) {
    const parsed = parseDetectedTranscript(
      detected,
      options.candidate ? { candidate: options.candidate } : {},
    );
    if (!parsed.ok) return err(parsed.error);
    const transcript = parsed.value;
    const delivery = deliveryMetrics(transcript);
    const analysis: Analysis = {
      kind: transcript.format,
      signs: detectInTranscript(input, transcript),
      promisedDates: promisedDatesFrom(input, reference),
      transcript,
      warnings: transcript.warnings.map((message) => ({ code: 'transcript', message })),
    };
    if (delivery) analysis.delivery = delivery;
    return ok(analysis);
  }
  const analysis: Analysis = {
    kind: 'notes',
    signs: detectInNotes(input, elapsedFromRecord(options)),
    promisedDates: promisedDatesFrom(input, reference),
    warnings: [],
  };
  const reported = reportedOutcomeFrom(input);
  if (reported) analysis.reportedOutcome = reported;
  return ok(analysis);
}
