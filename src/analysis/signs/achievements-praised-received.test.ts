import { describe, expect, it } from 'vitest';
import { hasSign } from './found.case.js';

const has = (text: string) => hasSign(text, 'achievements-praised');

// our own sentences: praise of the candidate's work told from the receiving end
const YES: string[] = [
  // praise the candidate got
  'I was complimented on my lesson plan by both of them.',
  'got loads of really nice comments on my mock-up',
  'We were congratulated on the stall we had organised for the fundraiser.',
  // praise passed on
  'I was told my report was one of the strongest they had read.',
  'The director commented on how polished my slides were.',
  'The agency said my portfolio really stood out from the pile.',
  // warm about the record, interest in a piece of work, the work probed
  'She was really enthusiastic about my placement year.',
  'The professor showed a keen interest in my dissertation on tidal power.',
  'He kept probing my stock-control spreadsheet for a good ten minutes.',
  // the questions as a heap of their own
  'Tons of questions about the booking app I built, mostly how it handled refunds.',
  'My research poster drew lots of questions from the whole panel.',
  'She followed up on just about every example I gave.',
  // the verdict as what the candidate had done, and a liking for a piece of work
  "The head of year said I'd done sterling work with the reading group.",
  'He said he really liked my site photos from the last job.',
];
const NO: string[] = [
  // the writer's own praise, questions or interest
  'I was positive about my chances walking out.',
  'I had loads of questions about my contract and the holiday allowance.',
  'I took a real interest in their sustainability report.',
  // praise from someone else, elsewhere
  'I got great feedback on my CV from my careers adviser last month.',
  'I was praised for my reports at my last job.',
  // papers, sore points and the job to come
  'Lots of questions about my visa and my notice period.',
  'She was positive about my start date.',
  'Apparently my accent stood out, which was a bit awkward.',
  // the writer's own verdict on how it went
  "I said I'd done a good job and left it there.",
  "Honestly I reckoned I'd done a great job in there.",
];

describe('achievements-praised told from the receiving end', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// real writers (real22 round): the record liked or pleasing, and the interviewer quoted saying so; answers that
// pleased, a denial and the writer's own liking are not praise of the record
describe('achievements-praised: the record liked, pleasing, or praised in a quote', () => {
  it.each([
    'She said she liked my experience.',
    'They seemed pleased with my portfolio.',
    'My work at the Dept of Psychology seemed to please her a lot.',
    'She said, "I like your experience and I think you would be a hard, loyal worker."',
  ])('finds it: %s', (text) => expect(has(text)).toBe(true));
  it.each([
    'He seemed pleased with my answers.',
    "My answers didn't impress them much.",
    'My portfolio did not impress them.',
    'I told her I liked your office, which made no sense.',
  ])('does not find it: %s', (text) => expect(has(text)).toBe(false));
});
