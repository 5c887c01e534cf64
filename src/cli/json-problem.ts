import { jsonProblemPhrase } from '../contract/json-problem.js';

/** One line for the CLI: the source, the place, the reason, and what to do. */
export function jsonProblemWords(
  source: string,
  text: string,
  parserMessage: string,
  help = 'debrief assess --help',
): string {
  const name = source === '-' ? 'the input on stdin' : source;
  return `${name} is not valid JSON: ${jsonProblemPhrase(text, parserMessage)}. Please fix it there and run the command again (\`${help}\` shows the shape it expects).`;
}
