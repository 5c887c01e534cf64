import { describe, expect, it } from 'vitest';
import { SECTION_CHARS } from '../detect/sections.js';
import { analyze } from '../index.js';
import type { FoundSign } from '../types.js';
import { GuardReader, INTERVIEWER_DOING, NEVER_ADDED, guardReason, guardedAdditions } from './guard.js';
import { learnedPass, type SignModelData } from './index.js';

const model = (id: SignModelData['id'], w: Record<string, number>): SignModelData => ({
  id,
  bias: -2,
  tau: 0.5,
  nu: 0,
  w,
});
const phone = model('interviewer-disinterest', { phone: 4, glancing: 1 });
const smiling = model('interviewer-smiling', { smiled: 4, 'she smiled': 1 });
const cold = model('negative-body-language', { NOT_smile: 4, smile: 0.5 });

/** What the model adds to `text` (given the rules' signs) and why the guard would drop it. */
function reasonFor(text: string, m: SignModelData, rules: FoundSign[] = []): string | undefined {
  const { added } = learnedPass(text, rules, [m]);
  expect(added.map((a) => a.id)).toEqual([m.id]);
  return guardReason(text, added[0]!, m, rules);
}

const ruleSign = (id: FoundSign['id'], text: string, quote: string): FoundSign => {
  const start = text.indexOf(quote);
  return { id, confidence: 0.8, evidence: [{ quote, start, end: start + quote.length }] };
};

describe('guardReason', () => {
  it('lets a plain addition stand', () => {
    expect(reasonFor('He kept glancing at his phone while I talked.', phone)).toBeUndefined();
    expect(reasonFor('She smiled at every answer.', smiling)).toBeUndefined();
  });

  it('drops an addition from a sentence the writer takes back', () => {
    expect(
      reasonFor('He kept glancing at his phone. Actually no, he was timing my presentation on it.', phone),
    ).toBe('retracted');
    // a narrowing keeps the claim
    expect(reasonFor('He kept glancing at his phone. Well no, only at the start.', phone)).toBeUndefined();
  });

  it('drops an addition told of another interview', () => {
    expect(
      reasonFor(
        'Another place told me on a call that the interviewer had been on his phone the whole time.',
        phone,
      ),
    ).toBe('elsewhere');
  });

  it('drops a negated, worried or self-done anchor, but not one the model read negated itself', () => {
    // the features' negation marking stops at "but"; the rules' scope check reads "anything but"
    const glued = model('interviewer-disinterest', { glued: 4 });
    expect(reasonFor('He was anything but glued to his phone.', glued)).toBe('negated');
    expect(reasonFor('He was glued to his phone.', glued)).toBeUndefined();
    expect(reasonFor('I was worried he would check his phone.', phone)).toBe('worry');
    expect(reasonFor('I smiled the whole way through.', smiling)).toBe('self');
    expect(reasonFor('Panel of four and she did not smile once.', cold)).toBeUndefined();
  });

  it('drops what is supposed rather than seen: a forecast, a condition, "imagine", "in case"', () => {
    const awkward = model('awkward-atmosphere', { awkward: 4, tense: 4 });
    for (const text of [
      'It would be awkward if we fell out, he joked, and we both laughed.',
      "It'd be so awkward if I bumped into him on the first day.",
      'It might get tense if the numbers come up.',
      "It's going to be awkward when they ring with the answer.",
      'Honestly it could be awkward if it goes badly.',
      'I took notes in case it got awkward.',
      'Imagine how awkward that would be.',
      'Working there would be awkward unless the team changes.',
    ])
      expect(reasonFor(text, awkward), text).toBe('supposed');
    for (const text of [
      'It was awkward from the moment I sat down.',
      'The silence after my answer was awkward.',
      'She was tense, and it felt awkward as if she had somewhere else to be.',
      'They warned me to expect a grilling, but it was just awkward.',
      'As expected, it was tense.',
    ])
      expect(reasonFor(text, awkward), text).toBeUndefined();
    // a condition told first, or "what if", is the worry check's: dropped either way
    for (const text of [
      'If it goes badly it will be awkward for everyone.',
      'What if it gets awkward on the first day?',
      'He joked that it might get awkward if I supported the other team.',
    ])
      expect(reasonFor(text, awkward), text).toMatch(/^(?:worry|supposed)$/);
    // habit, ability and the idioms of what was seen are not supposed
    expect(reasonFor('He would check his phone every few minutes.', phone)).toBeUndefined();
    expect(reasonFor('You could tell he was glued to his phone.', phone)).toBeUndefined();
    expect(reasonFor('He might check his phone if I ran over.', phone)).toBe('supposed');
    expect(reasonFor('She would have smiled if she had liked my answers.', smiling)).toBe('supposed');
  });

  it('reads a forecast as the content of a verbal sign, not a supposition', () => {
    const growth = model('future-growth-talk', { progress: 4, progression: 4 });
    expect(reasonFor('She said I would progress to senior within a year.', growth)).toBeUndefined();
    expect(reasonFor('They might fund a masters and there is real progression.', growth)).toBeUndefined();
  });

  it("drops a verbal sign about the interviewer told as the candidate's own doing, with no one else in it", () => {
    const growth = model('future-growth-talk', { training: 4, course: 2, progression: 4 });
    const culture = model('culture-discussion', { culture: 4, values: 4 });
    for (const [text, m] of [
      ['I paid for my course myself, the training paid off.', growth],
      ['I did all my training at night, on my own.', growth],
      ['My own progression plan is to lead a team by thirty.', growth],
      ['I wrote my values on a card and kept it in my pocket.', culture],
    ] as const)
      expect(reasonFor(text, m), text).toBe('self');
    // the candidate's reading before the day is set aside with other preparation (detect/general-talk.ts)
    expect(reasonFor('I read up on the culture before I went.', culture)).toBe('elsewhere');
    for (const [t, mm] of [
      ['When I asked about the culture, she said it was very flat.', culture],
      ['I asked about training and got a full answer.', growth],
      ['I heard all about their training budget.', growth],
      ['They pay for your course and the training is excellent.', growth],
      ['The manager talked me through the progression ladder.', growth],
      ['I loved that he had a whole progression plan for me.', growth],
      ['I asked about progression.', growth],
    ] as const)
      expect(reasonFor(t, mm), t).toBeUndefined();
    // a negative verbal sign is an absence, told by what the candidate asked or does not know
    const vague = model('vague-role-details', { NOT_know: 4, vague: 4 });
    for (const [t, mm] of [
      ['I still do not know what the job is.', vague],
      ['I left with a vague idea of my own hours.', vague],
    ] as const)
      expect(reasonFor(t, mm), t).toBeUndefined();
  });

  it('drops an addition from a sentence the rules read as another sign of the same polarity', () => {
    const text = 'talking slow, no energy, didnt crack a smile or nothing';
    expect(reasonFor(text, cold, [ruleSign('flat-interviewer', text, text)])).toBe('read-by-rules');
    // a sign of the other polarity there, or the same sign elsewhere, does not stand in the way
    expect(reasonFor(text, cold, [ruleSign('culture-discussion', text, 'talking slow')])).toBeUndefined();
    const two = 'It was quiet. The panel did not smile once.';
    expect(reasonFor(two, cold, [ruleSign('flat-interviewer', two, 'It was quiet.')])).toBeUndefined();
    // doubts counted in the sentence are no other reading of its manner words
    const doubts = 'She did not smile once, questioned my figures and doubted I would stay.';
    expect(reasonFor(doubts, cold, [ruleSign('raised-concerns', doubts, doubts)])).toBeUndefined();
  });

  it('never adds the signs whose rules count or tell stock questions from pointed ones', () => {
    const stock = model('generic-questions', { usual: 4 });
    expect(NEVER_ADDED.has('generic-questions')).toBe(true);
    expect(reasonFor('They asked the usual.', stock)).toBe('never-added');
  });

  it('reads the subject check only for signs about the interviewer', () => {
    expect(INTERVIEWER_DOING.has('interviewer-smiling')).toBe(true);
    expect(INTERVIEWER_DOING.has('candidate-nerves')).toBe(false);
  });

  it('reads only a window of sentences around the anchor in a note too long to read whole', () => {
    const filler = 'We talked about the weather for a bit. '.repeat(1_400);
    const text = `${filler}He kept glancing at his phone. Actually no, he was timing my presentation on it.`;
    expect(text.length).toBeGreaterThan(SECTION_CHARS);
    const at = text.indexOf('phone');
    const { section } = new GuardReader(text).at(at);
    expect(section.end - section.start).toBeLessThan(5_000);
    expect(reasonFor(text, phone)).toBe('retracted');
    expect(reasonFor(`${filler}He kept glancing at his phone.`, phone)).toBeUndefined();
  });

  it('reads each section once for several additions', () => {
    const text = 'He kept glancing at his phone. She smiled at every answer.';
    const reader = new GuardReader(text);
    expect(reader.at(5)).toBe(reader.at(40));
  });
});

describe('guardedAdditions', () => {
  it('keeps what passes and drops what does not, in order', () => {
    const text = 'She smiled at every answer. He kept glancing at his phone. Actually no, it was a timer.';
    const { added } = learnedPass(text, [], [smiling, phone]);
    expect(added.map((a) => a.id)).toEqual(['interviewer-smiling', 'interviewer-disinterest']);
    expect(guardedAdditions(text, added, [], [smiling, phone]).map((a) => a.id)).toEqual([
      'interviewer-smiling',
    ]);
    expect(guardedAdditions(text, [], [], [smiling, phone])).toEqual([]);
  });
});

describe('analyze() with the shipped models', () => {
  const ids = (text: string, learned?: false) => {
    const r = analyze(text, learned === false ? { learned } : {});
    return r.ok ? r.value.signs.map((s) => s.id) : [];
  };
  const eyes = 'she rolled her eyes when I mentioned my last employer??';

  it('adds a sign the rules miss, with its sentence as exact evidence; learned: false reads the rules alone', () => {
    expect(ids(eyes, false)).not.toContain('negative-body-language');
    const r = analyze(eyes);
    const added = r.ok ? r.value.signs.find((s) => s.id === 'negative-body-language') : undefined;
    expect(added).toBeDefined();
    for (const ev of added!.evidence) expect(eyes.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it.each([
    [
      'a retraction',
      'she rolled her eyes when I mentioned my last employer. Well, not really, she was squinting at the screen.',
      'negative-body-language',
    ],
    ["the candidate's own doing", 'I smiled and nodded through the whole thing.', 'interviewer-smiling'],
    [
      'a sentence the rules read as flat',
      'talking slow, no energy, didnt crack a smile or nothing',
      'negative-body-language',
    ],
  ] as const)('drops what the model would add from %s', (_, text, sign) => {
    // the model alone would add it: the guard is what keeps it out
    const r = analyze(text, { learned: false });
    const rules = r.ok ? r.value.signs : [];
    expect(learnedPass(text, rules).added.map((a) => a.id)).toContain(sign);
    expect(ids(text)).not.toContain(sign);
  });
});
