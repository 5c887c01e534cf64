import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { CUE_SIGNS } from '../signs/index.js';
import { AFTERMATH_SIGNS } from './aftermath.js';
import { candidates, wordsOfDoc } from './candidates.js';
import { clausesFrom } from './clauses.js';
import { indexOf, scannerOf, startRowOf } from './cue-index.js';
import { matchedText } from './lookbehind.js';
import { startsAt, startWordsOf } from './start-words.js';
import { TRANSCRIPT_SIGNS } from './transcript-cues.js';
import type { Clause, SignPatterns } from './types.js';

const sorted = (s: Set<string>) => [...s].sort();
const starts = (re: RegExp) =>
  startWordsOf(re)?.map((w) => ({ exact: sorted(w.exact), prefix: sorted(w.prefix) }));
const none = { exact: [], prefix: [] };

describe('startWordsOf', () => {
  it.each([
    [/\btold (me|us)\b/, ['told'], []],
    [/\bexplain\w*/, [], ['explain']],
    [/(?<!\bi )\b(said|says|told me)\b/, ['said', 'says', 'told'], []],
    [/\b(?:very )?nice\b/, ['nice', 'very'], []],
    [/^(kpis?|targets?)/m, [], ['kpi', 'target']],
    [/(?<!x)\ba (big )?b/, ['a'], []],
    [/\bask|\bgrill\w*/, [], ['ask', 'grill']],
  ])('%s starts on %j or words going on from %j', (re, exact, prefix) => {
    expect(starts(re)).toEqual([{ exact, prefix }]);
  });

  it.each([
    [/\b\w+ culture like/, [none, { exact: ['culture'], prefix: [] }]],
    [
      /\b(\w+ )?days?\b/,
      [
        { exact: [], prefix: ['day'] },
        { exact: [], prefix: ['day'] },
      ],
    ],
    [/\bhow (\w+ ){1,2}works?|\bteam\b/, [{ exact: ['how', 'team'], prefix: [] }]],
    [
      /\b(\w+[ -]){2}nice\b|\bnice\b/,
      [{ exact: ['nice'], prefix: [] }, none, { exact: ['nice'], prefix: [] }],
    ],
  ])('%s starts on any word or two before those known', (re, words) => {
    expect(starts(re)).toEqual(words);
  });

  it.each([
    [/told me/, 'may start inside a word ("untold")'],
    [/(?:very )?\bnice/, 'the bound holds only without "very "'],
    [/\w+ culture/, 'no bound before the word'],
    [/\b(\w+ )*culture/, 'any number of words first'],
    [/\b(\w+ ){0,3}(?:,|and)/, 'a comma after words of any kind'],
    [/\b(?:\w+ )?/, 'words of any kind, then nothing known'],
    [/(?:\band|,) then/, 'a comma'],
    [/\b(a)?/, 'an empty match'],
    [/\b\d+ hours/, 'a digit class'],
    [/\bcaf\u00e9/u, 'the u flag'],
  ])('gives none for %s: %s', (re) => {
    expect(startWordsOf(re)).toBeUndefined();
  });
});

/** Every match of a scanner over `s` as collect reads them: [index, length], from lastIndex 0 on. */
function scanned(re: RegExp, group: number, s: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const length = matchedText(m, group).length;
    re.lastIndex = m.index + (length || 1);
    out.push([m.index, length]);
  }
  return out;
}

/** The same, tried only at the word starts (`offsets`) whose word may start a match. */
function tried(sticky: RegExp, group: number, s: string, offsets: number[], ok: (i: number) => boolean) {
  const out: [number, number][] = [];
  let from = 0;
  offsets.forEach((at, i) => {
    if (at < from || !ok(i)) return;
    sticky.lastIndex = at;
    const m = sticky.exec(s);
    if (!m) return;
    const length = matchedText(m, group).length;
    from = m.index + (length || 1);
    out.push([m.index, length]);
  });
  return out;
}

const WORDS = /[a-z0-9_]+/g;
const offsetsOf = (s: string) => [...s.matchAll(WORDS)].map((m) => m.index);

describe('start words find every match', () => {
  // strings of words a cue starts on, and the words, spaces and marks around them
  it('on any text of these words, for hand-written patterns', () => {
    // as cues: start words read from the pattern, matches from its scanner (lookbehinds moved last)
    const res = [
      /\btold (me|us)\b/,
      /\b(?:very )?nice\b/,
      /(?<!\bi )\b(told|very) (nice|me)/,
      /^(nice|told)+/,
      /\bexplain\w*( me)?/,
      /\b(\w+ ){0,2}nice\b/,
      /\b\w+ (me|nice)/,
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'told',
            'me',
            'very',
            'nice',
            'i',
            'explained',
            'untold',
            'nicer',
            ' ',
            ',',
            '\n',
            "'",
          ),
        ),
        (parts) => {
          const s = parts.join('');
          const offsets = offsetsOf(s);
          const words = [...s.matchAll(WORDS)].map((m) => m[0]);
          for (const cue of res) {
            const w = startWordsOf(cue)!;
            const { re, group } = scannerOf({ re: cue });
            const sticky = new RegExp(re.source, `${re.flags}y`);
            expect(tried(sticky, group, s, offsets, (i) => startsAt(w, words, i))).toEqual(
              scanned(re, group, s),
            );
          }
        },
      ),
    );
  });

  const CORPUS = new URL('../../../test/fixtures/corpus/', import.meta.url);
  const texts = readdirSync(CORPUS)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(new URL(f, CORPUS), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text?: unknown }).text)
        .filter((t): t is string => typeof t === 'string'),
    );
  const segments: Clause[] = texts.flatMap((t) => clausesFrom(tokensFrom(t)));

  /**
   * Cue/segment pairs where the anchored tries at start words find other matches than the scan,
   * over the segments the cue runs on (prefilter.test.ts: no other segment has a match).
   */
  function differing(signs: readonly SignPatterns[], transcript: boolean): string[] {
    const index = indexOf(signs, transcript);
    const doc = wordsOfDoc(segments);
    const out: string[] = [];
    for (const surface of [false, true]) {
      const { ids, ends, offsets } = surface ? doc.surface : doc.lemma;
      const picked = candidates(index, segments, surface);
      index.entries.forEach((entry, e) => {
        // lemmas are read only by cues that do not read the surface alone (match.ts)
        if (!entry.sticky || (!surface && entry.cue.surface)) return;
        for (const k of picked[e] ?? []) {
          const c = segments[k]!;
          const s = surface ? c.surface : c.lemmas;
          const whole = scanned(entry.re, entry.group, s);
          const from = k === 0 ? 0 : ends[k - 1]!;
          const at = [...offsets.subarray(from, ends[k])];
          const width = (index.entries.length + 31) >> 5;
          const ok = (i: number) => {
            for (let d = 0; d <= entry.startSkip && i + d < at.length; d++) {
              const row = startRowOf(index, doc.vocab[ids[from + i + d]!]!);
              if ((row[d * width + (e >> 5)]! & (1 << (e & 31))) !== 0) return true;
            }
            return false;
          };
          const some = tried(entry.sticky!, entry.group, s, at, ok);
          if (JSON.stringify(some) !== JSON.stringify(whole))
            out.push(`${entry.sign.id} ${entry.cue.re.source.slice(0, 60)} :: ${s}`);
        }
      });
    }
    return out;
  }

  it.each([
    ['cue and aftermath signs, notes', [...new Set([...CUE_SIGNS, ...AFTERMATH_SIGNS])], false],
    ['transcript signs', TRANSCRIPT_SIGNS, true],
  ] as const)(
    'over the corpus: %s',
    (_, signs, transcript) => {
      expect(segments.length).toBeGreaterThan(1000);
      expect(indexOf(signs, transcript).entries.filter((x) => x.sticky).length).toBeGreaterThan(20);
      expect(differing(signs, transcript)).toEqual([]);
    },
    // every sticky cue over the corpus segments it runs on: a few seconds, more on a busy machine
    180_000,
  );

  // the offsets read token by token must be where the segment strings have those words
  it('places each word where the segment string has it', () => {
    for (const text of texts.slice(0, 400)) {
      const toks = tokensFrom(text);
      const clauses = clausesFrom(toks);
      const doc = wordsOfDoc(clauses, toks);
      for (const surface of [false, true]) {
        const { ids, ends, offsets } = surface ? doc.surface : doc.lemma;
        clauses.forEach((c, k) => {
          const s = surface ? c.surface : c.lemmas;
          const from = k === 0 ? 0 : ends[k - 1]!;
          expect([...offsets.subarray(from, ends[k])]).toEqual(offsetsOf(s));
          expect([...ids.subarray(from, ends[k])].map((id) => doc.vocab[id])).toEqual(s.match(WORDS) ?? []);
        });
      }
    }
  });
});
