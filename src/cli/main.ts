/**
 * @module cli — the `debrief` command. Reads the clock and the environment once, runs the
 * plan, and turns every failure into one plain message (one line when piped) and an exit code:
 * never a stack trace.
 */
import { errorText } from './error-text.js';
import { CliError, exitCodeFor } from './errors.js';
import { localIsoDate, type CliContext } from './io.js';
import { planFromArgs } from './parse-args.js';
import { runPlan } from './run.js';
import { colorEnabled } from './style.js';

function isPromptExit(e: unknown): boolean {
  // @inquirer/prompts rejects with ExitPromptError when the user presses Ctrl-C mid-prompt.
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}

function fail(ctx: CliContext, e: unknown): number {
  const say = (message: string): boolean => ctx.stderr.write(errorText(message, ctx.stderr.isTTY === true));
  if (isPromptExit(e)) e = new CliError('cancelled', 'cancelled; nothing was saved.');
  if (e instanceof CliError) {
    say(e.message);
    return exitCodeFor(e.code);
  }
  const detail = e instanceof Error ? e.message : String(e);
  say(`something went wrong inside Debrief (${detail}). Please report it.`);
  if (process.env['DEBRIEF_DEBUG'] && e instanceof Error) ctx.stderr.write(`${e.stack ?? ''}\n`);
  return exitCodeFor('internal');
}

async function main(): Promise<void> {
  const ctx: CliContext = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isStdinTty: process.stdin.isTTY === true,
    isStdoutTty: process.stdout.isTTY === true,
    color: colorEnabled(process.stdout.isTTY === true, process.env),
    today: localIsoDate(new Date()),
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
  };
  // A closed pipe (`debrief signs | head`) is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`debrief: could not write the output (${e.code ?? e.message}).\n`);
    process.exit(1);
  });
  process.on('SIGINT', () => {
    process.stderr.write('\ndebrief: cancelled.\n');
    process.exit(130);
  });
  let code: number;
  try {
    code = await runPlan(planFromArgs(process.argv.slice(2)), ctx);
  } catch (e) {
    code = fail(ctx, e);
  }
  process.exitCode = code;
}

await main();
