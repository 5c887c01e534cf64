import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines for how real writers tell role details given when the job is offered in the same meeting or call
// (published stories, real-e round): the offer with its terms, the first piece of work named, and the role explained
// by the interviewer in a story that mentions the writer's own reading of the website.
describe('detailed-role-info: the job offered with its terms', () => {
  signTable([
    [
      'Then the owner offered me a job as a junior planner at 28K and 40 hours a week.',
      'detailed-role-info',
      true,
    ],
    ['They rang to offer me the post: sixteen hours a week at £10.50 an hour.', 'detailed-role-info', true],
    [
      'She offered me the position on the spot, $15 an hour, starting next month.',
      'detailed-role-info',
      true,
    ],
    [
      'She read the details out: 8-1 each day, Monday thru Friday, with planning time on top.',
      'detailed-role-info',
      true,
    ],
    ['He offered me a job but I turned it down.', 'detailed-role-info', false],
    ['They offered me a place on the training course at the college.', 'detailed-role-info', false],
    ['She offered me a cup of tea at 10 and we sat down.', 'detailed-role-info', false],
    ['I hope they offer me the job, I really need 30K a year.', 'detailed-role-info', false],
  ]);
});

describe('detailed-role-info: the first piece of work named', () => {
  signTable([
    ['So my first project is going to be mapping the rail freight routes.', 'detailed-role-info', true],
    [
      'Apparently your first task would be sorting out the stock system, she said.',
      'detailed-role-info',
      true,
    ],
    ['I wonder whether my first project will be anything interesting.', 'detailed-role-info', false],
    ['My first interview is going to be on Tuesday at the main office.', 'detailed-role-info', false],
  ]);
});

describe('detailed-role-info: the role explained by the interviewer beside the writer reading the website', () => {
  signTable([
    [
      'All my website reading went to waste as she explains what the role would involve.',
      'detailed-role-info',
      true,
    ],
    [
      'I had studied their website for hours, and then he explained the job in detail.',
      'detailed-role-info',
      true,
    ],
    ['The website explains what the role would involve, so I read it twice.', 'detailed-role-info', false],
  ]);
});
