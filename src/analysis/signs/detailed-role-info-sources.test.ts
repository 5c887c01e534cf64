import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Session 21 (para21-prec21): the job told by someone or something other than the interviewer, or another job's.
describe('detailed-role-info: the job told by a go-between or a document before the interview', () => {
  signTable([
    [
      'The agency emailed me a summary on Monday: two direct reports, the payroll system and the supplier accounts.',
      'detailed-role-info',
      false,
    ],
    [
      'HR had already sent the job pack, it lists everything: home visits, case notes, supervising two assistants.',
      'detailed-role-info',
      false,
    ],
    ['Glassdoor says the team is nine people and they all use Jira.', 'detailed-role-info', false],
    ["- recruiter: 'you'd be on the returns desk, team of 4, SAP'", 'detailed-role-info', false],
    [
      'The recruiter explained the role: the returns desk, a team of four, and SAP.',
      'detailed-role-info',
      true,
    ],
    [
      'The manager explained the duties: home visits, case notes and supervising two assistants.',
      'detailed-role-info',
      true,
    ],
  ]);
});

describe("detailed-role-info: the candidate's own job, another job's interview, the candidate's guess", () => {
  signTable([
    [
      'Spent most of the interview explaining what I do now, the stock counts, the rotas and the deliveries.',
      'detailed-role-info',
      false,
    ],
    [
      'I kept comparing it to the hospital job where they went through the whole thing, the caseload and the team.',
      'detailed-role-info',
      false,
    ],
    ['I guess the role is mostly reporting, but nobody said.', 'detailed-role-info', false],
    ['She said the role is mostly reporting and two client calls a week.', 'detailed-role-info', true],
  ]);
});

describe('detailed-role-info: the interviewer spending time on the job still tells it', () => {
  signTable([
    [
      'He did spend ten minutes explaining the team structure and the two products.',
      'detailed-role-info',
      true,
    ],
    ['I spent ages explaining my current rota and the deliveries.', 'detailed-role-info', false],
  ]);
});
