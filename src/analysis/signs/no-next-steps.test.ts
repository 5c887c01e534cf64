import { describe, it, expect } from 'vitest';
import { hasSign } from './found.case.js';

const has = hasSign;

// our own sentences for each family of a close with no timeline, and the look-alikes that give one
const CASES: [string, boolean][] = [
  // "no info on next steps" and its kin
  ['Pleasant enough chat. No info on next steps.', true],
  ['zero info re next steps, weird.', true],
  ['It was fine, but nothing on what happens next.', true],
  // an answer only once the process is over
  ["Told me I'd hear once they've finished interviewing.", true],
  ['She said they would decide after they have seen the other candidates.', true],
  ['He said I would hear once the process closes.', true],
  // a channel but no day
  ["They said I'd be notified by email.", true],
  ["The recruiter told me I'd hear back.", true],
  ["She said you'll get an email either way.", true],
  ["They said I'd be notified by email by Friday.", false],
  ['He said I would hear back within a week.', false],
  // the polite close that keeps your details
  ['He said "we\'ll keep your details on file".', true],
  ['Got the rejection email, they said they would keep my CV on file.', false],
  // learner English without the auxiliary
  ['After 10 minutes he say ok thank you and I go. No say when they call.', true],
  ['he not tell me when is decision', true],
  ['No say when exactly, but this week.', false],
  // the answer handed elsewhere, with no day
  ['He said the outcome will be posted on the portal.', true],
  ["She said it's with the panel now.", true],
  ["Recruiter said they'd let the agency know.", true],
  ['They told result will be shared within 3-4 working days.', false],
  ['Lovely chat. nobody say me when.', true],
  // "by end of week" is a window
  ["Recruiter said she'd let me know by end of week.", false],
  ['She said she would get back to me by EOD tomorrow.', false],
  // an adverb between the modal and the verb
  ["Manager said they'll probably get back to me.", true],
  ['She said ok we will simply contact you.', true],
  ["He said they'll definitely ring me on Thursday.", false],
  // casual pronouns: "ya", "ye"
  ["Bloke just said 'cheers, we'll let ye know'.", true],
  ["She said we'd let ya know Friday arvo.", false],
  // a department or someone unnamed as the closer
  ["Wrapped up with 'talent acquisition will reach out'.", true],
  ['Finished by saying someone from the people team would be in contact.', true],
  ['Said the recruiting team will reach out next week to book the final.', false],
  // other ways to say the same vague close
  ["Her last words were 'we'll keep you posted'.", true],
  ['The recruiter said they would get in touch.', true],
  ["I told her I'll keep you posted on my notice period.", false],
  ["He promised they'd get in touch on Monday.", false],
  // no timing, said in the passive or as an empty field
  ['Timing was never discussed, oddly.', true],
  ["The next steps weren't even brought up.", true],
  ['Next steps: TBC', true],
  ['Decision date - unknown', true],
  ['Next steps: a case study on Thursday.', false],
  ['The next steps were explained clearly: final round next week.', false],
  // evasive about when, and not knowing what happens from here
  ['He was noncommittal about the timeline.', true],
  ['She was clear about the timeline: two weeks.', false],
  ['Came out with zero clue what happens from here.', true],
  ['They told me exactly what happens from here: a call on Monday.', false],
  // asked about timing, a shrug of a word for an answer
  ["I asked about the timeline and she only said 'hopefully soon'.", true],
  ["I asked about the timeline and she said 'soon, by Friday at the latest'.", false],
  // reported "watch this space"
  ["He grinned and just said 'watch this space'.", true],
  ['Watch this space, I will post an update after my notice period.', false],
  // a call or a line promised, in British, Indian and Nigerian English
  ["She finished with 'we'll give you a bell'.", true],
  ['He said they would drop me a mail.', true],
  ['Sir said HR will intimate you.', true],
  ['Madam say dem go call me.', true],
  ["He said they'll give me a ring on Wednesday.", false],
  ['Oga say dem go call me tomorrow.', false],
  ["I told him I'd drop him a line.", false],
  // "you'll hear from us" with no day
  ["He shook my hand: 'you'll hear from us'.", true],
  ["The coordinator said I'd hear from them.", true],
  ["She said you'll hear from us tomorrow either way.", false],
  ["The coordinator said I'd hear from them within a few days.", false],
  // a window they gave counts wherever it is told, before the vague close
  [
    "Day six now. HR said 'by next Friday'. The panel was three people. They asked about my thesis. " +
      'Then a case study on pricing. Then questions about teamwork. Lunch was nice. ' +
      "I keep replaying the end, he said 'we'll be in touch' and smiled.",
    false,
  ],
  // the writer guessing at a day is not a day they gave
  ["At the end: 'we'll be in touch in due course'. Could mean next week, could mean never.", true],
  // the close as a promise in the progressive, with no day
  ['At the end she said they would be calling me soon about what comes next.', true],
  ['At the end she said they would be calling me on Thursday.', false],
  // "and that was that" after a cut-short is how it was stopped, not a close without a next step
  ['He stopped the interview abruptly halfway through a question, and that was that.', false],
  ['Walked me to the door, shook my hand, and that was that.', true],
  // wondering what the next step is names no step
  ['At the end they said they would let me know soon what the next step is.', true],
  ['At the end they said they would let me know, and the next step is a case study.', false],
];

describe('no-next-steps: families of a close without a timeline', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    expect(has(text, 'no-next-steps')).toBe(expected);
  });
});

// closes added from the released holdout: a step of their own before getting back, other channels,
// the interviewer's own "I'll text you", still seeing others, "talk soon"; and the look-alikes
const MORE_CLOSES: [string, boolean][] = [
  ["At the end he said 'we'll talk it over as a team and get back to you'.", true],
  ['Right at the end they said they would whatsapp me.', true],
  ["The owner just said 'I'll ring you' and showed me out.", true],
  ["The owner just said 'I'll ring you Friday' and showed me out.", false],
  ['At the end the chair said, "we have got a couple more people to see," and thanked me.', true],
  ['At the end she said they have got two more to see and will decide by Wednesday.', false],
  ['He signed off with "great, speak soon."', true],
  ['At the end he said they are still interviewing other candidates.', true],
  ['At the end he said they are still interviewing other candidates and will call by Friday.', false],
  ['Lovely call. He will email the contract over on Monday.', false],
  [
    'Bit of a mixed one. The manager was friendly. The pay was fine. She cut me off before I had finished my answer about the rota.',
    false,
  ],
  ['Twenty minutes in, she just cut the call off.', true],
  ["At the end she said they'd be phoning everybody by five o'clock today.", false],
  ["At the end she said they'd be phoning everybody.", true],
  ['Then at the end: thanks, well be in touch.', true],
  ['When I asked about the team she said "we are all friends". That was all I got about the culture.', false],
];

describe('no-next-steps: more closes without a day', () => {
  it.each(MORE_CLOSES)('%j → %s', (text, expected) => {
    expect(has(text, 'no-next-steps')).toBe(expected);
  });
});

// session 7: the wait-and-see close reported, asking and getting no day, and "that's it" after a brush-off answer
const SESSION_7: [string, boolean][] = [
  ['At the end the owner said "let\'s see how the other interviews go".', true],
  ["The supervisor said they'd see how it goes and shook my hand.", true],
  ["The supervisor said they would call by Friday, and let's see if they do.", false],
  ['Closing line from the manager: "I\'ll have a think and give you a bell."', true],
  ['She finished with "I\'ll pass your details on."', true],
  ['She finished with "I\'ll pass your details on to HR and they will ring you by Wednesday."', false],
  ['He said they would decide after the other candidates.', true],
  ["She said I'd hear once they've spoken to everyone.", true],
  ['I asked whether there was a timeline and the recruiter said she could not say.', true],
  ['I asked about the timeline and she said two weeks, she could not say more about the team.', false],
  ['Thanks and goodbye, not one word on when.', true],
  ['Asked about training and got "you pick it up as you go". That\'s it. Nothing more.', false],
  ['When I asked about the office she said "it\'s an office". That was all.', false],
  ['The panel thanked me, said goodbye, and that was it.', true],
];

describe('no-next-steps: session 7 families', () => {
  it.each(SESSION_7)('%j → %s', (text, expected) => {
    expect(has(text, 'no-next-steps')).toBe(expected);
  });
});

// session 8: closes in learner English (the future said in the present, "will communicate", "what happen next")
// and the next round named as what nobody spoke of
const LEARNER_CLOSES: [string, boolean][] = [
  ["Twenty minutes and done, the manager say 'ok we contact you'.", true],
  ["At the end the director say 'we will communicate with you'.", true],
  ['He stood up and left, nothing about what happen next.', true],
  ['Short call about my notice period. No info about the next round.', true],
  // a day given, or a next round booked
  ["At the end she say 'we call you on Monday'.", false],
  ['She said they will communicate the result by the 14th.', false],
  ['They booked the next round for Thursday before I left.', false],
];

describe('no-next-steps: learner closes and the next round unnamed', () => {
  it.each(LEARNER_CLOSES)('%j → %s', (text, expected) => {
    expect(has(text, 'no-next-steps')).toBe(expected);
  });
});

// session 11: a day that is no day ("monotone", "friendly") and a day of the writer's own (plans, other jobs,
// the story before the interview) do not cancel a vague close; a day they gave still does
const NOT_THEIR_DAY: [string, boolean][] = [
  [
    "The practice lead ran through her list in a monotone and barely reacted. At the end: 'we'll be in touch.'",
    true,
  ],
  ['Decent chat, though he spoke in a monotone. He said they would let me know.', true],
  ["She closed in a friendly way: 'we'll get back to you.'", true],
  ["She closed in a friendly way: 'we'll get back to you on Friday.'", false],
  ['Interview done. At the end he said they would be in touch. Pub quiz tomorrow night?', true],
  ["Her last words were 'we'll call you'. Bit vague. I'll chase them on Monday if I hear nothing.", true],
  ["He wrapped up with 'we'll let you know'. I have another interview this week, at a bank.", true],
  [
    'Applied in March and they rang within a week to set up a call. The call was with the ops lead. ' +
      "She asked about my last job. Then about rotas. She finished with 'we will be in touch'.",
    true,
  ],
  [
    "The close was 'someone will be in touch'. Another firm wants me in on Friday for a trial shift, so fingers crossed there.",
    true,
  ],
  ["The close was 'someone will be in touch'. They want me in on Friday for a trial shift.", false],
  ['At the end he said they would be in touch, and that they want me back on Thursday.', false],
];

describe('no-next-steps: days that are not a timeline they gave', () => {
  it.each(NOT_THEIR_DAY)('%j → %s', (text, expected) => {
    expect(has(text, 'no-next-steps')).toBe(expected);
  });
});

// session 11: more closes with no day (the employer as the closer, the decision handed upward, "once we've
// decided", "shortly", an empty "No date.", nothing said on the way out), each beside a look-alike with a day
const SESSION_11: [string, boolean][] = [
  ["At the end the head of year said 'we'll let everybody know'.", true],
  ["At the end the head of year said 'we'll let everybody know by Thursday'.", false],
  ['Closing bit: the clinic would be in touch, apparently.', true],
  ['Closing bit: the clinic would be in touch on Monday.', false],
  ["Near the end he mentioned he'd need to run it past the owner.", true],
  ["Near the end he mentioned he'd need to run it past the owner this week.", false],
  ["She'll take it to the board and go from there.", true],
  ["I'll run it by my partner before I decide.", false],
  ['Ok call done. No mention of what happens now.', true],
  ['Whole thing lasted twenty minutes. No date.', true],
  ["Manager don't give any date, only say we inform.", true],
  ["I asked when, the answer was 'once we've made a decision'.", true],
  ["She said they'd decide by Friday, once they've made a decision on the budget.", false],
  ['She said I would hear shortly.', true],
  ['She said I would hear shortly, by Wednesday at the latest.', false],
  ["He say 'ok I call you back' and go.", true],
  ["I told him 'ok I call you back' because my bus came.", false],
  ["The owner didn't say anything at the end, just nodded at the door.", true],
  ["She wrapped things up with a quick 'thanks for coming'.", true],
  ["She wrapped things up with a quick 'thanks for coming, we will ring you tomorrow'.", false],
];

describe('no-next-steps: session 11 families', () => {
  it.each(SESSION_11)('%j → %s', (text, expected) => {
    expect(has(text, 'no-next-steps')).toBe(expected);
  });
});

// session 11: a day given as a date, a holiday, a rough count or "later today" cancels the vague close
const DAYS_GIVEN: [string, boolean][] = [
  ["At the end she said they'd let me know on the 23rd.", false],
  ['He said we will be in touch by 4 June.', false],
  ['They said they would ring in about two weeks.', false],
  ["Head of department said she'd let me know after the Easter break... well, after Easter.", false],
  ["The owner said he'd get back to me Tuesday.", false],
  ["She said they'd phone everyone 'later today'.", false],
  [
    "At the end she said they'd let me know. Three more interviews in about two weeks for me though, at other places.",
    true,
  ],
];

describe('no-next-steps: dates, holidays and rough counts are a timeline', () => {
  it.each(DAYS_GIVEN)('%j → %s', (text, expected) => {
    expect(has(text, 'no-next-steps')).toBe(expected);
  });
});

// the ending told as what was missing, "what happens now", and a "no date" the same sentence takes back with a day
const MISSING: [string, boolean][] = [
  ['Forty minutes, then a handshake. No word on what happens next.', true],
  ['She walked me out and nobody said anything about what happens now.', true],
  ['No mention of when they would decide.', true],
  // near misses: the day given after a "but", a day given plainly
  ['No decision date given but the recruiter will ring on Thursday.', false],
  ["Nothing about what happens next except that they'll decide by Monday.", false],
  ['She said what happens now is a second round on the 14th.', false],
];

describe('no-next-steps: the missing ending, taken back by a day', () => {
  it.each(MISSING)('%j → %s', (text, expected) => {
    expect(has(text, 'no-next-steps')).toBe(expected);
  });
});

// real22 round: "at some point" opening a story's moment ("At some point it felt like he was bored") is when
// something happened in the room, not a vague promise of word
describe('no-next-steps: "at some point" telling a moment', () => {
  it.each([
    'At some point it felt like the interviewer did not listen to me.',
    'At some point he was bored, I could tell.',
    'At some point the interviewer asked about my salary.',
  ])('does not find it: %s', (text) => expect(has(text, 'no-next-steps')).toBe(false));
  it.each(["They said they'd let me know at some point.", "At some point they'll call, apparently."])(
    'finds it: %s',
    (text) => expect(has(text, 'no-next-steps')).toBe(true),
  );
});
