import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (real-e round): real writers tell visible interest as "he seemed to find it really interesting";
// the writer's own interest, or the interviewer's opinion of an idea, is not the sign.
describe('interviewer-smiling: the interviewer seemed to find it interesting', () => {
  signTable([
    ['He seemed to find it really interesting, which surprised me.', 'interviewer-smiling', true],
    ['She seemed to find my answers about the food bank fascinating.', 'interviewer-smiling', false],
    ['She seemed to find my answers fascinating and kept asking more.', 'interviewer-smiling', true],
    ['They appeared to find my placement work very interesting.', 'interviewer-smiling', true],
    ['I seemed to find it interesting at the time, but not now.', 'interviewer-smiling', false],
    ['I thought the job sounded really interesting.', 'interviewer-smiling', false],
    ['He seemed to think my plan was a bad idea.', 'interviewer-smiling', false],
  ]);
});
