import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Session 21 (para21-prec21): a phone or a call that was not in this interview, or not the interviewer's.
describe('interviewer-disinterest: another interview, another person, before or after', () => {
  signTable([
    ['The interviewer at my previous job kept checking his phone.', 'interviewer-disinterest', false],
    ["At my friend's interview the manager was texting the whole time.", 'interviewer-disinterest', false],
    ['He was on a call when I walked in, so I waited in the corridor.', 'interviewer-disinterest', false],
    [
      'She was on the phone to a supplier before it started, then we began.',
      'interviewer-disinterest',
      false,
    ],
    ['The head was called away after the interview ended.', 'interviewer-disinterest', false],
    ['The receptionist kept checking her phone while I waited.', 'interviewer-disinterest', false],
    ['My phone kept buzzing in my bag the whole time.', 'interviewer-disinterest', false],
    ['She kept checking her phone the whole way through.', 'interviewer-disinterest', true],
    ['He took a phone call halfway through my answer.', 'interviewer-disinterest', true],
    ['Her phone kept buzzing and she kept picking it up.', 'interviewer-disinterest', true],
  ]);
});
