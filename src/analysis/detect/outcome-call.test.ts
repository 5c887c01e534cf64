import { describe, expect, it } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { CONTACT, CONTACT_PARTS, NEWS, NEWS_PARTS, outcomeCallRanges } from './outcome-call.js';
import { topLevelAlts } from './lookbehind.js';
import { affixTermsOf, OPEN } from './triggers.js';
import { signTable } from './notes-table.case.js';

// our own lines: what the messenger of the outcome passed on after the decision is not what
// happened in the interview; the writer's own recollection told after the news still is
describe('what was said on the call or in the email that brought the outcome', () => {
  signTable([
    [
      'Then on Monday the recruiter rang. They are offering me the job, and she said the director was blown away by my portfolio.',
      'achievements-praised',
      false,
    ],
    [
      'The email came on Friday: unsuccessful. I asked for a feedback call. She was lovely about it and said the panel liked my answers a lot.',
      'positive-atmosphere',
      false,
    ],
    [
      'HR called this morning, I got it! The HR guy told me my case study impressed everyone.',
      'achievements-praised',
      false,
    ],
    // the writer's own recollection after the news stays evidence
    [
      'HR called this morning, I got it! Looking back, the manager praised my case study twice in the room.',
      'achievements-praised',
      true,
    ],
    // no news: what the interviewer said in the interview stays
    [
      'At the end she said my portfolio was the strongest she had seen this year.',
      'achievements-praised',
      true,
    ],
  ]);
});

// every wording of the news is still read after the sentences that can hold none are skipped
describe('outcomeCallRanges', () => {
  it.each([
    'They offered me the role',
    'I got the job',
    'Unsuccessful, sadly',
    'It was a rejection',
    'They rejected me',
    'They have gone with an internal candidate',
    "I didn't get it",
    'They offered a feedback call',
  ])('reads the word passed on after "%s"', (news) => {
    const text = `HR rang this morning. ${news}. She said the panel loved my portfolio.`;
    const toks = tokensFrom(text);
    const said = toks.findIndex((t) => t.lower === 'she');
    expect(outcomeCallRanges(toks).some(([from, to]) => from <= said && said < to)).toBe(true);
  });
});

// the pre-check is kept by hand from CONTACT: a word CONTACT can match that holds none of the
// parts would let a text with a call in it skip the reading
describe('CONTACT_PARTS keeps step with CONTACT', () => {
  it('every way CONTACT can match holds a word with one of the parts', () => {
    // each term is a list of word sets a match holds a word of every one of; the gate is sound
    // when, in every term, some set has only words that hold a part
    const terms = affixTermsOf(CONTACT);
    expect(terms).toBeDefined();
    const holdsPart = (w: string) => CONTACT_PARTS.some((part) => w.replaceAll(OPEN, '').includes(part));
    const ungated = (terms ?? []).filter((term) => !term.some((set) => [...set].every(holdsPart)));
    expect(ungated.map((term) => term.map((set) => [...set]))).toEqual([]);
  });
});

// the same for NEWS, which outcomeCallRanges also reads only in a sentence holding one of its parts;
// its trigger terms are looser than its alternatives, so each alternative is checked for a part
// in its own text, outside every group and optional character
describe('NEWS_PARTS keeps step with NEWS', () => {
  it('every alternative of NEWS holds one of the parts for certain', () => {
    const bare = (alt: string) => {
      let s = alt;
      for (let before = ''; before !== s;) {
        before = s;
        s = s.replace(/\((?:\?:)?[^()]*\)[?*+]?/g, ' ');
      }
      return s.replace(/.[?*]/g, ' ');
    };
    const alts = topLevelAlts(NEWS.source.replace(/^\\b\(\?:|\)\\b$/g, ''));
    expect(alts.length).toBeGreaterThan(5);
    expect(alts.filter((alt) => !NEWS_PARTS.some((part) => bare(alt).includes(part)))).toEqual([]);
  });
});
