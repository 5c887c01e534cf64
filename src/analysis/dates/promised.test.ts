import { describe, expect, it } from 'vitest';
import { promisedDatesFrom } from './promised.js';

describe('promisedDatesFrom', () => {
  it('resolves "by Friday" against the interview date', () => {
    const text = "Nice chat. They'll let me know by Friday.";
    const [p] = promisedDatesFrom(text, '2026-03-02'); // a Monday
    expect(p?.date).toBe('2026-03-06');
    expect(text.slice(p!.evidence.start, p!.evidence.end)).toBe(p!.evidence.quote);
  });
  it('resolves "within 10 days"', () => {
    const [p] = promisedDatesFrom('HR will email within 10 days about the second round.', '2026-03-02');
    expect(p?.date).toBe('2026-03-12');
  });
  it('reads OCR damage as meant and quotes the original', () => {
    const text = 'HR wi11 ca11 within 1O days about the second round.';
    const [p] = promisedDatesFrom(text, '2026-03-02');
    expect(p?.date).toBe('2026-03-12');
    expect(p?.evidence.quote).toBe('within 1O days');
    expect(text.slice(p!.evidence.start, p!.evidence.end)).toBe(p!.evidence.quote);
  });
  it('ignores dates that are not about a decision', () => {
    expect(promisedDatesFrom('The role starts on Monday 4 May with induction.', '2026-03-02')).toEqual([]);
  });
  it('skips resolution with no reference date', () => {
    expect(promisedDatesFrom("They'll decide by Friday.", undefined)).toEqual([]);
  });
});

describe('promisedDatesFrom ignores times and durations', () => {
  it.each([
    'They said they would call within 12 hours.',
    'We talked for about 50 minutes and she said they would call.',
    'They will email me at 2pm with the next steps.',
    'He said he would get back to me in the morning.',
  ])('%s', (text) => {
    expect(promisedDatesFrom(text, '2026-11-25')).toEqual([]);
  });

  it('still reads "by the end of next week"', () => {
    const [found] = promisedDatesFrom('She said they would decide by the end of next week.', '2026-11-25');
    expect(found?.date).toMatch(/^2026-12-0[4-6]$/);
  });
});

describe('a weekday named on that same weekday', () => {
  it('means the next one', () => {
    // 2026-11-20 is a Friday
    expect(promisedDatesFrom('She said they would let me know by Friday.', '2026-11-20')[0]?.date).toBe(
      '2026-11-27',
    );
  });
  it('but "today" stays today', () => {
    expect(promisedDatesFrom('They said they would decide today.', '2026-11-20')[0]?.date).toBe('2026-11-20');
  });
});

describe('story time is not a promise', () => {
  it('reads no date in "a week later" or "two days ago"', () => {
    const text =
      'They said they would let me know by Friday.\n\nUpdate, a week later: they rang this morning and offered me the job! Two days ago I had emailed for an update.';
    const dates = promisedDatesFrom(text, '2026-11-25').map((d) => d.evidence.quote);
    expect(dates).toEqual(['Friday']);
  });
});

describe('a promised period is read as the last day it covers', () => {
  // 2026-11-26 is a Thursday
  it.each([
    ["They'll decide by the end of the week.", 'the end of the week', '2026-11-27'],
    ['Decision by end of week, she said.', 'end of week', '2026-11-27'],
    ['They said decision eow.', 'eow', '2026-11-27'],
    ["They'll get back to me within the week.", 'the week', '2026-11-27'],
    ["They said they'd be in touch later this week.", 'later this week', '2026-11-27'],
    ["They'll let me know next week.", 'next week', '2026-12-04'],
    ['She said they would decide by the end of next week.', 'the end of next week', '2026-12-04'],
    ['Decision early next week.', 'early next week', '2026-12-01'],
    ['We should hear back mid next week.', 'mid next week', '2026-12-02'],
    ["They'll decide early next month.", 'early next month', '2026-12-10'],
    ["They'll decide by the end of next month.", 'the end of next month', '2026-12-31'],
    ["They'll let me know in two weeks.", 'in two weeks', '2026-12-10'],
    ["They'll email in a couple of weeks.", 'in a couple of weeks', '2026-12-10'],
    ["They said they'd decide in a fortnight.", 'in a fortnight', '2026-12-10'],
    ['HR will call within 5 working days.', 'within 5 working days', '2026-12-03'],
    // a range to its far end; hours as the days they run into; "Thursday week" a week past the coming one
    ["They'll let me know in a week or two.", 'in a week or two', '2026-12-10'],
    ["They'll decide within 2 to 3 days.", 'within 2 to 3 days', '2026-11-29'],
    ['Next steps within 48 hours.', 'within 48 hours', '2026-11-28'],
    ['Decision in 2 wks.', 'in 2 wks', '2026-12-10'],
    ["They'll call a week on Friday.", 'a week on Friday', '2026-12-04'],
    ["They'll ring Thursday week.", 'Thursday week', '2026-12-03'],
    ["They'll be in touch the week after next.", 'the week after next', '2026-12-11'],
  ])('%s', (text, quote, date) => {
    const found = promisedDatesFrom(text, '2026-11-26');
    expect(found.map((p) => [p.evidence.quote, p.date])).toEqual([[quote, date]]);
    expect(text.slice(found[0]!.evidence.start, found[0]!.evidence.end)).toBe(quote);
  });

  it('"in a month" from the 31st ends on the last day of the shorter month', () => {
    expect(promisedDatesFrom("We'll be in touch in a month.", '2026-01-31')[0]?.date).toBe('2026-02-28');
  });
  it('a week named without a promise is not one', () => {
    expect(promisedDatesFrom('I had a busy week, but they will call next week.', '2026-11-26')).toEqual([
      expect.objectContaining({
        date: '2026-12-04',
        evidence: expect.objectContaining({ quote: 'next week' }),
      }),
    ]);
  });
});

// A day named inside a week is that day, not the week's end (interview on Wednesday 25 November 2026).
describe('promisedDatesFrom reads a day named inside a week', () => {
  it.each([
    ['We will get back to you by Wednesday next week.', 'Wednesday next week', '2026-12-02'],
    ['They will call on Monday next week.', 'Monday next week', '2026-11-30'],
    ['They will let me know next week on Tuesday.', 'next week on Tuesday', '2026-12-01'],
    ['They will decide on Thursday of the following week.', 'Thursday of the following week', '2026-12-03'],
    ['HR will email me Friday this week.', 'Friday this week', '2026-11-27'],
  ])('%s', (text, quote, date) => {
    const found = promisedDatesFrom(text, '2026-11-25');
    expect(found.map((p) => [p.evidence.quote, p.date])).toEqual([[quote, date]]);
    expect(text.slice(found[0]!.evidence.start, found[0]!.evidence.end)).toBe(quote);
  });
  it('leaves a bare "next week" at the week\'s end', () => {
    const [found] = promisedDatesFrom('They said they would call next week.', '2026-11-25');
    expect(found?.date).toBe('2026-12-04');
  });
});

describe('a promise wrapped across lines', () => {
  it('reads "by next⏎Friday" in an email-wrapped note, quoting the original', () => {
    const text = [
      'Second round with the hiring manager, about forty minutes on video. She walked me through the',
      "team's dashboards and the tools they use. At the end she said I would hear from them by next",
      'Friday at the latest. Then we talked about the pace of the launches and the on-call rota here.',
    ].join('\n');
    const found = promisedDatesFrom(text, '2026-11-26');
    expect(found.map((p) => p.date)).toEqual(['2026-12-04']);
    const ev = found[0]!.evidence;
    expect(ev.quote).toBe('next\nFriday');
    expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  });
});

// Said on the week's last working day, "this week" is that day; said over the weekend, it is the
// week ahead (periods.ts, dayOfWeek). 27 November 2026 is a Friday.
describe('"this week" said on a Friday, a Saturday or a Sunday', () => {
  const on = (text: string, day: string): Array<[string, string]> =>
    promisedDatesFrom(text, day).map((p) => [p.evidence.quote, p.date]);
  it.each([
    // Friday: the working week ends today, so word is due today
    ["We'll decide this week.", '2026-11-27', 'this week', '2026-11-27'],
    ["They'll let me know by the end of this week.", '2026-11-27', 'the end of this week', '2026-11-27'],
    ["They'll decide by the end of the week.", '2026-11-27', 'the end of the week', '2026-11-27'],
    ['HR will email me Friday this week.', '2026-11-27', 'Friday this week', '2026-11-27'],
    // "later" and "within" mean after today: the coming week's end
    ["They said they'd be in touch later this week.", '2026-11-27', 'later this week', '2026-12-04'],
    ["They'll get back to me within the week.", '2026-11-27', 'the week', '2026-12-04'],
    // a day of the week already gone is next week's
    ['They will call me Tuesday this week.', '2026-11-27', 'Tuesday this week', '2026-12-01'],
    // Saturday and Sunday: the working week is over, "this week" is the one ahead
    ["We'll decide this week.", '2026-11-28', 'this week', '2026-12-04'],
    ["You'll hear by the end of the week.", '2026-11-28', 'the end of the week', '2026-12-04'],
    ["We'll decide this week.", '2026-11-29', 'this week', '2026-12-04'],
    ["They'll let me know early this week.", '2026-11-29', 'early this week', '2026-12-01'],
    // "next week" from a Friday or a Sunday is the coming working week, as before
    ["They'll let me know next week.", '2026-11-27', 'next week', '2026-12-04'],
    ["They'll let me know next week.", '2026-11-29', 'next week', '2026-12-04'],
  ])('%j on %s', (text, day, quote, date) => {
    expect(on(text, day)).toEqual([[quote, date]]);
  });
  it('a bare weekday named on that weekday is still the next one', () => {
    expect(on('She said they would let me know by Friday.', '2026-11-27')).toEqual([
      ['Friday', '2026-12-04'],
    ]);
  });
});

// chrono dates forward, so "since September" became next September and "last Tuesday" the coming one
describe('a day placed in the past is the story, and the promise beside it is still read', () => {
  it.each([
    ["They said last Tuesday they'd decide by Friday.", [['Friday', '2026-11-27']]],
    ["I haven't heard since September, they said they'd call by Friday.", [['Friday', '2026-11-27']]],
    ["I haven't heard anything since September.", []],
    ['No word since last Tuesday about the decision.', []],
    ["Back on Monday they told me they'd call on Friday.", [['on Friday', '2026-11-27']]],
    ['I applied in September and they said they would decide on Friday.', [['on Friday', '2026-11-27']]],
    // a month still ahead is a promise (its last day: named-periods.ts)
    ["They'll decide in January.", [['in January', '2027-01-31']]],
  ])('%j', (text, expected) => {
    expect(promisedDatesFrom(text, '2026-11-25').map((p) => [p.evidence.quote, p.date])).toEqual(expected);
  });
});

describe('promisedDatesFrom leaves the story its own days', () => {
  it('does not take the day counted from, named in full, for a promise a week on', () => {
    const text =
      'Second round with Harbour Health on Wednesday 18 Nov. They said they would let me know by Friday.';
    const dates = promisedDatesFrom(text, '2026-11-18').map((p) => [p.evidence.quote, p.date]);
    expect(dates).toEqual([['Friday', '2026-11-20']]);
  });

  it('does not carry a day already past into next year', () => {
    // counted from today, 28 Nov, with no interview day known
    const text = 'They said they would decide by 18 Nov and I have heard nothing.';
    expect(promisedDatesFrom(text, '2026-11-28')).toEqual([]);
  });

  it('still reads a day and month a few months ahead', () => {
    const [p] = promisedDatesFrom('They will let me know by 10 Jan, after the holidays.', '2026-11-28');
    expect(p?.date).toBe('2027-01-10');
  });
});

// session 25 (left25): "the following Friday" and "the Friday after" are the Friday of the week after the reference
// day's; "Friday after next" the week after that (as "next Friday" is the next week's)
describe('promisedDatesFrom: a weekday of a later week', () => {
  it.each([
    ['They promised an answer by the following Friday.', '2026-11-10', '2026-11-20', 'the following Friday'],
    ["They said they'd let me know the Friday after.", '2026-11-10', '2026-11-20', 'Friday after'],
    [
      "They said they'd let me know the following Monday.",
      '2026-11-09',
      '2026-11-16',
      'the following Monday',
    ],
    [
      "They said they'd let me know the following Monday.",
      '2026-11-13',
      '2026-11-16',
      'the following Monday',
    ],
    [
      "They said they'd let me know by the following Friday.",
      '2026-11-13',
      '2026-11-20',
      'the following Friday',
    ],
    ["They said they'd let me know Friday after next.", '2026-11-09', '2026-11-27', 'Friday after next'],
  ])('%j said on %s → %s', (text, day, date, quote) => {
    const [p] = promisedDatesFrom(text, day);
    expect(p?.date).toBe(date);
    expect(p?.evidence.quote).toBe(quote);
    expect(text.slice(p!.evidence.start, p!.evidence.end)).toBe(quote);
  });
  it('keeps "the Friday after the interview" in the same week, and "by the following week" as it was', () => {
    expect(
      promisedDatesFrom("They said I'd hear the Friday after the panel meets.", '2026-11-10')[0]?.date,
    ).toBe('2026-11-13');
    expect(promisedDatesFrom("They said I'd hear by the following week.", '2026-11-10')[0]?.date).toBe(
      '2026-11-20',
    );
  });
});
