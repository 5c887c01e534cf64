import { describe, expect, it } from 'vitest';
import { hasSign, heardInCall } from '../signs/found.case.js';

const has = hasSign;

// our own lines: silence past the window, said in words the silence list did not know
const FOLLOW_UP: [string, boolean][] = [
  // an inbox that stays dead
  ['Sixteen days on and my inbox is still dead.', true],
  ['Three days on, inbox quiet, they said next week.', false],
  // not one update, not even an automated no
  ['Three weeks later, not a single update from them.', true],
  ['Twelve days and not even an automatic acknowledgement.', true],
  ["Not a single update yet but it's only been two days.", false],
  // a count that has gone by
  ['A month has gone by and nobody got back to me.', true],
  ['A week has passed, nothing yet, but they said within a fortnight.', false],
  // the wait told as a story: spans that went by, a rough date and a dated today
  ['Three more weeks went by and not a word from the bakery.', true],
  ['Weeks went by and still nothing from the agency.', true],
  ['Ten days had passed since the panel and I had heard nothing.', true],
  ['I interviewed in the second week of March and today (4/20) there is still nothing.', true],
  ['Two more weeks went by at the new place before I settled in.', false],
  ['Three days had passed and nothing yet, but they did say two weeks.', false],
  // chased, and no answer came: time has gone by, unless a count or their window says it is early
  ['I rang the office after the interview and nobody would return my calls.', true],
  ['Sent a follow-up email to the recruiter and never got a reply.', true],
  ['They said two weeks. I emailed the recruiter on day four and have not had a reply yet.', false],
  ['I followed up after three days and got nothing back yet.', false],
  ['I emailed a thank-you to the panel and got no reply, which is normal.', false],
  ['I rang HR the day before to confirm the time and nobody answered. The interview itself was fine.', false],
  // silence said as for good, or as still to come
  ['Lovely panel, then I never heard from them again.', true],
  ['The interview was about a month ago and I am yet to hear anything.', true],
  ['It was two days ago and I am yet to hear anything.', false],
  // waiting that ended in giving up, and the day a late answer came against the interview's day
  ['I waited and waited. Nothing. After a month I gave up.', true],
  ['It was a month ago. The final test was hard but I never gave up.', false],
  ['I interviewed on March 3rd and on April 10th got a form rejection, nothing in between.', true],
  ['I interviewed on March 3rd and on March 6th got a rejection.', false],
  // a next-day promise and today's weekday told after it; an earlier round's count before it is no wait
  ["The owner said he'd text me tomorrow. That was last Wednesday, today's Monday. Not a word.", true],
  ["I met the team a fortnight ago. Today the director said I'd hear tonight.", false],
  // a day-by-day diary of nothing, a job advertised again, a company that ghosts
  ["They'd ring on Tuesday. Tuesday came, nothing. Wednesday nothing. It's Friday now.", true],
  ["Said they'd let everyone know. That was three weeks ago and the post has been re-advertised.", true],
  ['The agency ghosts me for a fortnight now after a panel that went fine.', true],
  // a span about the writer's own job search, or a reply that did come, is not employer silence
  ['I was made redundant three months ago; the interview was on Monday and nothing since.', false],
  ['They said a few days. A week later an email came telling me I had not been successful.', false],
  ['They said within five days. Ten days later, nothing, then I heard I did not get the job.', false],
  // the weekday they named, and today's a week on (#3's own example)
  ["They said Friday; it's the following Thursday.", true],
  ["They said Friday; it's the following Thursday and nothing.", true],
  ["Manager said she'd ring me by Saturday. It's now the following Wednesday and nothing.", true],
  ["They said Friday; it's the following Thursday and they called this morning with an offer.", false],
  ["They said Friday; it's the following Monday.", false],
  // no reply said other ways: replies that never came, auto-replies, bounces, no letter
  ["It's been 3 weeks since the interview and they haven't replied to either of my emails.", true],
  ['Interview 3 weeks ago, no letter.', true],
  ['It has been three weeks. Chased twice, got an auto-reply both times.', true],
  ['Two days since, and my thank-you email got an auto-reply. Fine, they said next week.', false],
  // the day of the month they gave, and today's, however it is written
  ['Chair said outcome by Friday 14th. Today is the 21st. Chased Tuesday, auto-reply.', true],
  ["Recruiter: 'HR will be in touch by the 12th' - today = 19th. Nothing.", true],
  ['Outcome by 28th. Today 3rd of next month. Email to recruitment bounced back.', true],
  ['They said by the 20th. Today is the 14th, nothing yet.', false],
  // a window in hours, and counts in working days or weeks and days
  ['The agency promised an answer within 72 hours. It has been nine days.', true],
  ['They promised an answer within 72 hours. It has been one day.', false],
  ['HR said five working days; we are now on 14 working days since the panel.', true],
  ['The recruiter said "ten business days". Eleven business days now and counting.', true],
  ['Two weeks and three days since the assessment. They had said "within a fortnight".', true],
  ['One week and two days since the assessment. They had said "within a fortnight".', false],
  // the count said without its unit, the unit of the window they gave
  ['The panel said three weeks. It has now been six.', true],
  ['The panel said three weeks. It has been two.', false],
  // the weekday they named, and a count or a week on from it
  ['The landlord of the pub said Thursday. That was twelve days ago.', true],
  ['Foreman said Tuesday. That was three Tuesdays ago.', true],
  ['She said she would decide by last Tuesday. It is Monday of the week after now.', true],
  ['Said he would text by Thursday. It is the Thursday after and still no text.', true],
  ['She said Wednesday. It is Tuesday today, so I will wait.', false],
  // dates: the one they gave, or the interview's, against the writer's today
  ['I was told to expect a call by 3 March. Today is 17 March and my phone is silent.', true],
  ['I was told to expect a call by 3 March. Today is 1 March, so there is time.', false],
  ['Interviewed on 9 October. I am writing this on 30 October, still nothing from them.', true],
  ['Panel interview on 12 June. It is now the 29th and not one email.', true],
  ['Panel interview on 12 June. It is now the 14th and not one email yet, they said two weeks.', false],
  ['Interview: the 3rd of the month. Today: the 24th. Nothing.', true],
  // silence said other ways: no one has rung, nobody answering
  ['It was nearly three weeks ago. No one has rung, and the office is not answering.', true],
  ['It was two days ago. No one has rung yet.', false],
  ["Eighteen days since the trial shift and I haven't had a reply.", true],
  // the writer's own plans and acts are not the employer's answer or a count of the wait
  ['They said within a fortnight and it has been ten days. I will chase on day sixteen if need be.', false],
  ['Interview three weeks ago. Nothing since, and I turned down another interview for this one.', true],
  ['My friend thinks it is a no. It has been three weeks with nothing.', true],
  ['Three weeks on they turned me down by email.', false],
  // a silence in the room is not the wait after it
  [
    'It is three weeks since the interview. She paused for ten seconds of silence before each question, which threw me.',
    false,
  ],
  ['Two weeks on. I kept trying to fill the silence after every answer she gave.', false],
  ['It has been two weeks since the interview and still silence from them.', true],
];

describe('no-follow-up: silence and time gone by, in other words', () => {
  it.each(FOLLOW_UP)('%j → %s', (text, expected) => {
    expect(has(text, 'no-follow-up')).toBe(expected);
  });
});

// a late answer told as late, a bracketed count, the writer's own search, a later round told as it went
const LATE_AND_STORY: [string, boolean][] = [
  // an answer that "finally" came, weeks past the date they gave
  [
    'Its been a month since the final interview. They said "2 weeks". Finally got a rejection email yesterday after chasing 3 times.',
    true,
  ],
  [
    "Remember that start-up I interviewed with in August? Finally heard today. A rejection. Ten weeks. They'd told me 'a decision within a fortnight'.",
    true,
  ],
  // "finally" within the window they gave is no wait
  ["They said I'd hear by Friday. Finally heard on Monday: a no.", false],
  ['Interview on Tuesday. Finally got the email this morning, an offer!', false],
  ['They said I would hear in ten days. The rejection letter came seven weeks later.', true],
  ['Nice panel. They wrote to me two months later to say it was a no.', true],
  ['Got the offer three weeks later after the second interview, which was booked straight away.', false],
  ['They said two months for the whole process; the offer email came six weeks later.', false],
  ['HR said I would hear in 3 days. The rota is set (6 days, rotating). Offer came after 2 days.', false],
  [
    "I've been applying for accounting roles for eight months. The interview went badly and I got the rejection yesterday.",
    false,
  ],
];

// the wait told as a diary would: a day named after the one they gave, a later note, a month turned
const DIARY_WAIT: [string, boolean][] = [
  // a weekday after the one they named, short forms too
  ['Promised a call by Thurs. Note added the following Tue: nothing.', true],
  ['They said by Mon. Thurs after next: zip, zilch.', true],
  ['They said by Friday. Another Friday gone and still no reply.', true],
  ['They said by Friday. Thurs after the interview I sent a thank-you note.', false],
  // a later note opening on its own count
  ['Manager said a week at most. -- 4 weeks later. Not answering my calls.', true],
  ['He said they decide within a month. (2 weeks later) nothing yet.', false],
  // a count of weeks and days joined by a sign
  ['No date given at the end. 3 wks + 2 days now, nothing.', true],
  ['They said four weeks. 2 wks + 1 day now, nothing so far.', false],
  // the week of a dated day, then today's date
  ['Interview the week of the 2nd, they said by the 9th. Today is the 27th. Nothing.', true],
  // months in lower case, and the end of one month to the end of the next
  ['interviewed in july and said they would let me know, its october now and nothing', true],
  ['Interview at the end of March. They said soon. Now it is the end of May. No message.', true],
  ['interviewed in july, they said two weeks, its july still and nothing yet', false],
  // "by next Tuesday": the window runs to the week after
  ["Interview on the 2nd; they said by next Tuesday. It's the 12th and nothing yet.", false],
];

describe('no-follow-up: the wait told as diary notes', () => {
  it.each(DIARY_WAIT)('%j → %s', (text, expected) => {
    expect(has(text, 'no-follow-up')).toBe(expected);
  });
});

describe('no-follow-up: late answers and counts that are not the wait', () => {
  it.each(LATE_AND_STORY)('%j → %s', (text, expected) => {
    expect(has(text, 'no-follow-up')).toBe(expected);
  });
});

const CLOSE_AFTER_ROUND: [string, boolean][] = [
  [
    'The second round was where it went wrong. The first half was fine. Then the finance lead took over. He asked about budgets. I answered badly. The room went quiet. At the end she said they would be in touch.',
    true,
  ],
  ['They invited me to a second round next week, and said they would be in touch about the time.', false],
];

describe('no-next-steps: a round told as it went is no timeline', () => {
  it.each(CLOSE_AFTER_ROUND)('%j → %s', (text, expected) => {
    expect(has(text, 'no-next-steps')).toBe(expected);
  });
});

// in a call: the interviewer owning up to a wait past the promised window, or the candidate saying they chased
describe('no-follow-up in a call', () => {
  it('finds the wait owned up to, past the window they gave', () => {
    const s = heardInCall([
      [
        'Dee',
        'Before we start, sorry. We said you would hear within a week and it ended up being nearly four weeks.',
      ],
      ['Sam', 'That is alright, thanks for saying so.'],
    ]);
    expect(s.has('no-follow-up')).toBe(true);
  });
  it('finds the candidate who chased twice and heard nothing', () => {
    const s = heardInCall([
      ['Dee', 'Thanks for picking up.'],
      ['Sam', 'Thanks for calling. I emailed on the third and again last Monday and had not heard anything.'],
    ]);
    expect(s.has('no-follow-up')).toBe(true);
  });
  it('leaves an apology inside the window, and a chase in a story about a supplier', () => {
    const s = heardInCall([
      ['Dee', 'Sorry, we said two weeks and it has been ten days, so we are on time.'],
      ['Sam', 'I chased the supplier twice about the invoice and then we changed supplier.'],
    ]);
    expect(s.has('no-follow-up')).toBe(false);
  });
});

// the writer's own plans and a gathering told as a day are no timeline they gave
const OWN_PLANS: [string, boolean][] = [
  [
    'He wrapped up with "we\'ll be in touch." No day, nothing. I drove home sure I had blown it. Two days later his assistant rang and offered me the job. I said I\'d think about it over the weekend.',
    true,
  ],
  [
    'She closed with "you\'ll hear from HR." I\'ve got an assessment day with a bank next week, so fingers crossed.',
    true,
  ],
  [
    'He finished with "we\'ll be in touch." My sister says he is like that even at the Christmas party.',
    true,
  ],
  ['He wrapped up by saying they would call me on Friday with an answer.', false],
  // a day named after the answer is told is no next step of the interview
  [
    'She stood up and said "great, we\'ll circle back," and left. Four days later I got the rejection email. Brighter news: I\'ve got a call next week with the bakery people again.',
    true,
  ],
  [
    "At the end she said they would decide by Friday. Four days later I got the rejection email. I've got a call next week with the bakery people again.",
    false,
  ],
];

describe("no-next-steps: the writer's own plans are no timeline", () => {
  it.each(OWN_PLANS)('%j → %s', (text, expected) => {
    expect(has(text, 'no-next-steps')).toBe(expected);
  });
});

// a span of the job to come is not time gone by since the interview
describe('no-follow-up: a term of the job is no wait', () => {
  it.each([
    [
      'She said "we\'ll be in touch." No date, nothing. A week later they rang and offered me the post, and they will house me for three months.',
      false,
    ],
    ['She said they would ring within a week. Nothing. I have been waiting for three months now.', true],
    // the answer another application got is no answer to this one
    [
      "The bakery one back in the spring was fine, to be fair. Didn't get it, they took someone internal. This time the manager said he'd ring me Friday. Friday came and went. It's now the Thursday after and nothing.",
      true,
    ],
    [
      "The manager said he'd ring me Friday. Friday came and went. Then on Monday they rang and offered me the job.",
      false,
    ],
  ] as [string, boolean][])('%j → %s', (text, expected) => {
    expect(has(text, 'no-follow-up')).toBe(expected);
  });
});

// "overdue" denied is the wait still inside the window
const OVERDUE: [string, boolean][] = [
  ['They said by the 20th. It is the 24th and the reply is overdue.', true],
  ['They said two weeks. Day 10, nothing yet, and nothing overdue either.', false],
  ["They said two weeks. Day 9. Not even overdue yet, I'm just impatient.", false],
];

describe('no-follow-up: overdue, and overdue denied', () => {
  it.each(OVERDUE)('%j → %s', (text, expected) => {
    expect(has(text, 'no-follow-up')).toBe(expected);
  });
});

// session 16: the date passed, told with who gave it
describe('no-follow-up: the date they gave, passed', () => {
  it.each([
    ['The date the agency gave me passed on Monday and there is still nothing.', true],
    ['The deadline she set came up in conversation, and I have until Friday to send my references.', false],
  ] as [string, boolean][])('%j → %s', (text, expected) => {
    expect(has(text, 'no-follow-up')).toBe(expected);
  });
});
