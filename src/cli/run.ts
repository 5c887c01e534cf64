import { readFileSync } from 'node:fs';
import type { IsoDate } from '../core/dates.js';
import { CliError } from './errors.js';
import { HELP } from './help.js';
import { write, type CliContext } from './io.js';
import type { Plan } from './parse-args.js';
import { styleFor } from './style.js';

function version(): string {
  // Relative to dist/cli/ (and src/cli/), the package root is two folders up.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Carries out a plan. Command modules load lazily, so `--version` never pays for the NLP model. */
export async function runPlan(plan: Plan, ctx: CliContext): Promise<number> {
  const style = styleFor(ctx.color);
  const today = (('today' in plan && plan.today) || ctx.today) as IsoDate;
  switch (plan.kind) {
    case 'help':
      write(ctx.stdout, HELP[plan.topic]);
      return 0;
    case 'version':
      write(ctx.stdout, version());
      return 0;
    case 'usage-error':
      throw new CliError(
        'usage',
        `${plan.message} (see: debrief ${plan.topic === 'main' ? '' : `${plan.topic} `}--help)`,
      );
    case 'signs': {
      const { runSigns } = await import('./commands/signs.js');
      return runSigns(ctx, style, plan.json);
    }
    case 'analyze-batch': {
      const { runAnalyzeBatch } = await import('./commands/batch.js');
      return runAnalyzeBatch(ctx, today);
    }
    case 'analyze': {
      const { runAnalyze } = await import('./commands/analyze.js');
      return runAnalyze(ctx, style, plan, today);
    }
    case 'assess-json': {
      const { runAssessJson } = await import('./commands/assess-json.js');
      return runAssessJson(ctx, plan.source, today, plan.save);
    }
    case 'assess-interactive': {
      const { runAssessInteractive } = await import('./commands/assess-interactive.js');
      return runAssessInteractive(ctx, style, today, plan.notes, plan.save, plan.name);
    }
    case 'list': {
      const { runList } = await import('./commands/list.js');
      return runList(ctx, style, today, plan.json);
    }
    case 'show': {
      const { runShow } = await import('./commands/show.js');
      return runShow(ctx, style, today, plan.id, plan.name);
    }
    case 'export': {
      const { runExport } = await import('./commands/transfer.js');
      return runExport(ctx, today, plan.file, plan.csv);
    }
    case 'import': {
      const { runImport } = await import('./commands/transfer.js');
      return runImport(ctx, today, plan.source, plan.replace);
    }
    case 'outcome': {
      const { runOutcome } = await import('./commands/outcome.js');
      return runOutcome(ctx, today, plan.id, plan.outcome, plan.on);
    }
  }
}
