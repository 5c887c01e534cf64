import { createInterface } from 'node:readline';
import { analyzeBatchLine } from '../../contract/analyze-batch.js';
import type { IsoDate } from '../../core/dates.js';
import type { CliContext } from '../io.js';

/**
 * Streams JSON lines: one answer per non-blank input line, written as soon as it is ready,
 * so a scorer can feed thousands of texts without either side holding them all.
 */
export async function runAnalyzeBatch(ctx: CliContext, today: IsoDate): Promise<number> {
  const lines = createInterface({ input: ctx.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const out = JSON.stringify(analyzeBatchLine(line, today));
    if (!ctx.stdout.write(`${out}\n`)) await new Promise((resolve) => ctx.stdout.once('drain', resolve));
  }
  return 0;
}
