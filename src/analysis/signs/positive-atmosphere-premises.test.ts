import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// The office, the lobby or the café being lovely is the building, not the room the interview was held in.
const found = foundInNotes('positive-atmosphere');

describe('positive-atmosphere: the premises are not the room', () => {
  it('does not find a lovely office', () =>
    expect(
      found('Their office is lovely, all exposed brick and big windows. Then two short questions and out.'),
    ).toBe(false));
  it('does not find a lovely café downstairs', () =>
    expect(
      found(
        'Waited in their café, which was honestly lovely, good cake. The interview was a list of questions.',
      ),
    ).toBe(false));
  it('still finds the interview itself warm', () =>
    expect(
      found('Their office is plain but the interview was so warm and relaxed, I forgot to be nervous.'),
    ).toBe(true));
});
