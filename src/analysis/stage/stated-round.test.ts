import { describe, expect, it } from 'vitest';
import { statedRoundFrom } from './stated-round.js';

const stageIn = (text: string) => statedRoundFrom(text).stage?.stage;
const formatIn = (text: string) => statedRoundFrom(text).format?.format;

describe('statedRoundFrom reads the round this interview was', () => {
  it.each([
    ['Final round today with the VP and two leads.', 'final'],
    ['Notes from my second interview: mostly system design.', 'later'],
    ['Quick phone screen with the recruiter, 20 minutes.', 'screen'],
    ['This was the first-round interview with the hiring manager.', 'first'],
    ['Round two went better than I expected.', 'later'],
    ['Did they like me? No idea.\nSecond interview today with the director.', 'later'],
    ['Did the 3rd round this morning.', 'later'],
    ['Second round of interviews today, three people.', 'later'],
    ['My first interview with them went well.', 'first'],
    ['Last round interview at their office.', 'final'],
    // the earlier round is background; the furthest along is this one
    ['Phone screen went fine last week. Today was the final round.', 'final'],
    // a bookkeeper is no booking
    ['Final round for the bookkeeper job today.', 'final'],
  ])('%s', (text, stage) => {
    expect(stageIn(text)).toBe(stage);
  });

  it('quotes the words, at their offsets', () => {
    const text = 'Thoughts. Had my second interview at 10.';
    const found = statedRoundFrom(text).stage;
    expect(found?.evidence.quote).toBe('second interview');
    expect(text.slice(found!.evidence.start, found!.evidence.end)).toBe('second interview');
  });
});

describe('statedRoundFrom leaves other rounds alone', () => {
  it.each([
    'The next round will be the final one.',
    'Next step is a final round with the CEO.',
    'Hoping to reach the final round before Christmas.',
    'If this goes well there is a second interview.',
    'They invited me to a second interview.',
    'The other candidates had a phone screen first.',
    'It was not the final round, they said.',
    'They usually do a phone screen and then an onsite.',
    'I asked about the second round of funding.',
    'The final round of questions was about pay.',
    'We talked about my first job out of college.',
    'Interview went well.',
    'It was my first interview in years and I was rusty.',
    'The second interview question threw me.',
    'The first screen of their app was slow to load.',
    'It was my first interview in French, which was hard.',
    'Was that really the final round?',
    'Recruiter call Monday about the feedback.',
    'Got the email for round 2 this morning!',
    'My flatmate had a second interview at a bank.',
    'Q: what happens next? A: a final round, date to follow.',
    'Q: did they say what is next?\nA: yes, a second interview.',
    'Back at work after years away, my first interview back.',
  ])('%s', (text) => {
    expect(stageIn(text)).toBeUndefined();
  });
});

describe('statedRoundFrom reads how it was held', () => {
  it.each([
    ['Onsite interview at their London office.', 'onsite'],
    ['The onsite was five hours long.', 'onsite'],
    ['Panel interview with four people.', 'panel'],
    ['I sat in front of a panel of five.', 'panel'],
    ['Phone screen with the recruiter.', 'phone'],
    ['Interview was over the phone, lots of static.', 'phone'],
    ['Zoom interview with the team lead.', 'video'],
    ['Met them in person at the cafe.', 'onsite'],
  ])('%s', (text, format) => {
    expect(formatIn(text)).toBe(format);
  });

  it.each([
    'The next round will be onsite.',
    'They work on solar panel installs across the region.',
    'I spoke on a panel discussion last year.',
    "Hopefully I'll get an in-person interview.",
    'Other candidates were flown in for an onsite.',
    'They will tell me the result by phone tonight.',
    'A team of twenty, with six onsite and the rest remote.',
    'The recruiter pitched the onsite role as hybrid.',
  ])('%s reads no format', (text) => {
    expect(formatIn(text)).toBeUndefined();
  });
});

describe('statedRoundFrom: a process set out is not this round', () => {
  it.each([
    'Interview process: phone screen, then a final on-site.',
    'The process is a phone screen, a technical round and an onsite.',
    'Their hiring process has a recruiter screen and a panel interview.',
    'Steps: phone screen -> second round -> final round.',
    'Phone screen, then a panel interview, then an offer call.',
  ])('%s states no round and no format', (text) => {
    expect(statedRoundFrom(text)).toEqual({});
  });

  it('reads the step the notes say was today', () => {
    const text = 'Interview process: phone screen, then a final on-site. The on-site was today.';
    expect(stageIn(text)).toBe('final');
    expect(formatIn(text)).toBe('onsite');
  });

  it('reads a step told as had inside the process sentence', () => {
    expect(stageIn('Interview process: phone screen, second round today, then a final.')).toBe('later');
  });

  it.each([
    ['Phone screen went fine last week. Today was the final round.', 'final'],
    ['Phone screen last week, final round today.', 'final'],
    ['Final round today: a panel, then lunch with the team.', 'final'],
  ])('%s keeps its round', (text, stage) => {
    expect(stageIn(text)).toBe(stage);
  });
});
