import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (real-e round): the writer's own take on the employer's philosophy, the reason they applied, is not
// a discussion of the culture in the interview; the interviewer explaining it still is.
describe("culture-discussion: the philosophy that drew the writer in is the writer's own take", () => {
  signTable([
    [
      'Their mission and work philosophy resonated with me, which is why I applied.',
      'culture-discussion',
      false,
    ],
    ['The ethos of the place really appealed to me when I read about it.', 'culture-discussion', false],
    ['She explained their philosophy: no blame, and fix problems together.', 'culture-discussion', true],
    ['He talked about the ethos of the school at length.', 'culture-discussion', true],
  ]);
});
