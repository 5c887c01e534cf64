import { describe, expect, it } from 'vitest';
import type { DeliveryMetrics, Transcript, Turn } from '../types.js';
import { deliveryGuidance, deliveryMetrics } from './index.js';
import { laidOutNextSteps, roleTalkShare } from './interviewer.js';
import { fillerCount, movingTypeTokenRatio, weAndICounts, wordsOf } from './words.js';

function transcriptOf(turns: [string, string, number?, number?][], candidate = 'Cat'): Transcript {
  const ts: Turn[] = turns.map(([speaker, text, startSec, endSec]) => {
    const t: Turn = { speaker, text, spans: [] };
    if (startSec !== undefined) t.startSec = startSec;
    if (endSec !== undefined) t.endSec = endSec;
    return t;
  });
  return {
    format: 'plain-speaker',
    turns: ts,
    speakers: [...new Set(turns.map((t) => t[0]))],
    candidate: { name: candidate, how: 'given', confidence: 1 },
    warnings: [],
  };
}

describe('words', () => {
  it.each([
    ['Um, I think, uh, it was fine.', 2],
    ['It was, like, really hard. Like, I froze.', 2],
    ['I like Python and would like, if possible, to use it.', 0],
    ['We shipped it, you know, on time. You know Python?', 1],
    ['I mean, it went okay. I mean what I say.', 1],
    ['It was kind of rushed and sort of messy.', 2],
    ['What kind of team is it? This sort of work suits me.', 0],
    ['Erm. Hmm. Er, yes.', 3],
  ])('fillers in %j = %i', (text, n) => {
    expect(fillerCount(text)).toBe(n);
  });

  it('counts we and I word classes', () => {
    expect(weAndICounts(wordsOf("We built it; I'm proud of our work and my part. Us too, I’d say."))).toEqual(
      { we: 3, i: 3 },
    );
  });

  it('moving TTR does not punish length the way plain TTR does', () => {
    const vocab = Array.from({ length: 80 }, (_, i) => `w${i}`);
    const long = Array.from({ length: 2000 }, (_, i) => vocab[(i * 7) % 80] as string);
    const plainTtr = new Set(long).size / long.length;
    expect(plainTtr).toBeLessThan(0.05);
    expect(movingTypeTokenRatio(long)).toBeGreaterThan(0.9);
    expect(movingTypeTokenRatio(['a', 'a', 'b', 'b'])).toBe(0.5);
    expect(movingTypeTokenRatio(Array.from({ length: 100 }, () => 'same'))).toBeCloseTo(1 / 50);
  });
});

describe('interviewer side', () => {
  it.each([
    ["I'll set up the final round with our CTO next week.", true],
    ["You'll hear from me by Friday either way.", true],
    ['The recruiter will email you within two days.', true],
    ["Thanks so much. We'll be in touch.", false],
    ["We'll let you know in due course.", false],
    ['What are you hoping to do next week?', false],
    ['Next week is busy for me.', false],
  ])('%j → next steps %s', (text, expected) => {
    expect(laidOutNextSteps([text])).toBe(expected);
  });

  it('role talk share counts sentences about the role, not questions', () => {
    expect(roleTalkShare(['The team is five people and the stack is Go.'])).toBe(1);
    expect(roleTalkShare(["What's your favourite stack? Tell me more."])).toBe(0);
    expect(roleTalkShare(['Our team ships weekly. Anyway, how was your weekend off?'])).toBeCloseTo(4 / 10);
  });
});

describe('deliveryMetrics', () => {
  it('is undefined without a candidate', () => {
    const t = transcriptOf([['Ann', 'Hello there.']]);
    expect(deliveryMetrics({ ...t, candidate: undefined })).toBeUndefined();
  });

  it('computes shares, pace and end-of-call questions from a timed transcript', () => {
    const t = transcriptOf([
      ['Ann', 'Welcome. Tell me about your last role?', 0, 5],
      [
        'Cat',
        'I ran the front desk at a busy hotel, and we cut check-in times by a third over one summer.',
        6,
        18,
      ],
      ['Ann', 'Great. The role here is on the night team. Any questions?', 19, 26],
      ['Cat', 'Yes. How many people are on the night team usually?', 27, 35],
      ['Ann', "Four. I'll email you by Friday about the next round.", 36, 40],
    ]);
    const m = deliveryMetrics(t) as DeliveryMetrics;
    // "check-in" counts as two words.
    const catWords = 21 + 10;
    const annWords = 7 + 11 + 10;
    expect(m.candidateTalkShare).toBeCloseTo(catWords / (catWords + annWords));
    expect(m.wordsPerMinute).toBeCloseTo((catWords / 20) * 60);
    expect(m.longestAnswerWords).toBe(21);
    expect(m.askedQuestionsAtEnd).toBe(true);
    expect(m.interviewerLaidOutNextSteps).toBe(true);
    expect(m.weToIRatio).toBeCloseTo(1.5 / 1.5);
    expect(m.fillersPer100Words).toBe(0);
  });

  it('omits pace without timings and finds no end questions when the candidate only answered', () => {
    const t = transcriptOf([
      ['Ann', 'Why this job?'],
      ['Cat', 'Um, I like, um, people.'],
      ['Ann', 'Thanks. We will be in touch.'],
    ]);
    const m = deliveryMetrics(t) as DeliveryMetrics;
    expect(m.wordsPerMinute).toBeUndefined();
    expect(m.askedQuestionsAtEnd).toBe(false);
    expect(m.interviewerLaidOutNextSteps).toBe(false);
    expect(m.fillersPer100Words).toBeCloseTo((100 * 2) / 5);
  });
});

describe('deliveryGuidance', () => {
  const base: DeliveryMetrics = {
    candidateTalkShare: 0.55,
    fillersPer100Words: 1,
    weToIRatio: 0.8,
    uniqueWordRatio: 0.75,
    longestAnswerWords: 120,
    askedQuestionsAtEnd: true,
    interviewerRoleTalkShare: 0.3,
    interviewerLaidOutNextSteps: true,
  };
  const ids = (m: DeliveryMetrics): string[] => deliveryGuidance(m).map((t) => t.id);

  it('gives only the talk-share and filler notes when nothing stands out', () => {
    expect(ids(base)).toEqual(['talk-share', 'fillers']);
    expect(deliveryGuidance(base)[0]?.text).toContain('55%');
  });

  it('says "no filler words" rather than "few (about 0)" when none showed up', () => {
    const fillers = (n: number) =>
      deliveryGuidance({ ...base, fillersPer100Words: n }).find((t) => t.id === 'fillers');
    expect(fillers(0)?.text).toMatch(/^No filler words showed up\./);
    expect(fillers(0)?.text).not.toContain('about 0');
    expect(fillers(1)?.text).toContain('Few filler words showed up (about 1 per 100 words)');
  });

  it('adds tips for the things that stand out', () => {
    const tips = ids({
      ...base,
      candidateTalkShare: 0.85,
      wordsPerMinute: 200,
      fillersPer100Words: 6,
      weToIRatio: 0.1,
      uniqueWordRatio: 0.5,
      longestAnswerWords: 420,
      askedQuestionsAtEnd: false,
    });
    expect(tips).toEqual([
      'talk-share',
      'pace',
      'fillers',
      'we-and-i',
      'vocabulary',
      'long-answer',
      'questions-at-end',
    ]);
  });

  it('never grades', () => {
    const all = deliveryGuidance({
      ...base,
      candidateTalkShare: 0.2,
      wordsPerMinute: 90,
      fillersPer100Words: 9,
      weToIRatio: 0,
      uniqueWordRatio: 0.3,
      longestAnswerWords: 900,
      askedQuestionsAtEnd: false,
    });
    for (const tip of all) expect(tip.text).not.toMatch(/\b(score|grade|fail(ed)?|bad|poor|wrong)\b/i);
  });
});
