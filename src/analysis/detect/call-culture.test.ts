import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

// Session 15: how people treat each other at work, told by the interviewer. Our own wordings.

const ANSWER = 'At the depot I ran the evening shift for two years and planned the loads.';
const told = (...lines: string[]): string =>
  call(
    ['Priya', ANSWER],
    ...lines.flatMap((l): [string, string][] => [
      ['Dana', l],
      ['Priya', 'Okay.'],
    ]),
  );

describe('culture told as how people treat each other', () => {
  it.each([
    [
      'no blame, said outright',
      told('When a load goes wrong we try not to blame people; we look at the process.'),
    ],
    ['blameless reviews', told('Every incident gets a blameless review within the week.')],
    [
      'help each other, and an open door',
      told('People help each other on the heavy days.', "And my door is open, literally, I don't close it."),
    ],
    [
      'nobody works weekends, and anyone can challenge',
      told(
        'Nobody works weekends unless a delivery is late.',
        'And anyone can say a plan is not good enough, me included.',
      ),
    ],
  ])('culture-discussion: %s', (_, text) => {
    expect(found(text)).toContain('culture-discussion');
  });

  it.each([
    ['one habit alone', told('People help each other on the heavy days.')],
    [
      'blame put on the candidate',
      told('I would not blame the drivers for that, I would look at your plan.'),
    ],
    [
      'the candidate says it',
      call(['Priya', 'At my depot nobody works weekends and people help each other.']),
    ],
  ])('not culture-discussion: %s', (_, text) => {
    expect(found(text)).not.toContain('culture-discussion');
  });
});

describe('the culture pointed elsewhere', () => {
  it.each([
    [
      'the values on the careers site',
      "It's a great place to work. There's more about our values on the careers site.",
    ],
    ['the culture deck', "Everyone's great. The culture deck on the website covers most of it."],
  ])('is not culture-discussion: %s', (_, reply) => {
    const text = call(
      ['Priya', 'What is the culture like in the team?'],
      ['Dana', reply],
      ['Priya', 'Okay, thanks.'],
    );
    const signs = found(text);
    expect(signs).not.toContain('culture-discussion');
    expect(signs).toContain('little-company-info');
  });

  it('the culture told, with the handbook named for the details, stays culture-discussion', () => {
    const text = call(
      ['Priya', 'What is the culture like in the team?'],
      [
        'Dana',
        'We work closely, we eat lunch together most days, and nobody works weekends. The handbook has the leave policy.',
      ],
      ['Priya', 'Okay, thanks.'],
    );
    expect(found(text)).toContain('culture-discussion');
  });
});
