/**
 * Names and titles are kept up to 200 characters (the API refuses more). A box that silently
 * cut a pasted name would lose its end without a word, so the boxes take any length, count
 * near the limit, and the form says what to shorten before sending.
 */
import type { ApiError } from './api-client.js';

export const TEXT_LIMIT = 200;
/** The count shows from this share of the limit (170 of 200). */
const COUNT_FROM_SHARE = 0.85;

export interface LengthNote {
  text: string;
  isOver: boolean;
}

/** The note under a box: nothing while short, a count near the limit, the overshoot past it. */
export function lengthNote(value: string, max = TEXT_LIMIT): LengthNote | undefined {
  const n = value.trim().length;
  if (n <= Math.floor(max * COUNT_FROM_SHARE)) return undefined;
  if (n <= max) return { text: `${n} of ${max} characters`, isOver: false };
  return { text: `${n} characters: ${n - max} more than the ${max} Debrief keeps`, isOver: true };
}

/** One problem naming every box that is too long, as the server would, in the form's words. */
export function lengthProblem(
  boxes: readonly { path: string; label: string; value: string }[],
  max = TEXT_LIMIT,
): ApiError | undefined {
  const over = boxes.filter((b) => b.value.trim().length > max);
  const first = over[0];
  if (!first) return undefined;
  const n = first.value.trim().length;
  return {
    code: 'invalid-request',
    message: `${first.label} is ${n} characters long; Debrief keeps up to ${max}. Please shorten it${over.length > 1 ? ' (and the other boxes marked)' : ''}.`,
    fields: over.map((b) => ({
      path: b.path,
      message: `is too long: ${b.value.trim().length} characters, and ${max} is the most Debrief keeps`,
    })),
  };
}
