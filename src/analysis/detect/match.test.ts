import { describe, expect, it } from 'vitest';
import type { SignId } from '../../core/signs/ids.js';
import { CUE_SIGNS } from '../signs/index.js';
import { detectInNotes } from './run.js';

const has = (text: string, id: SignId) => detectInNotes(text).some((s) => s.id === id);

// judge: a bystander's behaviour is no sign of the interviewer's, even for cues that skip the self check
describe('judge: bystanders and hearsay', () => {
  it.each([
    ['The applicant ahead of me kept typing on his laptop the whole time.', 'interviewer-disinterest', false],
    ['The interviewer kept typing on his laptop the whole time.', 'interviewer-disinterest', true],
    ['The receptionist, arms folded, told me to wait.', 'negative-body-language', false],
    ['The manager sat there, arms folded, while I answered.', 'negative-body-language', true],
    ['My cousin told me the culture there is cutthroat.', 'culture-discussion', false],
    ['She told me the culture there is very collaborative.', 'culture-discussion', true],
  ] as const)('%s → %s %s', (text, id, want) => expect(has(text, id)).toBe(want));
});

// judge: the candidate as the one something was done to is no first-person subject
describe('judge: the passive keeps the interviewer as the doer', () => {
  it.each([
    ['I was rushed through the last section.', 'interviewer-disinterest', true],
    ['We kept getting interrupted by his assistant.', 'interviewer-disinterest', true],
    ['I got put on hold twice while she took other calls.', 'interviewer-disinterest', true],
    ['I was rushing to get my last point in.', 'interviewer-disinterest', false],
    ['I was distracted by the building work outside.', 'interviewer-disinterest', false],
    ['I interrupted her by accident and apologised.', 'interviewer-disinterest', false],
  ] as const)('%s → %s %s', (text, id, want) => expect(has(text, id)).toBe(want));
});

// judge: a quoted reply the candidate got is what the interviewer said, though "I" is the subject
describe('judge: a reply received', () => {
  it.each([
    ['I described my biggest sale and got "fine" in a flat voice.', 'flat-interviewer', true],
    ['I got "great answer" from her twice.', 'achievements-praised', true],
    // what I have is not what I was told
    [
      'I\'ve got "it depends" written in my notes as the thing to ask about next time.',
      'vague-role-details',
      false,
    ],
    ['I got "great answer" written on a sticky note before I went in.', 'achievements-praised', false],
  ] as const)('%s → %s %s', (text, id, want) => expect(has(text, id)).toBe(want));
});

// Cue.notAt is tried with lastIndex at the match's start: without the sticky flag a global regex
// would search on past it (and pass over matches for look-alikes elsewhere), a plain one from 0.
describe('Cue.notAt', () => {
  const withNotAt = CUE_SIGNS.flatMap((sign) =>
    sign.cues.flatMap((cue, i) => (cue.notAt ? [[`${sign.id} #${i}`, cue.notAt] as const] : [])),
  );

  it('is used by some cues', () => expect(withNotAt.length).toBeGreaterThan(0));
  it.each(withNotAt)('%s is sticky', (_, re) => expect(re.sticky).toBe(true));
});
