import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (session 19): what the team offers its people, a training scheme, a funded course, a career route, how
// colleagues cover for each other, is growth or culture, not what the job is. The job's own facts still count.
describe('detailed-role-info: training, career routes and norms are not the job', () => {
  signTable([
    [
      'She said the team runs a two-year apprenticeship and most people stay on after.',
      'detailed-role-info',
      false,
    ],
    ['He told me the unit covers for one another, earlies, lates, whatever.', 'detailed-role-info', false],
    ['They fund three nurses a year through the prescribing course.', 'detailed-role-info', false],
    ["He said they're sponsoring two analysts a year through the master's.", 'detailed-role-info', false],
    [
      'She talked me through what the first two years would look like: the exams, a mentor, study leave.',
      'detailed-role-info',
      false,
    ],
    [
      'He outlined the route from care assistant to senior carer, with the diplomas paid for.',
      'detailed-role-info',
      false,
    ],
    ['She told me about the in-house academy and how people move up.', 'detailed-role-info', false],
    // the job's own facts
    ['She said the team is six nurses and two HCAs on each shift.', 'detailed-role-info', true],
    ['He explained the routes from the depot to the four stores.', 'detailed-role-info', true],
    [
      'She talked me through what the first week would look like: the Tuesday clinic, home visits, the audit.',
      'detailed-role-info',
      true,
    ],
    ['They said I would manage three nurses and the clinic rota.', 'detailed-role-info', true],
  ]);
});
