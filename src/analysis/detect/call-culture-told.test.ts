import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

describe('culture told in a call, and culture pointed to', () => {
  it('a house rule with a word before it ("we\'ve got a no-shouting rule") and a shared meal are two pieces', () => {
    expect(
      found(
        call(
          ['Priya', 'Nobody was shouting in the kitchen, which surprised me.'],
          [
            'Dana',
            "That's on purpose. We've got a no-shouting rule, and I'll pull someone aside for it. And we eat together at four every day, the whole team.",
          ],
        ),
      ),
    ).toContain('culture-discussion');
  });
  it('"there\'s a section on our values" after a pointer to the careers page is no culture told', () => {
    expect(
      found(
        call(
          ['Priya', "And what's it like working there? Like the culture, how people get on?"],
          ['Dana', "It's all on the careers page. There's a section on our values."],
          ['Priya', 'Oh, I did read that.'],
        ),
      ),
    ).not.toContain('culture-discussion');
  });
});
