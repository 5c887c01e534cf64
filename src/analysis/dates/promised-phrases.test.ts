/**
 * Decision and follow-up promises as people write them, each with the day a person would take it
 * to mean: the last day the promise covers, counted from the interview. None where no day is
 * given. Bank holidays are skipped only when the text names one ("after the bank holiday",
 * "before Christmas"); "working days" otherwise skip weekends alone (periods.ts).
 *
 * Days used: Wed 25 Nov 2026; Thu 26 Nov; Sat 28 Nov; Fri 18 Dec; Wed 30 Dec; Wed 28 Jan 2026;
 * Fri 6 Mar 2026; Wed 26 Aug 2026 (the summer bank holiday is Mon 31 Aug).
 */
import { describe, expect, it } from 'vitest';
import { promisedDatesFrom } from './promised.js';

const WED = '2026-11-25';
const NONE: string[] = [];

/** The distinct days found, in order: what the new-interview form would offer (one) or ask about (several). */
const daysIn = (text: string, day: string): string[] => [
  ...new Set(promisedDatesFrom(text, day).map((p) => p.date)),
];

describe('promised decision days, as people write them', () => {
  it.each<[string, string, string[]]>([
    // spans of days and weeks
    ['HR will email within 10 working days.', WED, ['2026-12-09']],
    ['I was told to expect a call within three business days.', WED, ['2026-11-30']],
    ["They said they'd decide in a fortnight.", WED, ['2026-12-09']],
    ['Should hear in the next couple of weeks, she said.', WED, ['2026-12-09']],
    ["They'll decide within a week.", WED, ['2026-12-02']],
    ["They'll be in touch in 3-4 weeks.", WED, ['2026-12-23']],
    ["They'll let me know in a week or two.", WED, ['2026-12-09']],
    ['Next steps within 48 hours.', WED, ['2026-11-27']],
    ["They'll call in a few days.", WED, ['2026-11-28']],
    ["They'll decide over the next few weeks.", WED, ['2026-12-16']],
    ['Decision in 2 wks.', WED, ['2026-12-09']],
    ["They'll be in touch the week after next.", WED, ['2026-12-11']],
    // weeks and months by name
    ["They'll let me know by the end of next week.", WED, ['2026-12-04']],
    ["They'll get back to me end of next week.", WED, ['2026-12-04']],
    ['Hear back by mid next week.', WED, ['2026-12-02']],
    ["They'll be in touch early next week.", WED, ['2026-12-01']],
    ["They'll let us know later this week.", WED, ['2026-11-27']],
    ["They'll let me know by the end of the month.", WED, ['2026-11-30']],
    ['Decision by end of month.', '2026-01-28', ['2026-01-31']],
    ["They'll let me know next month.", '2026-01-28', ['2026-02-28']],
    ['Decision mid-December.', WED, ['2026-12-15']],
    ["They'll decide by the end of January.", WED, ['2027-01-31']],
    ["They'll decide in January.", WED, ['2027-01-31']],
    ['Expect to hear by the end of the year.', WED, ['2026-12-31']],
    ["They'll get back to me early in the new year.", WED, ['2027-01-10']],
    ["They'll let me know in the new year.", WED, ['2027-01-31']],
    ['Decision by end of Q1.', WED, ['2027-03-31']],
    ['Decision by end of Q1.', '2026-01-28', ['2026-03-31']],
    ['Decision by the end of Q2.', '2026-03-06', ['2026-06-30']],
    // weekdays
    ["They'll ring me this Friday.", WED, ['2026-11-27']],
    ['Decision by COB Friday.', WED, ['2026-11-27']],
    ['Decision by close of business Thursday.', WED, ['2026-11-26']],
    ["They'll decide by end of play Friday.", WED, ['2026-11-27']],
    ['Results by 5pm Friday.', WED, ['2026-11-27']],
    ['Decision by EOD Monday.', WED, ['2026-11-30']],
    ["They'll call next Monday-ish.", WED, ['2026-11-30']],
    ['Decision next Friday.', WED, ['2026-12-04']],
    ["I'm still waiting; they promised an answer by Tuesday.", WED, ['2026-12-01']],
    ["They'll let me know tomorrow.", WED, ['2026-11-26']],
    // "Thursday week": a week after the coming Thursday (a week today, said on a Thursday)
    ["They'll ring me Thursday week.", WED, ['2026-12-03']],
    ["They said they'd call Thursday week.", '2026-11-26', ['2026-12-03']],
    ["They said they'd call Thursday week.", '2026-11-27', ['2026-12-10']],
    // a weekday said on that weekday is the next one; "this Friday" said on Saturday is the coming one
    ["They'll decide by Wednesday.", WED, ['2026-12-02']],
    ["They'll call me on Wednesday.", WED, ['2026-12-02']],
    ["They'll let me know this Friday.", '2026-11-28', ['2026-12-04']],
    ["They'll let me know by Friday.", '2026-11-28', ['2026-12-04']],
    ['Decision end of next week.', '2026-11-28', ['2026-12-04']],
    // days of the month
    ["They'll decide by the 15th.", WED, ['2026-12-15']],
    ["They'll call on the 1st.", WED, ['2026-12-01']],
    ["They'll let me know on the 3rd of next month.", WED, ['2026-12-03']],
    ["They'll decide on the 3rd of next month.", '2026-01-28', ['2026-02-03']],
    ["They'll decide by December 4th.", WED, ['2026-12-04']],
    ['Decision on 4 December.', WED, ['2026-12-04']],
    ['Feedback by Friday 4th December.', WED, ['2026-12-04']],
    ['I should hear by Friday 27th.', WED, ['2026-11-27']],
    ['They will let me know by the 31st.', WED, ['2026-12-31']],
    // across month and year ends
    ["They'll let me know in two weeks.", '2026-12-18', ['2027-01-01']],
    ['Decision by Friday.', '2026-12-30', ['2027-01-01']],
    ["They'll call by the 5th.", '2026-12-18', ['2027-01-05']],
    ["We'll be in touch within 5 working days.", '2026-12-30', ['2027-01-06']],
    // numeric dates: taken when only one reading can be meant (a part over 12, or only one
    // reading in the next three months); otherwise none
    ["They'll decide by 15/12.", WED, ['2026-12-15']],
    ["They'll decide by 12/15.", WED, ['2026-12-15']],
    ['Decision by 28/11.', WED, ['2026-11-28']],
    ['Decision by 03/12.', WED, ['2026-12-03']],
    ['Decision by 12/01.', WED, NONE],
    ['Decision by 01/12.', WED, NONE],
    // holidays, skipped only when named
    ["We'll be in touch after the bank holiday.", '2026-08-26', ['2026-09-01']],
    ['They hope to let me know before Christmas.', WED, ['2026-12-24']],
    ["They'll decide after Christmas.", WED, ['2026-12-29']],
    ["They'll let me know after Easter.", '2026-03-25', ['2026-04-07']],
    ["They'll get back to me before Easter.", '2026-03-18', ['2026-04-02']],
    // after an event of theirs on a given day: the next working day
    ["They'll decide after their board meets on the 10th.", WED, ['2026-12-11']],
    ["They'll decide after the panel sits on Tuesday.", WED, ['2026-12-02']],
    // past-anchored days are the story, not the promise
    ["They said last Tuesday they'd decide by Friday.", WED, ['2026-11-27']],
    ["I haven't heard since September, they said they'd call by Friday.", WED, ['2026-11-27']],
    ["I haven't heard anything since September.", WED, NONE],
    ['No word since last Tuesday about the decision.', WED, NONE],
    ["Back on Monday they told me they'd decide by the 10th.", WED, ['2026-12-10']],
    // days of things done, told in the past, are the story: chrono would date them forward
    ['I emailed them on Monday about the decision.', WED, NONE],
    ['We spoke on Tuesday about next steps.', WED, NONE],
    ['I chased HR on the 14th for an update.', WED, NONE],
    ['I heard back on Friday.', WED, NONE],
    ['I rang them Monday to ask about the decision.', WED, NONE],
    ['Sent a follow-up email on Tuesday.', WED, NONE],
    ['I left a voicemail on Monday about the decision.', WED, NONE],
    ['I texted the recruiter on Wednesday for an update.', WED, NONE],
    // ...but a promise after the deed, or the deed's words reported, still names a day to come
    ["They said they'd let me know on Monday.", WED, ['2026-11-30']],
    ['I emailed on Monday and they said they would decide by Friday.', WED, ['2026-11-27']],
    ['They called me on Monday to say they would decide by Friday.', WED, ['2026-11-27']],
    ['They emailed to say the decision is Friday.', WED, ['2026-11-27']],
    ["I was told I'd hear back on Friday.", WED, ['2026-11-27']],
    // a step set for a day, or a day named as one to come, after a deed: "booked", "invited"
    ['They rang and booked me in for Monday.', WED, ['2026-11-30']],
    ['Got a call inviting me to a second round next Tuesday.', WED, ['2026-12-01']],
    ['Was told my answers were great 😭 hear back mon.', WED, ['2026-11-30']],
    // ...while "the next day" after a deed is still the story's
    ['They called me the next day with the decision.', WED, NONE],
    // a reported promise, read against the interview day
    ["She said they'd decide by Friday.", WED, ['2026-11-27']],
    // the decision left unsaid: "said" or "know" right before the promise's own "by", "within"
    ['They said by Friday.', WED, ['2026-11-27']],
    ['Recruiter said within two weeks.', WED, ['2026-12-09']],
    ['HR said end of next week.', WED, ['2026-12-04']],
    ["I'll know by Friday.", WED, ['2026-11-27']],
    ['Should know more within a week.', WED, ['2026-12-02']],
    // "said" with a day of the story, not a promise
    ['She said on Monday that the team is growing.', WED, NONE],
    ['He said two weeks ago the team was growing.', WED, NONE],
    ['I know Friday is the busiest day for them.', WED, NONE],
    // no day given
    ["They'll let me know once references are back.", WED, NONE],
    ["They'll let me know.", WED, NONE],
    ["We'll let you know in due course.", WED, NONE],
    ["They'll be in touch soon.", WED, NONE],
    ["They'll decide when the hiring manager is back from leave.", WED, NONE],
  ])('%j said on %s', (text, day, want) => {
    expect(daysIn(text, day)).toEqual(want);
  });
});
