import { describe, expect, it } from 'vitest';
import { foundInNotes, hasSign } from './found.case.js';

const has = (text: string) => hasSign(text, 'vague-role-details');

// our own sentences: the job passed over, its detail found wanting, its substance put off
const YES: string[] = [
  // little said, told of the position or as info not got
  'Honestly I learnt very little about the post itself.',
  "I didn't get much detail on the duties at all.",
  // the detail named and found wanting
  'Job specifics were pretty sparse, to be fair.',
  'The information about the day-to-day was patchy at best.',
  // passed over rather than told
  'The manager skated over the duties and moved on to the pension scheme.',
  'Every question about the team got batted away.',
  'When it came to the job itself she was really wishy-washy.',
  'He seemed cagey about the workload.',
  // duties told as unsettled, the kind of job left open, its substance put off
  'She admitted the responsibilities are still up in the air.',
  'He was not sure whether this was a supervisory position at all.',
  'The duties would be explained at a later stage, apparently.',
  // the kind of work asked about, and the shrug
  'I asked what sort of clients I would handle and he said it depends.',
  // the interviewer not knowing what the job is
  "The supervisor didn't really seem to know what the post would involve.",
  'The two of them could not agree on what the job would cover.',
  // the specifics left out or held back
  'There was not one concrete example of the work.',
  'No clarity whatsoever about the duties.',
  "He wouldn't go into the details of the job at this stage.",
  // nothing new learnt, the job never reached, sent back to the advert
  'Honestly, I never learnt anything new about the day-to-day.',
  'We only just touched on the duties before time ran out.',
  'When I pressed him he referred me to the job description.',
  // the writer's verdict on an empty answer, more shrugs after a job question
  'The duties are "whatever the week brings", which tells me precisely nothing.',
  'I asked what success would look like in a year and she said we would cross that bridge later.',
  "I asked about the team and he said 'you'll meet them in due course'.",
  'Asked about the hours and he avoided giving specifics.',
];
const NO: string[] = [
  // the candidate's own vagueness, the advert's, or the role told clearly
  'I skated over my reasons for leaving, which I regret.',
  "I was a bit cagey about my last job's pay.",
  'Details about the job were clear and he showed me the rota.',
  // a doubt about the candidate, not the job
  "She seemed unsure whether I'd be a good fit.",
  // pay and papers put off, not the job
  'Salary will be discussed at a later stage.',
  'I asked what kind of clients they have and she listed three banks and a retailer.',
  // the writer's own not knowing, or a read-up before the interview
  "I didn't learn much about the job before I went in, my fault.",
  'I did not know what the role was called in their system, but she explained it all.',
  // sent to the website for the company, not the job; an empty answer about something else
  "The canteen menu is 'seasonal', which tells me nothing about lunch.",
];

describe('vague-role-details: the job unsaid, passed over, thin, or put off', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  // the rules alone: the learned layer weighs some of these look-alikes on its own, which these cues do not change
  it.each(NO)('does not find it in %j', (text) =>
    expect(foundInNotes('vague-role-details')(text)).toBe(false),
  );
});
