import { describe, it, expect } from 'vitest';
import { timeFrom } from './elapsed.js';

describe('timeFrom: dates, months and counts past the window', () => {
  it.each([
    ['Interview on the 2nd. As of today the 23rd, nothing.', 'sinceDays', 21],
    ["They said they'd decide by the twentieth and today's the twenty second.", 'pastPromiseDays', 2],
    ['they said by the 1Oth. today is the 2lst', 'pastPromiseDays', 11],
    ['That was three and a half weeks ago.', 'sinceDays', 24.5],
    ['We are now three weeks past the "end of the month" she promised.', 'pastPromiseDays', 21],
    ['Second round in June, "we\'ll decide by the end of the month." It\'s September.', 'sinceDays', 90],
    ['Mate, third week of nothing from them.', 'sinceDays', 15],
    ["It's Wednesday week now.", 'sinceDays', 9],
    ['the one week the recruiter promised', 'promisedDays', 7],
    // dates written as digits or with a month name, and today's date heading a diary entry
    ['mon 3/4 - interview at the care home. fri 3/22 - still nothing', 'sinceDays', 18],
    ["Interviewed 2/11, today's 2/27 and nothing.", 'sinceDays', 16],
    ['Interview: 04.03. Today: 22.03. Nothing.', 'sinceDays', 18],
    ['Fri 14 June. Interview was Tues 28 May with the manager.', 'sinceDays', 17],
    ['Interview was on 28 May. Today: 10 June, nothing.', 'sinceDays', 13],
    ['I sat in an interview last month and heard nothing.', 'sinceDays', 21],
    ["last month's interview still hasn't got back to me", 'sinceDays', 21],
    // a weekday given, then the weekday it is now
    ["Recruiter said I'd hear by Wednesday. It's Thursday evening now and nothing.", 'weekdayPastDays', 1],
    ['Said by Friday, it is now Tuesday.', 'weekdayPastDays', 4],
    ["They said Friday; it's the following Thursday and nothing.", 'weekdayPastDays', 6],
    ['She said Monday. It is the next Monday, nothing.', 'weekdayPastDays', 7],
    ["promised end of the month, it's the 6th and still nothing", 'pastPromiseDays', 6],
    ["That was last Thursday week and I've heard nothing.", 'sinceDays', 9],
    // "end of week" without the article is a window
    ["She'd let me know by end of week.", 'promisedDays', 7],
    // a count that has gone by
    ['A month has now passed since the panel.', 'sinceDays', 30],
    ['Two weeks have gone by, nothing.', 'sinceDays', 14],
    // counts standing alone: past thirty, "on", "tomorrow", after a closing quote; a count with no unit before a comma
    ['Thirty-four days. Still waiting.', 'sinceDays', 34],
    ['Six weeks on.', 'sinceDays', 42],
    ['Three weeks tomorrow.', 'sinceDays', 21],
    ['She promised "a week." Twenty-two days, and still no answer.', 'sinceDays', 22],
    ['They said two weeks and it has been six, so I chased.', 'sinceDays', 42],
    // a rough week of a month, for the interview and for today
    ['The panel was the second week of May. It is now July.', 'sinceDays', 60],
    ['He said a decision in ten days. That was mid-March. It is now the last week of May.', 'sinceDays', 60],
    // the day they gave, gone by some time ago
    ['They said by Thursday. That Thursday was ten days ago.', 'pastPromiseDays', 10],
    ['Promised an answer by the end of the month, and the month ended a week ago.', 'pastPromiseDays', 7],
    ['By close of play Friday, she said. It is now Tuesday.', 'weekdayPastDays', 4],
    ["That was the week before last, and they'd said Friday.", 'sinceDays', 9],
    // a next-day promise, with the day told after it
    ["Recruiter said he'd phone tonight. That was Monday and it's Friday now.", 'sinceDays', 4],
    ["Recruiter said he'd phone tonight. That was Monday and it's Friday now.", 'promisedDays', 1],
    ['Ten days have flown by.', 'sinceDays', 10],
    // "over a fortnight" after "been" is time since, not a window
    ["It's been well over a fortnight.", 'sinceDays', 14],
    // spans told as a story, and a rough date then today's
    ['Two more weeks went by.', 'sinceDays', 14],
    ['Ten days had passed since the panel.', 'sinceDays', 10],
    ['Weeks went by.', 'sinceDays', 14],
    ['Interviewed the first week of December; today 1/20 still nothing.', 'sinceDays', 47],
    // hours, working days, weeks and days, a day counted in words
    ['They promised feedback within 48 hrs.', 'promisedDays', 2],
    ["It's been 96 hours and nothing.", 'sinceDays', 4],
    ['I chased at the end of the following week.', 'sinceDays', 9],
    ["It's been 13 working days.", 'sinceDays', 13],
    ['3 weeks 2 days since the panel.', 'sinceDays', 23],
    ['Two weeks and four days since the panel.', 'sinceDays', 18],
    ['Day seventeen since the panel.', 'sinceDays', 17],
    ['Today is the 19th day after the panel.', 'sinceDays', 19],
    // "early next week" is over by its Tuesday
    ['She said early next week.', 'promisedDays', 8],
    // a weekday named with "said", and the weekday weeks on
    ['They said Friday.', 'promisedDays', 9],
    ['They said by last Friday; today is the Friday after.', 'weekdayPastDays', 7],
    ['They said by Monday. It is now the second Monday after.', 'weekdayPastDays', 14],
    ['That was three Thursdays ago.', 'sinceDays', 15],
    ['They said after the bank holiday. That was two weekends ago.', 'sinceDays', 8],
    // dates with a month's name: the one they gave, and today
    ['I would hear by 2 April. Today is 11 April.', 'pastPromiseDays', 9],
    ['They said by Weds 14th. Today is the 16th.', 'pastPromiseDays', 2],
    ['They said by Fri. 14th. Today is the 17th.', 'pastPromiseDays', 3],
    ['That was on 4 May. Today is 20 May.', 'sinceDays', 16],
    ['The interview was on 3 July. Now it is the 25th.', 'sinceDays', 22],
    // a count with the window's unit
    ['They said two weeks. It has been five.', 'sinceDays', 35],
    // a diary or status log: dated lines, the interview told on the line its date heads, bullets, "Oct 8:"
    [
      'Sat 3 May. Interview at the bakery, went ok.\nTue 6 May. Nothing.\nMon 19 May. Still nothing.',
      'sinceDays',
      16,
    ],
    ['Mar 4: interview with the council.\nMar 20: nothing yet.', 'sinceDays', 16],
    ['- 3 Feb: panel interview\n- outcome "by 10 Feb"\n- 21 Feb: chased, no reply', 'pastPromiseDays', 11],
    ['2 July. Interview at the garage.\n30 July. Not a word.', 'sinceDays', 28],
    // session 24: elapsed time told as arithmetic or indirectly
    ['Met the manager three weeks back and nothing since.', 'sinceDays', 21],
    ['A fortnight back I sat the panel.', 'sinceDays', 14],
    ['Five weeks on from the panel. Still nothing.', 'sinceDays', 35],
    ['Week 3 of checking my email every morning.', 'sinceDays', 15],
    ['week 1: fine\nweek 2: still fine\nweek 5: still nothing', 'sinceDays', 29],
    ['I attended interview before 4 weeks and till now no reply.', 'sinceDays', 28],
    ['They said by the end of the month. Today is the 20th of the following month.', 'pastPromiseDays', 20],
    ["They said the 3rd. It's the 11th now.", 'pastPromiseDays', 8],
    ['They said by the 25th. Today is the 2nd of the next month.', 'pastPromiseDays', 7],
    ['Had the interview today. Update: three weeks later, nothing.', 'sinceDays', 21],
    ['The decision was due by the 10th. The 10th was a week ago.', 'pastPromiseDays', 7],
    ['The two weeks she gave me were up on Friday; the fortnight was up days ago.', 'pastPromiseDays', 1],
    ['Panel Tues 9th. Today is Fri 26th.', 'sinceDays', 17],
    ['Wed 20th - interview at the bank\nMon 25th - nothing\nThu 4th - still nothing', 'sinceDays', 14],
    ["Waiting since early September for the council and it's nearly Christmas.", 'sinceDays', 90],
  ] as const)('%j reads %s = %s', (text, key, days) => {
    expect(timeFrom(text)[key]).toBe(days);
  });

  it.each([
    // time that is not time since the interview
    ['after six months I could be a supervisor', 'sinceDays'],
    ['she asked whether it held up six months later', 'sinceDays'],
    ['you will be in charge from your second week of nights', 'sinceDays'],
    ['we brought it in three weeks early', 'promisedDays'],
    ["it's 2 weeks of training first", 'sinceDays'],
    ['She said a decision would be reached by Friday week.', 'sinceDays'],
    ['I applied in may and may hear soon', 'sinceDays'],
    // a start date or a date ahead is not today; a weekday still to come is not past
    ['Interview on 3/4, start date would be 3/15 if I get it.', 'sinceDays'],
    ["It's Monday, they said they'd call Wednesday.", 'weekdayPastDays'],
    ['They said by Friday and it is Friday now.', 'weekdayPastDays'],
    ['Interviewed 2/11, the contract starts 3/1.', 'sinceDays'],
    // a count gone by is time since, not the date they gave passing
    ['A week has passed.', 'pastPromiseDays'],
    ['Two weeks have passed, they said within a month.', 'pastPromiseDays'],
    ["It's been over a fortnight.", 'promisedDays'],
    ['A fortnight has passed.', 'promisedDays'],
    // a count about the writer's own job search
    ['I was laid off three months ago.', 'sinceDays'],
    ['Unemployed for six weeks now.', 'sinceDays'],
    // an hour is no window; a day still to come is no count; nothing heard in weeks is no window
    ['They said they would call in an hour.', 'promisedDays'],
    ["I'll wait until day ten before I chase.", 'sinceDays'],
    ['I have heard nothing in four weeks.', 'promisedDays'],
    ['She asked if I could start on 3 May. Today is 20 April.', 'pastPromiseDays'],
    ['They said two weeks. It has been five days.', 'pastPromiseDays'],
    // a window they gave, not a week gone by
    ["They said they'd let me know by the end of the following week.", 'sinceDays'],
    // hundreds of hours are experience, not a wait ("1,400 hours" flown, volunteering hours)
    ['I have 1,400 hours, mostly instructing, and they said Friday.', 'sinceDays'],
    ['I logged 300 hours of volunteering before applying.', 'elapsedDays'],
    // a dated line that does not tell the interview, and a time of day
    ['Mon 2 June. Sent my application.\nMon 16 June. Nothing.', 'sinceDays'],
    ['Interview at May 10:30 slot, it went fine.', 'sinceDays'],
    // session 24: a count told before an interview said to be today's is of the writer's past
    ['Two weeks ago I had never heard of them. Interviewed this morning, she said next week.', 'sinceDays'],
    // session 24: a count since the application, a span ahead, "back" that is no "ago"
    ["It's been six weeks since I applied, the interview was Tuesday.", 'sinceDays'],
    ['Applied two months ago and only got the call this week.', 'sinceDays'],
    ['They will decide before 2 weeks.', 'sinceDays'],
    ['I must give notice before 4 weeks are up.', 'sinceDays'],
    ['It put us two weeks back to square one.', 'sinceDays'],
    ['The fortnight is up to them really.', 'pastPromiseDays'],
    ['week 2: second interview booked', 'sinceDays'],
    ['Mon 3rd - sent my CV\nFri 21st - still nothing', 'sinceDays'],
  ] as const)('%j has no %s', (text, key) => {
    expect(timeFrom(text)[key]).toBeUndefined();
  });
});

// session 25 (left25): the interview's day told in apposition or an aside, and a weekday promised in a later week
describe('timeFrom: the interview day in apposition', () => {
  it.each([
    ["I had the interview on my birthday, the 4th. Still nothing and it's the 20th now.", 16],
    ["the interview (Tuesday, the 3rd) went fine. it's now the 21st. nothing.", 18],
    ["Had my interview on the Monday, the 2nd. It's the 18th today and still silence.", 16],
    ["My interview was the day after my exam, the 9th. It's the 25th, no call.", 16],
    ["Went in for the panel on pay day, the 28th. It's the 15th of the next month.", 17],
  ])('%j is %d days on', (text, days) => {
    expect(timeFrom(text).sinceDays).toBe(days);
  });
  it.each([
    // a day of something else in apposition, the interview told with "on" first
    "Sent my CV on my birthday, the 2nd. It's the 19th.",
  ])('%j dates no interview', (text) => {
    expect(timeFrom(text).sinceDays).toBeUndefined();
  });
  it('keeps the day told with "on" when it comes first', () => {
    expect(
      timeFrom("Sent my CV on my birthday, the 2nd. The interview was on the 16th, and today's the 19th.")
        .sinceDays,
    ).toBe(3);
  });
});

describe('timeFrom: a weekday promised in a later week', () => {
  it.each([
    ["They said I'd hear the following Friday.", 13],
    ['Decision promised by the Friday after.', 13],
    ["Manager said she'd ring me the following Monday.", 13],
    ['they said friday after next for an answer.', 14],
  ])('%j is a window of %d days', (text, days) => {
    const t = timeFrom(text);
    expect(t.promisedDays).toBe(days);
    // the promised day is not one of the story gone by
    expect(t.sinceDays).toBeUndefined();
  });
  it('still reads a day of the story told as "the following Friday"', () => {
    expect(timeFrom("Promised a call by Tuesday; it's the following Friday now.").sinceDays).toBe(9);
  });
});
