import { readFile } from 'node:fs/promises';
import { CliError } from './errors.js';

/** What every command gets: the streams, whether they are terminals, colour, and today's date read once. */
export interface CliContext {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  isStdinTty: boolean;
  isStdoutTty: boolean;
  /** False under NO_COLOR or when stdout is not a terminal: then no ANSI codes at all. */
  color: boolean;
  today: string;
  /** The terminal's width, when stdout is one; undefined for a pipe or a file. */
  columns?: number;
}

export async function readStdin(stdin: NodeJS.ReadStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Reads a file, or stdin for `-`, as bytes; decoding is the caller's choice. */
export async function readSource(source: string, stdin: NodeJS.ReadStream): Promise<Uint8Array> {
  if (source === '-') return readStdin(stdin);
  try {
    return await readFile(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError('not-found', `no such file: ${source}`, { cause: e });
    if (code === 'EISDIR') throw new CliError('bad-input', `${source} is a folder, not a file`, { cause: e });
    if (code === 'EACCES') throw new CliError('bad-input', `no permission to read ${source}`, { cause: e });
    throw new CliError('io', `could not read ${source} (${code ?? 'unknown error'})`, { cause: e });
  }
}

export function write(stream: NodeJS.WriteStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** The local calendar date, which is what a person means by "today". */
export function localIsoDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
