import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (real-e round): "had a cold" told as the reason for skipping a handshake is an illness, not a cold
// manner; a cold look, manner or welcome still is.
describe('negative-body-language: a cold caught is not a cold manner', () => {
  signTable([
    [
      "She had a cold and so didn't want to shake hands in case I caught it.",
      'negative-body-language',
      false,
    ],
    ['The manager had a stinking cold, so we skipped the handshake.', 'negative-body-language', false],
    ['He apologised because he had a cold.', 'negative-body-language', false],
    ['The director had a cold, closed manner and barely looked up.', 'negative-body-language', true],
    ['She gave me a cold look when I mentioned the gap.', 'negative-body-language', true],
    ['He was cold and distant from the start.', 'negative-body-language', true],
  ]);
});
