import { deliveryGuidance } from '../../analysis/delivery/index.js';
import {
  analyze,
  analyzeWithStated,
  statedFields,
  type StatedFollowUps,
  type StatedJob,
  type StatedRound,
} from '../../analysis/index.js';
import { decodeText, readAs, withWarning } from '../../analysis/text-encoding.js';
import type { Analysis, AnalysisError, AnalysisWarning, StatedDate } from '../../analysis/types.js';
import type { StatedInterviewer } from '../../analysis/stated-interviewers.js';
import { isoDateFrom, type IsoDate } from '../../core/dates.js';
import { CliError } from '../errors.js';
import { readSource, write, type CliContext } from '../io.js';
import { renderAnalysis } from '../render/analysis.js';
import type { Style } from '../style.js';

export interface AnalyzeArgs {
  source: string;
  candidate?: string;
  json?: boolean;
  /** The interview date, to resolve "by Friday"; defaults to today. */
  interviewDate?: IsoDate;
}

/**
 * The analysis layer words its errors for the web page ("paste your notes"); where that wording
 * speaks of pasting, the terminal says it for a file. The CLI adds which input it was.
 */
const FILE_WORDS: Partial<Record<AnalysisError['code'], string>> = {
  empty: 'nothing to read: it is empty or only blank lines',
  binary: 'this looks like a binary file, not text: export the notes or transcript as .txt, .vtt or .srt',
};

function inputError(source: string, error: AnalysisError): CliError {
  const words = FILE_WORDS[error.code] ?? error.message;
  return new CliError('bad-input', `${source === '-' ? 'stdin' : source}: ${words}`);
}

/**
 * Reads and decodes (UTF-8, else UTF-16 or Windows-1252 with a warning); an unreadable file or
 * one that is no text is a `bad-input` CliError.
 */
async function readText(
  ctx: CliContext,
  source: string,
): Promise<{ text: string; warning?: AnalysisWarning }> {
  const decoded = decodeText(await readSource(source, ctx.stdin));
  if (!decoded.ok) throw inputError(source, decoded.error);
  return readAs(decoded.value);
}

/** Analyzes text already read; an analysis error becomes a `bad-input` CliError naming the source. */
export function analysisOf(text: string, args: AnalyzeArgs, today: IsoDate): Analysis {
  const result = analyze(text, {
    ...(args.candidate !== undefined ? { candidate: args.candidate } : {}),
    interviewDate: args.interviewDate ?? today,
    today,
  });
  if (!result.ok) throw inputError(args.source, result.error);
  return result.value;
}

/**
 * A read text, its analysis, when the caller gave no interview date the one the text states, and
 * the round and format notes give for this interview.
 */
export interface TextRead {
  text: string;
  analysis: Analysis;
  stated?: StatedDate;
  round: StatedRound;
  job: StatedJob;
  interviewers: readonly StatedInterviewer[];
  /** The check-in and thank-you the notes say were sent. */
  followUps: StatedFollowUps;
}

/**
 * Reads, decodes and analyzes; every expected failure becomes a `bad-input` CliError. Without an
 * interview date, a day the text gives for the interview ("had my interview Tuesday") is the one
 * its promises count from ("by Friday"), as `assess` offers it.
 */
export async function loadAnalysis(ctx: CliContext, args: AnalyzeArgs, today: IsoDate): Promise<TextRead> {
  const { text, warning } = await readText(ctx, args.source);
  // the stated day is read before the analysis, so the text is analysed once, from that day
  const result = analyzeWithStated(text, {
    ...(args.candidate !== undefined ? { candidate: args.candidate } : {}),
    ...(args.interviewDate !== undefined ? { interviewDate: args.interviewDate } : {}),
    today,
  });
  if (!result.ok) throw inputError(args.source, result.error);
  const { stated } = result.value;
  const analysis = withWarning(result.value.analysis, warning);
  const read = {
    text,
    analysis,
    round: stated.round,
    job: stated.job,
    interviewers: stated.interviewers,
    followUps: stated.followUps,
  };
  // a day the caller gave is not one the text stated; a stated day that is no date is not offered
  if (args.interviewDate !== undefined || !stated.date || !isoDateFrom(stated.date.date)) return read;
  return { ...read, stated: stated.date };
}

export async function runAnalyze(
  ctx: CliContext,
  style: Style,
  args: AnalyzeArgs,
  today: IsoDate,
): Promise<number> {
  const { text, analysis, stated, round, job, interviewers, followUps } = await loadAnalysis(
    ctx,
    args,
    today,
  );
  if (args.json) {
    const out = {
      ...analysis,
      ...statedFields({ ...(stated ? { date: stated } : {}), round, job, interviewers, followUps }),
    };
    write(ctx.stdout, JSON.stringify(out, null, ctx.isStdoutTty ? 2 : undefined));
    return 0;
  }
  const guidance = analysis.delivery ? deliveryGuidance(analysis.delivery) : [];
  write(
    ctx.stdout,
    renderAnalysis(text, analysis, style, guidance, stated, round, job, interviewers, followUps),
  );
  return 0;
}
