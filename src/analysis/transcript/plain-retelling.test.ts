import { describe, expect, it } from 'vitest';
import { detectTranscriptFormat } from './index.js';

// A group chat pasted with its time stamps: the writer tells the interview, a friend compares one
// of their own. The names are ordinary names, so only what the lines say tells it from a call.
const thread = (...lines: string[]) => lines.map((l, i) => `[21:${10 + i}] ${l}`).join('\n');

describe('a group chat where a friend holds up an interview of their own', () => {
  it.each([
    [
      'when I did mine',
      thread(
        'Lena: interview done 🙃',
        'Lena: he barely looked at me, just typed',
        'Marta: ugh',
        'Lena: then thanked me and that was it',
        'Marta: when I did mine at the council it was the same and they still hired me',
        'Lena: hope so',
      ),
    ],
    [
      'in my interview at',
      thread(
        'Omar: so the panel asked me three things about budgets',
        'Jonah: sounds normal',
        'Omar: and one of them kept frowning',
        'Jonah: in my interview at the hospital they grilled me on budgets too',
        'Omar: ha',
        'Jonah: you will be ok',
      ),
    ],
    [
      'the panel at my',
      thread(
        'Ines: she asked what I would change in my first month',
        'Ines: I said nothing useful',
        'Pia: the panel at my last place asked the same',
        'Ines: and?',
        'Pia: and I got it lol',
      ),
    ],
    [
      'mine at least',
      thread(
        'Theo: final round done.',
        'Theo: she said they would be in touch',
        'Ray: no date?',
        'Theo: nope',
        'Ray: mine at least gave a week',
        'Theo: yeah',
      ),
    ],
  ])('is read as notes (%s)', (_name, text) => {
    expect(detectTranscriptFormat(text)).toBeUndefined();
  });

  it('is read as notes when the interview is announced as over and then told', () => {
    const text = thread(
      'Aiko: ok so phone screen over 😮‍💨',
      'Sam: and??',
      'Aiko: he asked about my notice period twice',
      'Sam: weird',
      'Aiko: yep',
    );
    expect(detectTranscriptFormat(text)).toBeUndefined();
  });
});

describe('must not take a call for a chat', () => {
  it('a call where the candidate tells a story about a past manager', () => {
    const call = [
      'Dana Ruiz: Tell me about a hard deadline.',
      'Sam Okoro: My manager at the time, she asked me to cut scope, and she said we had two days.',
      'Dana Ruiz: How did you handle it?',
      'Sam Okoro: I listed what we could drop and we shipped on the Friday.',
      'Dana Ruiz: Good. Any questions for me?',
      'Sam Okoro: What does the team look like?',
    ].join('\n');
    expect(detectTranscriptFormat(call)).toBe('plain-speaker');
  });

  it('a call that says "done" in the middle of a line, or talks of the interview ahead', () => {
    const call = [
      '[00:12] Kevin Tran: Is the screen done or not done at intake?',
      '[00:20] Mia Cole: Screen done within the shift, then escalated.',
      '[00:31] Kevin Tran: And after this interview is done you will meet the team.',
      '[00:40] Mia Cole: Great, thank you.',
      '[00:52] Kevin Tran: She asked me to say the recruiter will call.',
    ].join('\n');
    expect(detectTranscriptFormat(call)).toBe('plain-speaker');
  });

  it('a call where the interviewer mentions their own first day, not an interview', () => {
    const call = [
      'Ruth Hale: When I joined, my first week was all shadowing.',
      'Ana Diaz: That sounds useful.',
      'Ruth Hale: It was. She walked me through every system.',
      'Ana Diaz: Would I shadow too?',
      'Ruth Hale: Yes, for two weeks.',
    ].join('\n');
    expect(detectTranscriptFormat(call)).toBe('plain-speaker');
  });
});
