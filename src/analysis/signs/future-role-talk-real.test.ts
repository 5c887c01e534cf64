import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (real-e round) for the hire presumed in real writers' words: the interviewer would start them
// at once if it were their call, start dates talked over, the new hire given a seat among them. The writer's own
// wish, start dates never raised, or a seat for the test are not the sign.
describe("future-role-talk: the hire presumed in real writers' words", () => {
  signTable([
    ["She told me that if it were up to her, I'd start next week.", 'future-role-talk', true],
    ["If it was down to him, he said, I'd have the job already.", 'future-role-talk', true],
    ["If it was up to me I'd start tomorrow, I'm that keen.", 'future-role-talk', false],
    ['We walked round the ward and talked about possible start dates.', 'future-role-talk', true],
    ['We never talked about start dates or anything like that.', 'future-role-talk', false],
    ['The director laughed and said they could put me at the desk by the window.', 'future-role-talk', true],
    ['They will sit me at a desk in the corner for the written test.', 'future-role-talk', false],
  ]);
});

// "when you start interviewing" is advice about the job search, not the new hire's first days.
describe('future-role-talk: starting the job search is not starting the job', () => {
  signTable([
    [
      'The golden rule for when you start interviewing is to read up on the company.',
      'future-role-talk',
      false,
    ],
    ['Once you start applying it gets easier, honestly.', 'future-role-talk', false],
    ["She said when you start you'll shadow Priya on the late shift.", 'future-role-talk', true],
    ['He said once you start the job there is a week of induction with the team.', 'future-role-talk', true],
  ]);
});
