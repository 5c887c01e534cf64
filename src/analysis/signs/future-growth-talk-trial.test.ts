import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (real-e round): a trial post that can become the job is the candidate's future at the company; the
// round's own hiring timeline, or an old placement that could have led somewhere, is not.
describe('future-growth-talk: an internship or placement that can become the job', () => {
  signTable([
    ['It is a ten-week internship, and then they hope to take two of us on.', 'future-growth-talk', true],
    ['She said the placement could lead to a permanent post.', 'future-growth-talk', true],
    ['They are interviewing all week and then they hope to hire by Friday.', 'future-growth-talk', false],
    ['My last internship could have led to a permanent job, but I left.', 'future-growth-talk', false],
  ]);
});
