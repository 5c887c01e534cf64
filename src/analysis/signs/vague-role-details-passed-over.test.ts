import { describe, expect, it } from 'vitest';
import { hasSign } from './found.case.js';

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
];

describe('vague-role-details: the job passed over, thin, or put off', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});
