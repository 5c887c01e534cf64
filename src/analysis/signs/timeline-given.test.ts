import { describe, expect, it } from 'vitest';
import { notesSigns } from './found.case.js';

// The interview's own day dates the notes; only a day for what comes next is a timeline.
const cases: [text: string, expected: boolean][] = [
  ['Had my interview on Monday for the planner job.', false],
  ['Interview at Halden Logistics on Monday 23 Nov for the transport planner job, with Priya.', false],
  ['My interview was on the 3rd of November and it felt fine.', false],
  ['I interviewed on Tuesday with two managers.', false],
  ['Interview with Sam (ops lead) on Thursday, an hour long.', false],
  ['They want me back for a second interview on Friday.', true],
  ['My final interview is on the 12th.', true],
  ['Had my interview on Monday and they said they would decide by Friday.', true],
  ['She said I would hear on Monday.', true],
  ['They are deciding on the 14th of December.', true],
  ['Decision on Friday, apparently.', true],
  // session 25: a weekday of the week after
  ["They said they'd let me know the following Monday.", true],
  ["They said they'd let me know the Friday after.", true],
];

describe('timeline-given and the interview day', () => {
  it.each(cases)('%s → %s', (text, expected) => {
    expect(notesSigns(text).has('timeline-given')).toBe(expected);
  });
});
