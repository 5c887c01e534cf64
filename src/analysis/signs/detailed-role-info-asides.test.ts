import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines for what real writers put beside the interview that is not role specifics (real-e round): a tour
// of the premises, how many people the firm is hiring, and "schedule" as something the candidate may do.
describe('detailed-role-info: a tour of the premises, a hiring count, a debrief to schedule', () => {
  signTable([
    [
      'She introduced me to a few people and gave me a tour of the branch afterwards.',
      'detailed-role-info',
      false,
    ],
    ['The manager gave us a tour of the building before we sat down.', 'detailed-role-info', false],
    ['He mentioned they are looking to hire 3-4 engineers this year.', 'detailed-role-info', false],
    ["She said they're hiring five nurses in the spring.", 'detailed-role-info', false],
    ['He told me I could schedule a call with HR if I had more questions.', 'detailed-role-info', false],
    // the work itself still counts
    ['She gave me a tour of the role: the rota, the caseload, the two clinics.', 'detailed-role-info', true],
    [
      "He said I'd be running the help queue, hiring two agents and reporting to the head of service.",
      'detailed-role-info',
      true,
    ],
    ['The team is eight engineers and two testers, he said.', 'detailed-role-info', true],
    ['She told me the schedule: lates on Tuesdays and every other Saturday.', 'detailed-role-info', true],
  ]);
});

// Put on the schedule or the books is the hire presumed (future-role-talk's), not a specific about the work.
describe('detailed-role-info: put on the schedule is the hire, not the job', () => {
  signTable([
    ['The owner wanted to put me on the schedule as soon as possible.', 'detailed-role-info', false],
    ['He said he would put me on the rota straight away.', 'detailed-role-info', false],
    ['The owner wanted to put me on the schedule as soon as possible.', 'future-role-talk', true],
    ["They'll put me on the night shift with the bakery team.", 'detailed-role-info', true],
  ]);
});
