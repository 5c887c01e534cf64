import { describe, expect, it } from 'vitest';
import { detectInNotes } from '../detect/run.js';

// Session 20: doubts in wordings from a paraphrase corpus written off the spec (para20-recall20a.jsonl).
// These are our own sentences, not copied from that corpus: two doubts in each YES, and one or none in each NO.
const has = (text: string) => detectInNotes(text).some((s) => s.id === 'raised-concerns');

const YES: string[] = [
  // many doubts in one phrase
  'Honestly it was one criticism after another from the finance director.',
  'The panel challenged me on just about everything I said about the rota.',
  'Every example I gave drew a sceptical look and a "hmm".',
  // the doubts listed after a colon, with the interviewer's own noun
  'His main reservations: my time in retail and the gap after college.',
  // torn apart, then a verdict on the numbers
  'She took my business case apart and said the figures did not add up.',
  // defending the record
  'I had to justify the short contract and then justify why I left nursing.',
  'I was defending my CV the whole time, bit by bit.',
  // the record against the usual hire, and against what they want to see
  "He said they'd normally want three years, and that he'd want to see more client-facing experience.",
  // the fact I have never, said twice
  "She mentioned my age, and then she mentioned I'd never supervised anyone.",
  // verdicts the reported-verdict cue lacks
  'He thought my savings figure sounded too good to be true, and said my role in it was unclear, not hands-on enough.',
  'The manager picked at my stock answer, then at my knowledge of the till system.',
  // doubt on two counts
  'The chef was unconvinced on two counts, speed and consistency.',
  // hang-up and a follow-on question about commitment
  'They got really hung up on my notice period and whether I would take a counter-offer.',
  // a frank opener negates nothing
  'Not gonna lie, she tore my portfolio apart and said my colour choices were dated.',
  // single doubts in other words, two to a note
  "She said she'd hoped for someone with a bookkeeping background. She also remarked on my accent.",
  "He suggested I might be better suited to an agency, and noted I hadn't used their booking system.",
  'The owner was dismissive about my college course and said I was not really what he had in mind.',
  'She wanted to know whether I would get bored, and asked why I was taking a step down from supervisor.',
  "He said the role would be a steep learning curve for me and wasn't impressed that I'd never done payroll.",
  // a doubt raised as a fact, then a second; doubts counted after "concerns"; questioned, then a list
  "The head raised that I'd only covered maternity posts, and then that I had no Year 6 experience.",
  'She said she had a few concerns and went through three of them one by one.',
  'The director grilled me: why I left the bank so soon, whether I had led anyone, how I would handle the board.',
  // learner English, repeated with "but"; a second "why" with a record word
  "He keep asking me 'but you never drive a forklift?'",
  'They asked why my grades are only average and why I changed jobs twice last year.',
];

const NO: string[] = [
  // the writer's own objections and defending
  'I had my objections one after another about the pay, but kept quiet.',
  'I questioned everything in the brief, which they liked.',
  // one doubt only
  'She took my plan apart, then said the rest of it was excellent.',
  'He asked pointedly about my notice period, then moved on happily.',
  // a verdict on someone else's numbers
  'The manager said the supplier figures just do not add up this quarter.',
  // wanting more staff, not more experience from the candidate
  'They need more hands on the weekend shifts.',
  // negated
  'Nobody tore my answers apart; it was all quite gentle.',
  // logistics and the post described, not doubts
  "She mentioned I didn't need to bring my passport, and then asked about parking.",
  'The role needed someone who could drive, which I can.',
  'I think I would be better suited to a smaller team, I told my friend.',
  // one fact raised; questions listed that are no doubts
  'She raised that I would need a DBS check, which is normal.',
  'He asked me: what I enjoy, why I applied, how I heard about them.',
];

describe('raised-concerns: session 20 wordings', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});
