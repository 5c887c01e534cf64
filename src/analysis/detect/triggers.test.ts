import { describe, it, expect } from 'vitest';
import { CUE_SIGNS } from '../signs/index.js';
import { TRANSCRIPT_SIGNS } from './transcript-cues.js';
import { affixTermsOf, affixTriggersOf, LITERAL, OPEN, triggersOf, WIDE_TERMS, wordsOf } from './triggers.js';

describe('triggersOf', () => {
  it.each([
    [/\bfoo bar\b/, ['foo']],
    [/\b(lose|lost) (my )?train\b/, ['train']],
    [/\bconcerns?\b/, ['concern', 'concerns']],
  ])('%s needs one of %j', (re, words) => {
    const t = triggersOf(re);
    expect(t && words.some((w) => t.has(w))).toBe(true);
  });

  it.each([/foo/, /\bexplain\w*/, /\b(a|)\b/])('gives no prefilter for %s', (re) => {
    expect(triggersOf(re)).toBeUndefined();
  });

  // the prefilter may only skip segments the regex cannot match
  const lines = [
    "she explained the team is five engineers and we'd own the stack",
    "i'm a bit concerned that you haven't led a team, and my worry is the pace",
    'ha! that was brilliant, great result, i love that you tested it',
    "sorry, give me a sec, i'm just finishing an email. where were we",
    'we eat lunch together and the rule is nobody gets blamed',
    'um sorry my mind has gone blank, can i come back to that',
    'he kept checking his phone and cut me off twice, no next steps given',
  ];
  it('never hides a real match on these lines', () => {
    for (const sign of [...CUE_SIGNS, ...TRANSCRIPT_SIGNS]) {
      for (const cue of sign.cues) {
        const t = triggersOf(cue.re);
        if (!t) continue;
        for (const line of lines) {
          if (cue.re.test(line)) expect(wordsOf(line).some((w) => t.has(w))).toBe(true);
        }
      }
    }
  });
});

describe('affixTriggersOf', () => {
  const covers = (t: Set<string>, s: string): boolean =>
    [...t].some((w) => {
      if (w.startsWith(LITERAL)) return s.includes(w.slice(LITERAL.length));
      const open = w.startsWith(OPEN);
      const close = w.endsWith(OPEN);
      const stem = w.slice(open ? 1 : 0, close ? -1 : undefined);
      return wordsOf(s).some((x) =>
        open && close ? x.includes(stem) : open ? x.endsWith(stem) : close ? x.startsWith(stem) : x === stem,
      );
    });

  it.each([
    [/\bexplain\w*/, 'explain*'],
    [/\d+ ?hrs\b/, '*hrs'],
    [/(?<!of )\bcourse\b/, 'course'],
  ])('%s gives %s', (re, trigger) => {
    expect(affixTriggersOf(re)?.has(trigger)).toBe(true);
  });

  it('gives literal text for a cue with no words', () => {
    expect(affixTriggersOf(/😊|🙂/)).toEqual(new Set([`${LITERAL}😊`, `${LITERAL}🙂`]));
  });

  it('prefilters every cue, and never hides a real match on these lines', () => {
    const lines = [
      "she explained the team is five engineers and we'd own the stack",
      'shifts are 8hrs, four on four off, 7am start',
      'she was smiling 😊 the whole time and said my answer was impressive',
      "i'm a bit concerned that you haven't led a team, and my worry is the pace",
      'he kept checking his phone and cut me off twice, no next steps given',
    ];
    for (const sign of [...CUE_SIGNS, ...TRANSCRIPT_SIGNS]) {
      for (const cue of sign.cues) {
        const t = affixTriggersOf(cue.re);
        expect(t, cue.re.source).toBeDefined();
        for (const line of lines) if (cue.re.test(line)) expect(covers(t!, line), cue.re.source).toBe(true);
      }
    }
  });
});

describe('affixTermsOf under the wide cap', () => {
  // 13 alternatives of two words: past the usual cap of 12 they are joined into one set of their best words
  const re = new RegExp(
    String.raw`\b(by monday|by tuesday|by wednesday|by thursday|by friday|next week|this week|end of|early next|later today|back soon|in touch|get back)\b`,
  );
  const words = (terms: Set<string>[][]) =>
    terms.map((t) =>
      t
        .map((s) => [...s].sort().join('|'))
        .sort()
        .join(' + '),
    );

  it('joins many alternatives into one set under the usual cap', () => {
    expect(affixTermsOf(re)).toHaveLength(1);
    expect(affixTermsOf(re)![0]).toHaveLength(1);
  });

  it('keeps each alternative its own words under WIDE_TERMS', () => {
    const wide = words(affixTermsOf(re, WIDE_TERMS)!);
    expect(wide).toHaveLength(13);
    expect(wide).toContain('next + week');
    expect(wide).toContain('by + monday');
  });
});
