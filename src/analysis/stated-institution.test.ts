import { describe, expect, it } from 'vitest';
import { statedJobFrom } from './stated-job.js';

const companyIn = (text: string) => statedJobFrom(text).company?.name;

describe('an employer named in lower case by what it is', () => {
  it.each([
    ['Interview at the county library on Tuesday.', 'the county library'],
    ['Had my interview with the council this morning.', 'the council'],
    ['Second round with the local hospital trust, a panel of four.', 'the hospital trust'],
    ['Interview at the council offices, went ok.', 'the council'],
    ['Phone screen with the fire service for the control room job.', 'the fire service'],
    ["Interviewed at the children's hospital yesterday.", "the children's hospital"],
    ['Interview for the district council today.', 'the district council'],
    ['interview at the primary school, then a lesson observation', 'the primary school'],
    ['Interview with the council and the library service together.', 'the council'],
  ])('%s', (text, name) => {
    expect(companyIn(text)).toBe(name);
  });

  it.each([
    // where, not who
    'Interview at the office, three people.',
    'Had my interview at home over Zoom.',
    'Interview at the cafe near the station.',
    'Interview at the hotel bar, very relaxed.',
    // not named: "a school", or the noun describes something else
    'Interview at a school in town.',
    'Interview at the school gates with the head.',
    "Interview at the hospital's main entrance.",
    // another place, or one told in general
    'Interview at the same hospital as last time.',
    'I used to work at the council before this interview.',
    'Lunch at the museum after.',
  ])('no employer: %s', (text) => {
    expect(companyIn(text)).toBeUndefined();
  });

  it('gives way to a capitalised name anywhere in the notes', () => {
    expect(
      companyIn(
        'Interview at the hospital. Second round at St Mary’s next month, interview at Royal Free today.',
      ),
    ).toBe('Royal Free');
  });

  it('quotes the words at their offsets, from "the", with what the name leaves out', () => {
    const text = 'Notes. Second round with the local hospital trust, went fine.';
    const found = statedJobFrom(text).company!;
    expect(found.name).toBe('the hospital trust');
    expect(found.evidence.quote).toBe('the local hospital trust');
    expect(text.slice(found.evidence.start, found.evidence.end)).toBe('the local hospital trust');
  });
});
