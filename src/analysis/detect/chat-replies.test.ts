import { describe, expect, it } from 'vitest';
import { readText, tokensFrom } from '../nlp.js';
import { chatReplyRanges } from './chat-replies.js';
import { signTable } from './notes-table.case.js';

const chat = (...lines: string[]) => lines.join('\n');

/** The lines a chat's reading drops, as text. */
function dropped(text: string): string[] {
  const toks = tokensFrom(text, 0, readText(text));
  return chatReplyRanges(text, toks).map(([a, b]) => text.slice(toks[a]!.start, toks[b - 1]!.end));
}

describe("a friend's reply in a pasted chat is no evidence of the interview told", () => {
  signTable([
    [
      chat(
        '[09:01] Noor: second interview done',
        '[09:01] Noor: he walked me through the onboarding plan and said they decide friday',
        '[09:02] Beth: nice',
        '[09:03] Beth: when I did mine at the airline they ghosted me for a month',
      ),
      'no-follow-up',
      false,
    ],
    [
      chat(
        'Dad: so how was it',
        "Leo: she said they'd be in touch, no date. asked me nothing about my projects",
        'Dad: hmm',
        'Sis: that happened at my interview with the bank and I never heard back',
        'Leo: great',
      ),
      'no-follow-up',
      false,
    ],
    [
      chat(
        'Kemi: ok interview report',
        'Kemi: she told me the team is four people and I would run the supplier audits',
        "Ayo: WHAT that's amazing, they obviously rated you",
        'Kemi: haha we will see',
      ),
      'achievements-praised',
      false,
    ],
    [
      chat(
        '[18:20] Rui: recruiter call was so generic, strengths and weaknesses',
        '[18:21] Rui: then "we\'ll be in touch" and that was it',
        '[18:22] Tia: ugh',
        "[18:22] Tia: mine at least said they'd ring within a week",
      ),
      'no-next-steps',
      true,
    ],
  ]);
});

describe('lines that stay evidence', () => {
  signTable([
    // notes kept per interviewer: names, but no one telling friends about it
    [
      chat(
        'Priya: warm, smiled a lot, asked about my thesis',
        'Tom: arms folded, never once looked up from his laptop',
        'Priya: said they would decide by Friday',
      ),
      'negative-body-language',
      true,
    ],
    // a parent asks and the candidate tells: the teller's lines are kept
    [
      chat(
        'Mum: well??',
        'Dev: honestly good, she smiled the whole way through and nodded at everything',
        'Mum: lovely',
        'Dev: yeah',
      ),
      'interviewer-smiling',
      true,
    ],
  ]);

  it("keeps a friend's question, which the teller's answer may need", () => {
    const text = chat(
      'Ali: so how did it go?',
      'Sam: fine I think. the interview was short, she asked three things',
      'Ali: did they say when you hear back?',
      'Sam: nope, nothing',
      'Ali: when I did mine they took ages too',
    );
    expect(dropped(text)).toEqual(['Ali: when I did mine they took ages too']);
  });

  it('finds the teller by what they say, not by who writes most', () => {
    const text = chat(
      '[08:02] Sofia: interview done, he asked about my notice period',
      '[08:03] Marco: in my interview at the council they asked the same, then talked about pensions for ages, then about parking',
      '[08:04] Sofia: ha',
    );
    expect(dropped(text)).toEqual([
      '[08:03] Marco: in my interview at the council they asked the same, then talked about pensions for ages, then about parking',
    ]);
  });

  it('leaves a typed-up interview alone', () => {
    const text = chat(
      'Interviewer: how did the last project go?',
      'Me: well, my manager said it was the smoothest launch we had',
      'Interviewer: great',
      'Me: thanks',
    );
    expect(dropped(text)).toEqual([]);
  });
});
