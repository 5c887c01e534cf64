/** The CLI's failures, each with a code; exit codes are chosen from the code in exactly one place. */
export type CliErrorCode =
  | 'usage' // wrong arguments
  | 'bad-input' // the file or request is unusable
  | 'not-found' // a named file does not exist
  | 'not-a-terminal' // an interactive command without a terminal
  | 'io' // reading or writing failed for another reason
  | 'cancelled' // the user pressed Ctrl-C
  | 'internal'; // a bug

export class CliError extends Error {
  readonly code: CliErrorCode;
  constructor(code: CliErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliError';
    this.code = code;
  }
}

export const EXIT_CODES = {
  usage: 2,
  'bad-input': 2,
  'not-found': 2,
  'not-a-terminal': 2,
  io: 1,
  cancelled: 130,
  internal: 1,
} as const satisfies Record<CliErrorCode, number>;

export function exitCodeFor(code: CliErrorCode): number {
  return EXIT_CODES[code];
}
