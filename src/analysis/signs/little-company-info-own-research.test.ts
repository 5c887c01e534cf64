import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Our own lines (real-e round): the writer's own homework on the website, told after the company questions they
// braced for, is no brush-off; the interviewer pointing them to the website still is.
describe("little-company-info: the writer's own website reading is not the interviewer's brush-off", () => {
  signTable([
    [
      'I got there early, ready for hard questions about the firm, having pored over their website all evening.',
      'little-company-info',
      false,
    ],
    [
      'Braced for questions about the company, having studied their website twice.',
      'little-company-info',
      false,
    ],
    [
      'I expected a grilling about the charity, having crammed their website on the train.',
      'little-company-info',
      false,
    ],
    ["When I asked about the firm's values, she said read the website.", 'little-company-info', true],
    ['I asked about the company and he told me to look at the website.', 'little-company-info', true],
  ]);
});
