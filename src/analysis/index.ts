/**
 * @module analysis — text in, evidence out. Pure and browser-safe.
 * Notes are read as a whole; transcripts turn by turn, knowing who speaks.
 */
import { isoDateDiffDays, isoDateFrom, type IsoDate } from '../core/dates.js';
import { err, ok, type Result } from '../core/result.js';
import { promisedDatesFrom } from './dates/promised.js';
import { deliveryMetrics } from './delivery/index.js';
import { detectInNotes, detectInTranscript, isFirm, type NotesReading } from './detect/run.js';
import { checkTextInput } from './input.js';
import { guardedAdditions } from './learned/guard.js';
import { learnedPass } from './learned/index.js';
import { SIGN_MODELS } from './learned/weights.js';
import { readText } from './nlp.js';
import { reportedOutcomeFrom } from './outcome/reported.js';
import { unwrappedText } from './soft-wraps.js';
import { statedFrom, type Stated } from './stated.js';
import { detectTranscript, parseDetectedTranscript, type Detection } from './transcript/index.js';
import type { Analysis, AnalysisError, AnalyzeOptions, FoundSign } from './types.js';

export * from './types.js';
export { statedInterviewDateFrom } from './dates/interview-date.js';
export { statedRoundFrom, type StatedRound } from './stage/stated-round.js';
export { statedFields, statedFrom, type Stated, type StatedFields } from './stated.js';
export type { StatedJob } from './stated-job.js';
export type { StatedCheckIn, StatedDeed, StatedFollowUps } from './stated-follow-ups.js';
export type { StatedInterviewer } from './stated-interviewers.js';

function elapsedFromRecord(options: AnalyzeOptions): number | undefined {
  const from = options.interviewDate ? isoDateFrom(options.interviewDate) : undefined;
  const to = options.today ? isoDateFrom(options.today) : undefined;
  return from && to ? isoDateDiffDays(from, to) : undefined;
}

/**
 * The rules' signs less those the learned models find very unlikely in this text, plus the
 * signs the models add that pass the scope guard (learned/guard.ts). Trained on 3,977 notes
 * the rules were never tuned on, the vetoes mostly remove signs read from words about
 * something else; an addition stands only where the rules' own scope checks would let its
 * strongest word count (docs/decisions/0005).
 */
function withLearned(text: string, signs: FoundSign[], reading?: NotesReading): FoundSign[] {
  // what the models read (soft wraps as spaces, not repaired): worked out once for the pass and the guard
  const modelText = unwrappedText(text);
  const { added, vetoed } = learnedPass(text, signs, SIGN_MODELS, modelText);
  const kept = vetoed.length ? signs.filter((s) => isFirm(s) || !vetoed.includes(s.id)) : signs;
  const guarded = guardedAdditions(text, added, kept, SIGN_MODELS, reading, modelText);
  return guarded.length ? [...kept, ...guarded] : kept;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Result<Analysis, AnalysisError> {
  const checked = checkTextInput(text);
  if (!checked.ok) return checked;
  return analyzeChecked(checked.value, detectTranscript(checked.value), options);
}

/** What notes state of their interview (statedFrom), and the text analysed from the day they give. */
export interface StatedAnalysis {
  analysis: Analysis;
  stated: Stated;
}

/**
 * analyze() counting from the interview's day: `options.interviewDate` when given, else the day
 * notes give for it ("had my interview Tuesday"), else today. That day is read first, so the text
 * is analysed once, its promises ("by Friday") and the time since counted from it.
 */
export function analyzeWithStated(
  text: string,
  options: AnalyzeOptions & { today: IsoDate },
): Result<StatedAnalysis, AnalysisError> {
  const checked = checkTextInput(text);
  if (!checked.ok) return checked;
  const detected = detectTranscript(checked.value);
  // a transcript states nothing of its interview (stated.ts), so the transcript kind need not be known yet
  const stated: Stated = detected
    ? { round: {}, job: {}, interviewers: [], followUps: {} }
    : statedFrom(text, 'notes', options.today);
  const statedDay = stated.date ? isoDateFrom(stated.date.date) : undefined;
  const interviewDate = options.interviewDate ?? statedDay ?? options.today;
  const analysis = analyzeChecked(checked.value, detected, { ...options, interviewDate });
  if (!analysis.ok) return analysis;
  const call = analysis.value.transcript;
  return ok({
    analysis: analysis.value,
    stated: call ? statedFrom(text, analysis.value.kind, options.today, call) : stated,
  });
}

/** analyze() for text that passed checkTextInput, with its transcript detection (undefined: notes). */
function analyzeChecked(
  input: string,
  // detected once: the parse reuses the lines and cues detection already read
  detected: Detection | undefined,
  options: AnalyzeOptions,
): Result<Analysis, AnalysisError> {
  const reference = options.interviewDate ?? options.today;
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
  // the note as the rules read it (repaired, soft wraps as spaces), worked out once for the
  // reported outcome, the rules and the promised dates
  const read = readText(input);
  // Read first, though it comes last: the first reading compiles the few hundred cue regexes,
  // and a regex V8 compiles after those gets unoptimized code for good (TooMuchRegExpCode:
  // past 1 MB of regex code and 16 MB of executable memory). These four scan the whole text
  // (V8 compiles them at once for a text of 1,000+ characters), the cue regexes only the
  // segments their triggers pick: over 1 MB, ~40 ms against ~150 ms.
  const reported = reportedOutcomeFrom(input, read);
  // the rules' reading of a short note, reused by the guard on the learned additions
  let reading: NotesReading | undefined;
  const ruleSigns = detectInNotes(input, elapsedFromRecord(options), (r) => (reading = r), read);
  const analysis: Analysis = {
    kind: 'notes',
    signs: options.learned === false ? ruleSigns : withLearned(input, ruleSigns, reading),
    promisedDates: promisedDatesFrom(input, reference, read),
    warnings: [],
  };
  if (reported) analysis.reportedOutcome = reported;
  return ok(analysis);
}
