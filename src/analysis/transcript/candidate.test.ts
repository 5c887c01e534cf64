import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index.js';

const guessed = (lines: string[]): string | undefined => {
  const r = parseTranscript(lines.join('\n'));
  return r.ok ? r.value.candidate?.name : undefined;
};

describe('guessing the interviewee from how people talk', () => {
  it('an interviewer reading questions out flat, then a candidate with a list of questions', () => {
    const lines = [
      'Jo Platt: Hiya. I am Jo, I run the warehouse.',
      'Sam Reyes: Hi Jo. Nice to meet you, I am Sam.',
      'Jo Platt: Right. Why do you want this job.',
      'Sam Reyes: I have done picking for two years and I want to lead a team now.',
      'Jo Platt: Okay. Tell me about a time you sorted out a problem.',
      'Sam Reyes: When the scanner broke I kept my shift going on paper lists.',
      'Jo Platt: Right. What would you do with a late starter.',
      'Sam Reyes: I would talk to them first and find out why.',
      'Jo Platt: Okay. Have you got any questions.',
      'Sam Reyes: Is it days or nights? How big is a shift? Is there a handover? What does the pay start at?',
      'Jo Platt: Depends. Could be both.',
    ];
    expect(guessed(lines)).toBe('Sam Reyes');
  });

  it('a panellist who only takes notes is not the candidate', () => {
    const lines = [
      'Ola Berg: Morning both, sorry, my train was late and I ran here.',
      'Kim Shaw: Morning Ola! No rush at all. This is Dev from our people team, just taking notes today.',
      'Dev Patel: Hello, ignore me.',
      'Kim Shaw: So, what did you make of our shop on the high street?',
      'Ola Berg: I liked it. The window was great but I queued for ages, so I would look at the tills first.',
      'Kim Shaw: We hear that a lot. Our busiest hours are at lunch and we are short then.',
      'Ola Berg: At my last place I moved my breaks off lunch and it helped a lot, my queue times halved.',
      'Kim Shaw: That is great. What else would you like to ask us?',
      'Ola Berg: How many shops would I look after? And who would I report to?',
      'Kim Shaw: Six shops, and you would report to me.',
      'Dev Patel: We will be in touch by Thursday.',
    ];
    expect(guessed(lines)).toBe('Ola Berg');
  });

  it('a speaker the meeting tool marks as a guest is the candidate', () => {
    const lines = [
      'Lena Vogt: Hello. Your last project, the billing one, then.',
      'Ravi Iyer (Guest): Sure, we rebuilt the billing service and we cut failures. Is that the one?',
      'Lena Vogt: Yes. And your part in it.',
      'Ravi Iyer (Guest): I led the move to queues. What does your team use for queues?',
      'Tom Hale: We use Kafka. Why do you ask?',
      'Ravi Iyer (Guest): We had trouble with ordering, so I wondered how you handle it?',
      'Lena Vogt: We partition by account. Any other questions for us?',
    ];
    expect(guessed(lines)).toBe('Ravi Iyer (Guest)');
  });
});

describe('on the readable call sets', () => {
  const C = new URL('../../../test/fixtures/corpus/', import.meta.url);
  const odd = (id: string) => Number(id.slice(1)) % 2 === 1;
  const sets: [string, (id: string) => boolean][] = [
    ['transcripts', () => true],
    ['holdout-transcripts', () => true],
    ['holdout-c-transcripts', () => true],
    ...['f', 'g', 'h', 'i', 'm', 'r', 't'].map((r): [string, (id: string) => boolean] => [
      `${r}-transcripts`,
      odd,
    ]),
  ];
  it('guesses the candidate in nearly every call', () => {
    let right = 0;
    let all = 0;
    for (const [dir, keep] of sets) {
      const base = new URL(`${dir}/`, C);
      const labels = JSON.parse(readFileSync(new URL('labels.json', base), 'utf8')) as Record<
        string,
        { file?: string; candidate?: string }
      >;
      for (const [id, l] of Object.entries(labels)) {
        if (!keep(id) || !l.candidate) continue;
        const r = parseTranscript(readFileSync(new URL(l.file ?? `${id}.vtt`, base), 'utf8'));
        all += 1;
        if (r.ok && r.value.candidate?.name === l.candidate) right += 1;
      }
    }
    expect(all).toBeGreaterThanOrEqual(100);
    expect(right / all).toBeGreaterThanOrEqual(0.95);
  });
});
