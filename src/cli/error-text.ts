import { wrap } from './render/text.js';

/** As the rest of the CLI's text: an 80-column terminal, less a margin. */
const WIDTH = 78;

/**
 * A failure as written to stderr: "debrief: " and the message. In a terminal it is wrapped like
 * the rest of the output, its later lines indented under the first; piped, it stays one line, so
 * a script or a log keeps the whole message on the line it greps.
 */
export function errorText(message: string, terminal: boolean): string {
  const text = `debrief: ${message}`;
  if (!terminal) return `${text}\n`;
  const lines = wrap(text, WIDTH, '  ');
  return `${lines.map((line, i) => (i === 0 ? line.slice(2) : line)).join('\n')}\n`;
}
