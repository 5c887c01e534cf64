import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';
import { normalisedText, QUOTES, skippedTok, tokensFrom, type Tok } from './nlp.js';

// our own screenshot-style lines: a digit or a capital I where a letter belongs
const REPAIRED: [string, string][] = [
  ['the manager to1d me', 'the manager told me'],
  ["she said we'11 ca11 you", "she said we'll call you"],
  ['it was reaIIy fIat', 'it was really flat'],
  ['a pr0ject about c0sts', 'a project about costs'],
  ['1eft at 1Oam', 'left at 10am'],
  ['by the 2lst', 'by the 21st'],
  ["I'II wait", "I'll wait"],
  ['she said we’11 ca11', 'she said we’ll call'],
];

// real numbers and codes are not OCR damage
const KEPT = [
  'they said 10 days',
  'a 1:1 with my lead',
  'Q1 targets and B2B deals',
  'the 1st round, then the 2nd',
  'the a11y audit and i18n work',
  'call at 1am, or 1pm',
  'every1 was lovely, some1 said hi',
  'a sev1 outage in stage1',
  'found me on LinkedIn, talked about AI',
  'FY1 doctor on a 1on1',
  'userId in the API',
];

describe('normalisedText: OCR repairs that keep every offset', () => {
  it.each(REPAIRED)('%j → %j', (text, want) => {
    expect(normalisedText(text)).toBe(want);
  });
  it.each(KEPT)('keeps %j', (text) => {
    expect(normalisedText(text)).toBe(text);
  });
  it('reads an l for an i only once the text shows other scan damage', () => {
    // one odd word is a typo or a name, left alone
    expect(normalisedText('he sald yes')).toBe('he sald yes');
    expect(normalisedText('he sald he wi11 ca11 me')).toBe('he said he will call me');
    expect(normalisedText('lnterview went wel1, the ro1e is good')).toBe(
      'interview went well, the role is good',
    );
  });
  it('swaps an i and e back when only the swap is a word', () => {
    expect(normalisedText('the interveiw was long, thier office nice')).toBe(
      'the interview was long, their office nice',
    );
    expect(normalisedText('their review of my piece')).toBe('their review of my piece');
  });
  it('never changes the length, on any text', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-zA-Z01OlI' .\n]{0,60}$/),
        (s) => normalisedText(s).length === s.length,
      ),
    );
  });
  it('tokens of a repaired text point into the original', () => {
    const text = "she kept 1ooking at her watch. 'we'11 ca11 you'";
    const toks = tokensFrom(text);
    expect(toks.map((t) => t.lower)).toContain('looking');
    expect(toks.map((t) => t.lower)).toContain('call');
    for (const t of toks) expect(t.end - t.start).toBe(text.slice(t.start, t.end).length);
    expect(toks.find((t) => t.lower === 'looking')).toMatchObject({ start: 9, end: 16 });
  });
});

describe('line breaks in a scan', () => {
  const breaks = (text: string) => tokensFrom(text).filter((t) => t.newline).length;
  it("a scanned line that runs on into a lower-case word is the screen's wrap", () => {
    expect(breaks('- the ro1e is sales, she to1d me about\nthe accounts and the\nforecasts')).toBe(0);
  });
  it('a new bullet, a capital or a full stop still breaks', () => {
    expect(breaks('- the ro1e is sales\n- she to1d me a lot')).toBe(1);
    expect(breaks('the ro1e is sales, she to1d me\nGood chat')).toBe(1);
    expect(breaks('the ro1e is sales. she to1d me.\nthen we left')).toBe(1);
  });
  it('in a text that is not a scan, every line break counts', () => {
    expect(breaks('- the role is sales, she told me about\nthe accounts')).toBe(1);
  });
});

describe('signs on OCR text, with quotes sliced from the original', () => {
  const text =
    "Interview notes\n- she kept 1ooking at her\nwatch the whole time\n- basic q's on1y\n- ended with 'we'11 ca11 you' (when??)";
  const r = analyze(text, {});
  if (!r.ok) throw new Error('analysis failed');
  const ids = r.value.signs.map((s) => s.id);
  it('finds the signs the scan garbled', () => {
    expect(ids).toContain('interviewer-disinterest');
    expect(ids).toContain('no-next-steps');
  });
  it('every evidence quote is the original text at its offsets', () => {
    for (const s of r.value.signs)
      for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    const quotes = r.value.signs.flatMap((s) => s.evidence.map((e) => e.quote)).join(' ');
    expect(quotes).toContain("we'11 ca11 you");
  });
});

describe('contractions typed without an apostrophe, before punctuation', () => {
  // wink gives no lemma for "didnt." or "theyll," (a whole token it did not split): it used to crash the reading
  const WORDS = [
    'didnt',
    'doesnt',
    'wasnt',
    'cant',
    'wont',
    'isnt',
    'havent',
    'couldnt',
    'ive',
    'youre',
    'theyll',
    'dont',
    'aint',
  ];
  it('reads them without throwing, the word standing for its own lemma', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), fc.constantFrom('.', '!', '?', ',', ';', ':', ')'), (w, p) => {
        const text = `i wanted to ask but i ${w}${p} hope they call`;
        const toks = tokensFrom(text);
        expect(toks.every((t) => typeof t.lemma === 'string' && typeof t.pos === 'string')).toBe(true);
        expect(analyze(text).ok).toBe(true);
      }),
    );
  });
  it('still reads the negation in them', () => {
    const r = analyze(
      'the manager didnt smile. she wasnt interested, typed the whole time and i couldnt tell why.',
    );
    expect(r.ok && r.value.signs.map((s) => s.id)).toContain('negative-body-language');
  });
});

describe('skippedTok', () => {
  const slow = (t: Tok) => QUOTES.has(t.lower) || t.newline || t.pos === 'SPACE';

  it('reads a stored token as the quote, line-break and space test does', () => {
    const toks = tokensFrom(
      "She said \"fine\" and left.\n\n- then `nothing`\r\n  ok\u201Csure\u201D it's '' done",
    );
    expect(toks.some((t) => skippedTok(t))).toBe(true);
    for (const t of toks) expect(skippedTok(t)).toBe(slow(t));
  });

  it('works the test out for a token made elsewhere', () => {
    const made = (lower: string, newline = false, pos = 'NOUN'): Tok => ({
      lower,
      lemma: lower,
      pos,
      start: 0,
      end: lower.length,
      sent: 0,
      spaceBefore: false,
      newline,
    });
    expect(skippedTok(made('"'))).toBe(true);
    expect(skippedTok(made('\n', true, 'SPACE'))).toBe(true);
    expect(skippedTok(made('word'))).toBe(false);
  });
});
