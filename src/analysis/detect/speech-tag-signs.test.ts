import { describe, expect, it } from 'vitest';
import { notesSigns, signsIn } from '../signs/found.case.js';

// Reported speech reads the same wherever its tag stands: before the words ("she said ..."), after them
// ("..., she said"), around a quote, or as "according to ..." / "... was what she said". Our own sentences.
const BOTH_ORDERS: [string, string, string][] = [
  // growth
  [
    'future-growth-talk',
    'She said most people on the shop floor move up to supervisor within a couple of years.',
    'Most people on the shop floor move up to supervisor within a couple of years, she said.',
  ],
  ['future-growth-talk', 'He told me they promote from within.', 'We promote from within, he told me.'],
  [
    'future-growth-talk',
    'According to the manager, they pay for your level 3 in the first year.',
    'They pay for your level 3 in the first year, according to the manager.',
  ],
  [
    'future-growth-talk',
    'The owner said usually people step up to assistant manager within a year.',
    'Usually people step up to assistant manager within a year, the owner told me.',
  ],
  // role talk, the hire's own future said by the interviewer
  [
    'future-role-talk',
    'The manager said I would be looking after the whole stockroom.',
    'I would be looking after the whole stockroom, the manager said.',
  ],
  ['future-role-talk', "She said I'd be on the tills at first.", "I'd be on the tills at first, she said."],
  [
    'future-role-talk',
    'She said "you\'ll be running the Saturday team from day one".',
    '"You\'ll be running the Saturday team from day one," she said.',
  ],
  // praise
  [
    'achievements-praised',
    'He said my portfolio was one of the strongest he had seen.',
    'My portfolio was one of the strongest he had seen, he said.',
  ],
  [
    'achievements-praised',
    'She told me my project work was really impressive.',
    '"Your project work is really impressive," she told me.',
  ],
  // concerns, twice over as the sign asks
  [
    'raised-concerns',
    "She said she was worried about the gap in my CV and wasn't sure I had enough experience.",
    "She was worried about the gap in my CV and wasn't sure I had enough experience, she said.",
  ],
  // timeline
  ['timeline-given', 'She said they would let me know by Friday.', "We'll let you know by Friday, she said."],
  [
    'timeline-given',
    "He said they'd be in touch by the end of next week.",
    '"We\'ll be in touch by the end of next week," said the manager.',
  ],
  // the role and the company
  [
    'detailed-role-info',
    'He explained the role is mostly reconciliations and month end close.',
    'The role is mostly reconciliations and month end close, he explained.',
  ],
  [
    'culture-discussion',
    'She said the culture is very collaborative and everyone mucks in.',
    'The culture is very collaborative and everyone mucks in, she said.',
  ],
  [
    'culture-discussion',
    'He said they have a very flat structure and everyone has a say.',
    'We have a very flat structure and everyone has a say, he told me.',
  ],
];

describe('reported speech: the same sign with the tag first or last', () => {
  it.each(BOTH_ORDERS)('%s: %s / %s', (sign, first, last) => {
    expect(signsIn(first).has(sign as never)).toBe(true);
    expect(signsIn(last).has(sign as never)).toBe(true);
  });
});

describe("reported speech: someone else's words, or the candidate's own, either way round", () => {
  it.each([
    ['future-growth-talk', 'My friend said they promote from within.'],
    ['future-growth-talk', 'They promote from within, my friend said.'],
    ['future-growth-talk', 'Most people move up within eighteen months, my friend said.'],
    ['future-role-talk', 'I would be looking after the whole stockroom, my friend said.'],
    ['future-growth-talk', "I said I'd love to grow into management."],
    ['future-growth-talk', "I'd love to grow into management, I said."],
  ])('no %s: %s', (sign, text) => expect(signsIn(text).has(sign as never)).toBe(false));
});

describe('reported speech: the tag put last keeps the cue its own limits', () => {
  // the hire supposed, not presumed (the learned layer may still weigh it, so the rules are read alone)
  it.each([
    "I'd be running the Saturday team if I got the job, she said.",
    'I would be looking after the stockroom, I said.',
  ])('no future-role-talk cue: %s', (text) => expect(notesSigns(text).has('future-role-talk')).toBe(false));
});
