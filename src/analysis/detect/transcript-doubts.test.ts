import { describe, expect, it } from 'vitest';
import { call, found } from './call.case.js';

// Doubts about the candidate's short stays, put to them in a call (transcript-cues.ts). Our own wordings.
const ANSWER = 'I ran the evening shift at the depot and planned the loads with the transport office.';
const OTHER_DOUBT = "You haven't managed a team on your own.";

describe('raised-concerns: short stays put to the candidate', () => {
  it.each([
    ['a stay restated', 'Your last job, you were there nine months.'],
    ['a stay restated with "only"', 'And at the bakery you were only there six weeks.'],
    ['leaving soon', "You've had the job a year. Why leave so soon?"],
    ['moving on quickly', 'Why move on so quickly?'],
    ['short stays counted', 'Two short stays in a row is something we would ask about.'],
  ])('hears %s, with a second doubt, as concerns', (_, said) => {
    const text = call(
      ['Priya', ANSWER],
      ['Dana', said],
      ['Priya', 'It was a fixed contract.'],
      ['Dana', OTHER_DOUBT],
      ['Priya', 'Not yet.'],
    );
    expect(found(text)).toContain('raised-concerns');
  });
  it.each([
    ['the job offered', "You'd be there six months on placement, then rotate."],
    ['the candidate telling it', 'Priya', 'I was only there six months, the shop closed.'],
    ['a journey', 'Why leave so early in the morning? The trains are fine.'],
    ['a stay of their own', 'I was there three months before I moved here.'],
  ])('does not hear %s as a doubt', (_, ...rest) => {
    const [who, said] = rest.length === 2 ? rest : ['Dana', rest[0]];
    const text = call(
      ['Priya', ANSWER],
      [who!, said!],
      ['Priya', 'Okay.'],
      ['Dana', OTHER_DOUBT],
      ['Priya', 'Not yet.'],
    );
    expect(found(text)).not.toContain('raised-concerns');
  });
});
