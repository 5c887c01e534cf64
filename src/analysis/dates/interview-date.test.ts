import { describe, expect, it } from 'vitest';
import { statedInterviewDateFrom } from './interview-date.js';

// 2026-11-26 is a Thursday
const TODAY = '2026-11-26';
const dateIn = (text: string, today = TODAY): string | undefined =>
  statedInterviewDateFrom(text, today)?.date;

describe('statedInterviewDateFrom reads the day of the interview', () => {
  it.each([
    ['Interview on 2026-11-20 with the data team.', '2026-11-20'],
    ['Had my interview Tuesday, went fine.', '2026-11-24'],
    ["Some thoughts after yesterday's interview.", '2026-11-25'],
    ['I was interviewed last Friday by two engineers.', '2026-11-20'],
    ['Phone screen on 23 Nov with the recruiter.', '2026-11-23'],
    ['Interview: Monday 23/11, 45 minutes.', '2026-11-23'],
    ['My interview today felt rushed.', '2026-11-26'],
    ['Had my final round with the CTO yesterday.', '2026-11-25'],
    ['Last round was on Monday, a panel of three.', '2026-11-23'],
    // a later round told as done is this interview, not one to come
    ['Had my second interview at Harbour Logistics yesterday.', '2026-11-25'],
    ['Second interview yesterday, three of them.', '2026-11-25'],
    ['My third round was on Monday.', '2026-11-23'],
    // a job's title is no plan, booking or start ("planner", "bookkeeper", "joiner")
    ['Had my final round at Harbour Logistics yesterday for the ops planner job.', '2026-11-25'],
    ['Interview for the bookkeeper role on Monday went fine.', '2026-11-23'],
    ['Had my interview for the joiner job yesterday.', '2026-11-25'],
    // "planning" in a job's name is no plan
    ['Interview on Monday 23 Nov for the planning officer role.', '2026-11-23'],
    // a later round with its whole date, already past, is the round being told
    ['Second round with Harbour Health on Wednesday 18 Nov for the ward clerk job.', '2026-11-18'],
    ['Third interview on 20/11 with the board.', '2026-11-20'],
  ])('%s', (text, date) => {
    expect(dateIn(text)).toBe(date);
  });

  it('quotes the words that state it, at their offsets', () => {
    const text = 'Quick notes. Had my interview Tuesday with Dana.';
    const found = statedInterviewDateFrom(text, TODAY);
    expect(found?.evidence.quote).toBe('interview Tuesday');
    expect(text.slice(found!.evidence.start, found!.evidence.end)).toBe(found!.evidence.quote);
  });

  it('takes a weekday named on a Monday as last week', () => {
    expect(dateIn('Interview on Wednesday went long.', '2026-11-23')).toBe('2026-11-18');
  });

  it('reads the interview, not the promise, in one sentence', () => {
    expect(dateIn("Interview yesterday, they'll let me know by Friday.")).toBe('2026-11-25');
  });
});

describe('statedInterviewDateFrom reads a weekday some weeks back whole', () => {
  it.each([
    ['Interview was Monday two weeks ago, with the hiring manager.', '2026-11-09'],
    ['The interview was on Tuesday last week.', '2026-11-17'],
    ['My interview was the Friday before last.', '2026-11-13'],
    ['Phone screen: Wednesday of last week.', '2026-11-18'],
    ['Had the interview two weeks ago on Thursday.', '2026-11-12'],
    ['Interview was Monday the week before last.', '2026-11-09'],
    // the plain forms keep their reading
    ['Interview was last Monday.', '2026-11-23'],
    ['Interview was Friday.', '2026-11-20'],
  ])('%s', (text, date) => {
    expect(dateIn(text)).toBe(date);
  });

  it('quotes the whole phrase', () => {
    expect(statedInterviewDateFrom('Interview was Monday two weeks ago.', TODAY)?.evidence.quote).toBe(
      'Interview was Monday two weeks ago',
    );
  });

  it.each([
    'Next interview is on Monday two weeks from now.',
    'They will decide on the interview by Friday next week.',
    'Interview was two weeks ago.',
  ])('%s reads no day', (text) => {
    expect(dateIn(text)).toBeUndefined();
  });
});

describe('statedInterviewDateFrom reads a weekday with its day of the month', () => {
  it.each([
    ['Interview Thurs 5th with the ops manager at Harbour Logistics.', '2026-11-05', 'Interview Thurs 5th'],
    ['The panel was on Tuesday the 10th, three of them.', '2026-11-10', 'panel was on Tuesday the 10th'],
  ])('%s', (text, date, quote) => {
    const found = statedInterviewDateFrom(text, TODAY);
    expect(found?.date).toBe(date);
    expect(found?.evidence.quote).toBe(quote);
  });

  it('does not take the weekday alone when the pair never met lately', () => {
    // chrono would read "Fri" as last Friday; a Friday the 5th is not in the last three months
    expect(dateIn('Interview Fri 5th, went ok.')).toBeUndefined();
  });
});

describe('statedInterviewDateFrom leaves other dates alone', () => {
  it.each([
    'They will decide on the interview results by Friday.',
    'Next interview is on Monday with the CTO.',
    'I have another interview on Tuesday at a different company.',
    'I start my notice on Monday, whatever the interview brings.',
    'The second interview is booked for 2 December.',
    'Second interview on Tuesday with the director.',
    'They want a third round on Monday.',
    "They're planning an interview for Monday.",
    'The final round is on Monday with the board.',
    'They said to expect feedback on the interview by Wednesday.',
    'It was a good interview. We talked about the roadmap for March.',
    'Interview went well.',
  ])('%s', (text) => {
    expect(dateIn(text)).toBeUndefined();
  });

  it('reads nothing without a today', () => {
    expect(statedInterviewDateFrom('Interview on 2026-11-20.', undefined)).toBeUndefined();
  });

  it('reads no future day as the interview', () => {
    expect(dateIn('Interview on 2026-12-03 at the office.')).toBeUndefined();
  });
});

describe('statedInterviewDateFrom needs one named day', () => {
  it.each([
    'The panel meets every Thursday to review hires.',
    'I sat in front of a panel of four.',
    'The interview was a paid trial on a Sunday afternoon.',
  ])('%s', (text) => {
    expect(dateIn(text)).toBeUndefined();
  });
});

describe('statedInterviewDateFrom leaves a coming interview alone', () => {
  it.each([
    "I've got an interview on Monday, so I'm practising answers.",
    'My interview is Friday and I am nervous.',
    'Prepping my stories for the interview on Wednesday.',
    'Paid the gas bill on Monday and the interview notes are below.',
    'Five interviews since March and no offers.',
  ])('%s', (text) => {
    expect(dateIn(text)).toBeUndefined();
  });

  it('reads a day and month past a weekday in full', () => {
    expect(dateIn('The interview was on Monday 2 November at their office.')).toBe('2026-11-02');
  });
});

describe('statedInterviewDateFrom: days that belong to something else', () => {
  it.each([
    'Sent my thank-you note the Wednesday after the interview.',
    'Getting my notes ready for my interview on Friday.',
    'Asked to return Wednesday for a deeper technical interview.',
  ])('%s', (text) => {
    expect(dateIn(text)).toBeUndefined();
  });
});

describe('statedInterviewDateFrom: a bare weekday the sentence looks ahead to', () => {
  it.each([
    "Final round on Friday, I'm nervous.",
    'Final round on Friday - so nervous!',
    'Interview on Tuesday, wish me luck.',
    'Phone screen on Monday, prepping my stories tonight.',
    'Final round on Friday. Nervous already.',
    'My interview is on Tuesday.',
    'I have my final round on Friday.',
    'Final round next Tuesday.',
    'Interview tomorrow, so prepping.',
  ])('%s reads no past day', (text) => {
    expect(dateIn(text)).toBeUndefined();
  });

  it.each([
    ['Had my final round on Friday.', '2026-11-20'],
    ['Interviewed Tuesday, it was long.', '2026-11-24'],
    ['Interview on Friday went well.', '2026-11-20'],
    ['Final round on Friday, I was nervous.', '2026-11-20'],
    ["Final round on Friday, I'm nervous about the result.", '2026-11-20'],
    ['Final round on Friday, I think it went ok.', '2026-11-20'],
    ['Final round last Friday, still nervous.', '2026-11-20'],
    ['Final round on Friday. Nervous wait for the call.', '2026-11-20'],
  ])('%s keeps its past day', (text, date) => {
    expect(dateIn(text)).toBe(date);
  });
});

describe('statedInterviewDateFrom reads a dateline: the day in a clause of its own', () => {
  it.each([
    ['Interview with Brightwater Logistics for the ops planner job, Tuesday 24 Nov.', '2026-11-24'],
    ['Brightwater interview, 24/11.', '2026-11-24'],
    ['Phone screen with the recruiter at Hollin & Rye (senior paralegal), on 23 November.', '2026-11-23'],
    ['Panel interview at the council for the housing officer post, Monday. Went ok.', '2026-11-23'],
  ])('%s', (text, date) => {
    expect(dateIn(text)).toBe(date);
  });

  it('reads the dateline of a later round already past', () => {
    expect(dateIn('Second interview with the director, Tuesday 24 Nov.')).toBe('2026-11-24');
  });

  it('quotes the day alone', () => {
    const text = 'Interview with Brightwater Logistics for the ops planner job, Tuesday 24 Nov.';
    expect(statedInterviewDateFrom(text, TODAY)?.evidence.quote).toBe('Tuesday 24 Nov');
  });

  it.each([
    // the day belongs to something else in the sentence, or lies ahead
    ['Interview went fine, they will call Friday.'],
    ['Second interview with the director, Tuesday 1 Dec.'],
    // a later round's bare weekday could be one still to come
    ['Second interview with the director, Tuesday.'],
    ['Interview at Brightwater, Monday, I am so nervous.'],
    ['Interview with Brightwater on the ops team, 9 people and a 24/7 rota.'],
    // a day with more in its clause is not a dateline
    ['Interview with Brightwater, Tuesday was a bad day for it.'],
  ])('none in %s', (text) => {
    expect(dateIn(text)).toBeUndefined();
  });
});

describe('a bare weekday in notes written weeks later', () => {
  // 2026-11-26 is a Thursday
  it.each([
    ['Had my interview on Tuesday. She said the end of next week. That was three weeks ago.', '2026-11-03'],
    ["Interview Tuesday with the library panel. It's been 10 days and nothing.", '2026-11-17'],
    // a span since another deed, or a weekday placed by "last", stays the latest one
    ["Interview Tuesday with the library panel. It's been a week since I emailed.", '2026-11-24'],
    ['I applied two months ago and had the interview on Tuesday.', '2026-11-24'],
  ])('%s', (text, date) => {
    expect(dateIn(text)).toBe(date);
  });

  it('counts the promise from the day moved back', () => {
    const text = 'Had my interview on Tuesday. She said the end of next week. That was three weeks ago.';
    expect(statedInterviewDateFrom(text, TODAY)?.evidence.quote).toBe('interview on Tuesday');
  });
});

describe('statedInterviewDateFrom reads a day of the month told alone', () => {
  // 2026-11-20 is a Friday
  const today = '2026-11-20';
  it.each([
    [
      'Had the interview on my birthday, the 4th. Still nothing.',
      '2026-11-04',
      'interview on my birthday, the 4th',
    ],
    ['The interview (the 9th) went fine.', '2026-11-09', 'interview (the 9th'],
    ['The interview (Tuesday, the 3rd) went fine.', '2026-11-03', 'interview (Tuesday, the 3rd'],
    ['Interview on the 27th, they said a week.', '2026-10-27', 'Interview on the 27th'],
  ])('%s → %s', (text, date, quote) => {
    const got = statedInterviewDateFrom(text, today);
    expect(got?.date).toBe(date);
    expect(got?.evidence.quote).toBe(quote);
  });

  it.each([
    // still to come, told in the present or looked ahead to
    'My interview is on the 4th.',
    'I have an interview on the 24th, wish me luck',
    'My interview is on Friday, the 4th.',
    // the day is not the end of its phrase
    'Had the interview, the 4th was the deadline.',
    // a promise, not the day
    'After the interview they said I would hear by the 25th.',
    // with a month, chrono reads it whole (and a weekday with it is read as a pair or not at all)
  ])('%s gives no day of the month alone', (text) => {
    expect(statedInterviewDateFrom(text, today)?.date).toBeUndefined();
  });

  it('leaves a month given with the day to chrono', () => {
    expect(statedInterviewDateFrom('Interview on the 4th of November, went ok.', today)?.date).toBe(
      '2026-11-04',
    );
  });

  it('does not read the day alone from a weekday pair that never met', () => {
    // no Friday the 5th in this month or the two before
    expect(statedInterviewDateFrom('Interview Fri 5th, went ok.', today)?.date).not.toBe('2026-11-05');
  });
});
