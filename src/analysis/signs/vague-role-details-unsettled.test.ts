import { describe, expect, it } from 'vitest';
import { call, found } from '../detect/call.case.js';

// Session 23 (w23-14): an interviewer who says the job is still open in other words, twice or more, told
// little of it. Our own wordings, not lines from that call.
describe('the job said to be unsettled, in a call', () => {
  it('"quite open", "wherever they need it" and "still being decided" are vague-role-details', () => {
    const text = call(
      ['Priya', 'What would the role involve day to day?'],
      ['Dana', "Honestly, it's quite open. The coordinator helps wherever the teams need it."],
      ['Priya', 'Which teams would that be?'],
      ['Dana', "That's still being decided, to be honest."],
    );
    expect(found(text)).toContain('vague-role-details');
  });

  it('an open-plan office, an open door and one shrug are not', () => {
    const text = call(
      ['Priya', 'What is the office like?'],
      ['Dana', "It's quite open plan, and my door is open to anyone. The rota is still being worked out."],
      ['Priya', 'And the duties?'],
      [
        'Dana',
        'You would run the stock room, the deliveries on Tuesdays and the weekly order with our supplier.',
      ],
    );
    expect(found(text)).not.toContain('vague-role-details');
  });
});
