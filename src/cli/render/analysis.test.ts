import type { IsoDate } from '../../core/dates.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/index.js';
import { styleFor } from '../style.js';
import { renderAnalysis } from './analysis.js';

const plain = styleFor(false);
const render = (text: string): string => {
  const r = analyze(text);
  if (!r.ok) throw new Error(r.error.message);
  return renderAnalysis(text, r.value, plain, []);
};

describe('renderAnalysis', () => {
  it('says so first when the notes already tell the answer, with their words', () => {
    const out = render(
      'Second interview went fine, a bit stiff. Two days later they rang and offered me the job!',
    );
    expect(out).toContain('What you wrote already answers it');
    expect(out).toContain('offered you the job');
    expect(out).toContain('("offered me the job")');
    expect(out.indexOf('already answers it')).toBeLessThan(out.indexOf('Signs found'));
  });

  it('says nothing of an answer when the notes hope for one', () => {
    const out = render('Fingers crossed they offer me the job, the manager smiled a lot.');
    expect(out).not.toContain('already answers it');
    expect(out).toContain('Signs found');
  });
});

describe('renderAnalysis wraps notes', () => {
  const note =
    'Second round at a logistics firm today, with the ops director and someone from HR. The director was friendly enough but checked his phone twice while I was answering about route planning. HR lady asked the usual stuff - strengths, weaknesses, where do you see yourself in five years.\n\nAt the end she said they would let me know by the end of next week.';
  it('at spaces, keeping every word whole and the marks on their words', () => {
    const out = render(note);
    const body = out.slice(out.indexOf('Second round'), out.indexOf('Signs found'));
    const lines = body.split('\n');
    // each line but the marked ones fits the width; none splits a word
    for (const line of lines)
      expect(line.replace(/\[\[|\]\](\(\d+(,\d+)*\))?/g, '').length).toBeLessThanOrEqual(72);
    const unmarked = body.replace(/\[\[|\]\](\(\d+(,\d+)*\))?/g, '');
    expect(unmarked.split(/\s+/).filter(Boolean)).toEqual(note.split(/\s+/).filter(Boolean));
    expect(lines.find((l) => l.includes('checked his phone'))).toMatch(/\[\[[^\]]*checked his phone/);
    // a quote that runs over two lines is numbered once, where it ends
    const marks = body.match(/\]\]\(\d+(,\d+)*\)/g) ?? [];
    const quotes = (render(note).match(/\[\[/g) ?? []).length;
    expect(marks.length).toBeLessThan(quotes);
    expect(body).toMatch(/\[\[[^\]]*\]\]\n\[\[/);
    expect(lines).toContain('');
  });
});

describe('renderAnalysis with the day the notes give for the interview', () => {
  it('shows that day, and counts the promised dates from it', () => {
    const text = 'Had my interview Monday. They said they would decide by Friday.';
    const r = analyze(text, { interviewDate: '2026-03-02', today: '2026-03-04' });
    if (!r.ok) throw new Error(r.error.message);
    const stated = { date: '2026-03-02', evidence: { quote: 'interview Monday', start: 7, end: 23 } };
    const out = renderAnalysis(text, r.value, plain, [], stated);
    expect(out).toContain('When the interview was\n  "interview Monday" → Mon 2 Mar 2026');
    expect(out).toContain('Dates they mentioned (counted from that day)\n  "Friday" → Fri 6 Mar 2026');
  });
});

describe('renderAnalysis with the round the notes give', () => {
  it('names the stage and format with the words they came from', () => {
    const text = 'Phone screen with the recruiter.';
    const r = analyze(text, { today: '2026-03-04' });
    if (!r.ok) throw new Error(r.error.message);
    const quote = { quote: 'Phone screen', start: 0, end: 12 };
    const out = renderAnalysis(text, r.value, plain, [], undefined, {
      stage: { stage: 'screen', evidence: quote },
      format: { format: 'phone', evidence: quote },
    });
    expect(out).toContain(
      'Which interview it was\n  "Phone screen" → A screening call\n  "Phone screen" → Phone',
    );
  });
});

describe('renderAnalysis with the people the notes name', () => {
  it('says who interviewed, with the words each name came from', () => {
    const text = 'Mark (ops manager) was warm. The HR woman, Claire, was not.';
    const r = analyze(text, { today: '2026-03-04' });
    if (!r.ok) throw new Error(r.error.message);
    const people = [
      { name: 'Mark', evidence: { quote: 'Mark', start: 0, end: 4 } },
      { name: 'Claire', evidence: { quote: 'Claire', start: 42, end: 48 } },
    ];
    const out = renderAnalysis(text, r.value, plain, [], undefined, {}, {}, people);
    expect(out).toContain('Which interview it was\n  "Mark", "Claire" → who interviewed you');
  });
});

describe('renderAnalysis with what the notes say was sent since', () => {
  it('names the thank-you and the check-in with their words and days', () => {
    const text = 'Sent a thank you that evening. Called HR Tuesday, they said still deciding.';
    const r = analyze(text, { today: '2026-03-04' });
    if (!r.ok) throw new Error(r.error.message);
    const out = renderAnalysis(text, r.value, plain, [], undefined, undefined, undefined, [], {
      thankYou: { evidence: { quote: 'Sent a thank you that evening', start: 0, end: 29 } },
      checkIn: {
        on: '2026-03-03' as IsoDate,
        reply: 'holding',
        evidence: { quote: 'Called HR Tuesday, they said still deciding', start: 31, end: 74 },
      },
    });
    expect(out).toContain(
      'What you have sent since\n  "Sent a thank you that evening" → a thank-you note\n  "Called HR Tuesday, they said still deciding" → a check-in, answered "still deciding", Tue 3 Mar 2026',
    );
  });
});

describe('renderAnalysis of a call with nothing to find', () => {
  const vtt = [
    'WEBVTT',
    '',
    '00:00:01.000 --> 00:00:03.000',
    'Nina Cole: Can you hear me?',
    '',
    '00:00:04.000 --> 00:00:06.000',
    'Nina Cole: Let me share my screen.',
    '',
  ].join('\n');
  it('counts one speaker in the singular and speaks of a call, not notes', () => {
    const out = render(vtt);
    expect(out).toContain('WebVTT transcript, 1 speaker.');
    expect(out).not.toContain('1 speakers');
    expect(out).toContain('many calls are just questions and answers');
  });
});
