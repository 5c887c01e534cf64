import { describe, it, expect } from 'vitest';
import { call, found } from '../detect/call.case.js';

// Session 19: "training" in a call is growth when it is offered to the hire, not when it is the start of the
// job or one of its duties (z-transcripts and v-transcripts, odd ids). Our own wordings.

const ANSWER =
  'At the depot I ran the evening shift for two years, planned the loads with the transport office and trained the new pickers on the scanners.';

const twoSaid = (first: string, second: string) =>
  call(['Priya', ANSWER], ['Dana', first], ['Priya', 'Right, thank you.'], ['Dana', second]);

describe('training as the start of the job or one of its duties is not growth', () => {
  it.each([
    [
      'a training period, then after training',
      "There's a training period at the start, two weeks.",
      'After training you go onto the late shift.',
    ],
    [
      'duties listed with training',
      'The post covers the rotas, the training and the complaints.',
      'You would handle the recruitment, training and deployment of the casual staff.',
    ],
    [
      // session 23 (w23-15): studies the job runs are research, not study for the hire
      'research studies the job runs',
      'The researcher plans and runs about two studies a month, mostly usability tests.',
      'Your portfolio had the checkout study for the banking app. Walk me through it.',
    ],
    [
      'a record and a rate',
      'We keep a training record for every picker.',
      "It's a training rate for the first month.",
    ],
  ])('not future-growth-talk: %s', (_, first, second) => {
    expect(found(twoSaid(first, second))).not.toContain('future-growth-talk');
  });

  it.each([
    [
      'training offered and a qualification',
      "There's plenty of training here.",
      'And a qualification too if you want one.',
    ],
    ['a course and certification', 'We can look at a course for you.', 'The certification is worth having.'],
    ['study offered', 'We give everyone a study day a month.', 'And further study is funded after a year.'],
  ])('future-growth-talk: %s', (_, first, second) => {
    expect(found(twoSaid(first, second))).toContain('future-growth-talk');
  });
});
