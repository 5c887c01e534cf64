import { describe } from 'vitest';
import { signTable } from './notes-table.case.js';

// our own lines: someone named by where they sit on the way in is not the interviewer, like the
// receptionist; a role met there still may be ("the manager at reception" often interviews)
describe('people met at the front desk', () => {
  signTable([
    ['The girl on reception was lovely and made me a cup of tea.', 'positive-atmosphere', false],
    ['The guy at the front desk grinned and waved me through.', 'interviewer-smiling', false],
    ['A woman behind the counter smiled and pointed me upstairs.', 'interviewer-smiling', false],
    ['The manager at reception greeted me with a big smile.', 'interviewer-smiling', true],
    ['The woman who interviewed me smiled warmly all the way through.', 'interviewer-smiling', true],
  ]);
});
