import { deliveryGuidance } from '../../analysis/delivery/index.js';
import { analyze } from '../../analysis/index.js';
import { decodeUtf8 } from '../../analysis/input.js';
import type { Analysis, AnalysisError } from '../../analysis/types.js';
import type { IsoDate } from '../../core/dates.js';
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

/** The analysis layer already words its errors for people; the CLI adds which input it was. */
function inputError(source: string, error: AnalysisError): CliError {
  return new CliError('bad-input', `${source === '-' ? 'stdin' : source}: ${error.message}`);
}

/** Reads, decodes and analyzes; every expected failure becomes a `bad-input` CliError. */
export async function loadAnalysis(
  ctx: CliContext,
  args: AnalyzeArgs,
  today: IsoDate,
): Promise<{ text: string; analysis: Analysis }> {
  const bytes = await readSource(args.source, ctx.stdin);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw inputError(args.source, decoded.error);
  const result = analyze(decoded.value, {
    ...(args.candidate !== undefined ? { candidate: args.candidate } : {}),
    interviewDate: args.interviewDate ?? today,
    today,
  });
  if (!result.ok) throw inputError(args.source, result.error);
  return { text: decoded.value, analysis: result.value };
}

export async function runAnalyze(
  ctx: CliContext,
  style: Style,
  args: AnalyzeArgs,
  today: IsoDate,
): Promise<number> {
  const { text, analysis } = await loadAnalysis(ctx, args, today);
  if (args.json) {
    write(ctx.stdout, JSON.stringify(analysis, null, ctx.isStdoutTty ? 2 : undefined));
    return 0;
  }
  const guidance = analysis.delivery ? deliveryGuidance(analysis.delivery) : [];
  write(ctx.stdout, renderAnalysis(text, analysis, style, guidance));
  return 0;
}
