import type { SignId } from '../core/signs/ids.js';

/** A quote with character offsets into the original text: `text.slice(start, end) === quote`. */
export interface EvidenceQuote {
  quote: string;
  start: number;
  end: number;
}

export interface FoundSign {
  id: SignId;
  /** 0..1, how sure the analyzer is that the text gives evidence for the sign. */
  confidence: number;
  evidence: EvidenceQuote[];
}

export type TranscriptFormat = 'webvtt-voice' | 'webvtt-prefix' | 'srt' | 'zoom-captions' | 'plain-speaker';
export type InputKind = 'notes' | TranscriptFormat;

/** One speaker's turn after consecutive cues of the same speaker are merged. */
export interface Turn {
  speaker: string;
  text: string;
  /** Offset of this turn's text pieces in the original input, for evidence quotes. */
  spans: { start: number; end: number }[];
  /** Seconds from the start of the call, when the format has timings. */
  startSec?: number;
  endSec?: number;
}

export interface Transcript {
  format: TranscriptFormat;
  turns: Turn[];
  speakers: string[];
  candidate: { name: string; how: 'given' | 'guessed'; confidence: number } | undefined;
  warnings: string[];
}

export interface DeliveryMetrics {
  candidateTalkShare: number; // 0..1 of words
  wordsPerMinute?: number; // when timings allow
  fillersPer100Words: number;
  weToIRatio: number; // "we" / "I"; Infinity avoided: (we+0.5)/(I+0.5) style smoothing is the implementer's choice
  uniqueWordRatio: number; // type/token ratio on a fixed window, so length does not dominate
  longestAnswerWords: number;
  askedQuestionsAtEnd: boolean;
  interviewerRoleTalkShare: number; // share of interviewer words describing role/company
  interviewerLaidOutNextSteps: boolean;
}

export interface PromisedDate {
  /** The phrase as written, with offsets. */
  evidence: EvidenceQuote;
  /** Resolved against the interview date. */
  date: string; // YYYY-MM-DD
}

/** A day the text states for something that happened, with the words that state it. */
export interface StatedDate {
  evidence: EvidenceQuote;
  date: string; // YYYY-MM-DD
}

/** The answer, when the text already tells it ("they offered me the job"), with the words that tell it. */
export interface ReportedOutcome {
  outcome: 'offer' | 'rejected' | 'next-round' | 'withdrew';
  evidence: EvidenceQuote;
}

export type AnalysisWarning = { code: string; message: string };

export interface Analysis {
  kind: InputKind;
  signs: FoundSign[];
  promisedDates: PromisedDate[];
  /** Notes only: the outcome the text reports, if it reports one. */
  reportedOutcome?: ReportedOutcome;
  transcript?: Transcript;
  delivery?: DeliveryMetrics;
  warnings: AnalysisWarning[];
}

export type AnalysisErrorCode = 'empty' | 'too-large' | 'binary' | 'invalid-utf8' | 'malformed-transcript';
export interface AnalysisError {
  code: AnalysisErrorCode;
  message: string;
}

export interface AnalyzeOptions {
  /** The candidate's name as it appears in a transcript. */
  candidate?: string;
  /** The interview date, `YYYY-MM-DD`, to resolve "by Friday" against. */
  interviewDate?: string;
  /** Today, `YYYY-MM-DD`, to judge elapsed time ("it's been 9 days"). */
  today?: string;
  /**
   * `false` reads notes with the rules alone, without the learned vetoes (docs/decisions/0005):
   * what the learned models are trained on, so training must not see their own output.
   */
  learned?: boolean;
}
