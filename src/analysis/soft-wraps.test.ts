import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { promisedDatesFrom } from './dates/promised.js';
import { detectInNotes } from './detect/run.js';
import { analyze } from './index.js';
import { learnedPass, learnedProbabilities } from './learned/index.js';
import { SIGN_MODELS } from './learned/weights.js';
import { readText } from './nlp.js';
import { reportedOutcomeFrom } from './outcome/reported.js';
import { softBreaks, unwrappedText } from './soft-wraps.js';

// the email from the bug report: wrapped at ~100 columns, two breaks inside sentences
const WRAPPED = [
  'Second round with the hiring manager today, about forty minutes on video. She walked me through',
  "the team's dashboards and the tools they use. They asked twice about my gap year and whether I'd",
  'cope with the pace. No word on next steps yet.',
].join('\n');
const ONE_LINE = WRAPPED.replace(/\n/g, ' ');

const signIds = (text: string): string[] => {
  const r = analyze(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.signs.map((s) => s.id).sort();
};

/** Greedy re-wrap of every line longer than `width`, as a mail client does. */
function wrapped(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(/ +/)) {
        if (cur && cur.length + 1 + w.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

describe('softBreaks', () => {
  it('finds the wraps inside sentences of an email-wrapped note', () => {
    expect(softBreaks(WRAPPED)).toEqual([WRAPPED.indexOf('\n'), WRAPPED.lastIndexOf('\n')]);
    expect(unwrappedText(WRAPPED)).toBe(ONE_LINE);
  });

  it('keeps offsets: a \\r\\n wrap reads as two spaces', () => {
    const crlf = WRAPPED.replace(/\n/g, '\r\n');
    const read = unwrappedText(crlf);
    expect(read).toHaveLength(crlf.length);
    expect(read).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['bullets', '- nice manager\n- no next steps\n- asked about my gap year'],
    ['phone notes', 'nice manager\nasked about my gap year\nno next steps\nfeel ok about it'],
    [
      'phone notes with long lines of any length',
      'talked to the manager for ages about the team and how they run their sprints\nshe seemed nice\n' +
        'asked about my gap year twice which was a bit awkward honestly\nno next steps mentioned at the end\n' +
        'feel ok about it',
    ],
    [
      'speakers',
      'Me: I asked what the first three months would look like for someone joining the team\n' +
        'Her: we would pair you with a buddy and you would shadow the on-call rota first. It is calm\n' +
        'Me: sounds good',
    ],
    [
      'time stamps',
      '10:02 they opened with the usual questions about my background and my last two roles\n' +
        '10:15 then a long technical part on the data pipeline. Fine, I think, mostly\n10:40 done',
    ],
    ['one line', ONE_LINE],
    ['short lines', "She walked me through\nthe team's dashboards. They asked\nabout my gap year."],
  ])('leaves %s alone', (_, text) => {
    expect(softBreaks(text)).toEqual([]);
    expect(unwrappedText(text)).toBe(text);
  });

  it('joins a wrapped bullet to its own text, never to the next bullet', () => {
    const text = [
      '- she walked me through the dashboards, the tools they use and how the team splits the',
      '  work between the two offices',
      '- asked twice about my gap year and whether I would cope with the pace of the launches',
      '  next spring. Felt a bit pointed',
      '- no next steps',
    ].join('\n');
    const at = softBreaks(text).map((b) => text.slice(b + 1, b + 8));
    expect(at).toEqual(['  work ', '  next ']);
  });
});

describe('analyze on wrapped notes', () => {
  it('finds the signs of the one-line note, quoting the original across the break', () => {
    expect(signIds(WRAPPED)).toEqual(signIds(ONE_LINE));
    expect(signIds(WRAPPED)).toContain('detailed-role-info');
    const r = analyze(WRAPPED);
    if (!r.ok) throw new Error(r.error.message);
    const quotes = r.value.signs.flatMap((s) => s.evidence);
    for (const q of quotes) expect(WRAPPED.slice(q.start, q.end)).toBe(q.quote);
    expect(quotes.some((q) => q.quote.includes('\n'))).toBe(true);
  });

  it('gives the learned models the one-line features', () => {
    expect(learnedProbabilities(WRAPPED, [])).toEqual(learnedProbabilities(ONE_LINE, []));
  });

  it('reads the same from the readings analyze works out once and hands on', () => {
    const text = `${WRAPPED}\n\nThey said they would decide by Friday. On Friday they offered me the job.`;
    const read = readText(text);
    expect(read.text).not.toBe(text);
    expect(detectInNotes(text, undefined, undefined, read)).toEqual(detectInNotes(text));
    expect(reportedOutcomeFrom(text, read)).toEqual(reportedOutcomeFrom(text));
    expect(promisedDatesFrom(text, '2026-11-25', read)).toEqual(promisedDatesFrom(text, '2026-11-25'));
    expect(learnedPass(text, [], SIGN_MODELS, unwrappedText(text))).toEqual(learnedPass(text, []));
  });

  // readable sets only (brief-common: the blind sets are never read item by item)
  const items = ['notes', 'stories', 'fresh']
    .map((set) => `test/fixtures/corpus/${set}.jsonl`)
    .filter((f) => existsSync(f))
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; text: string }),
    );

  it.skipIf(items.length === 0)(
    'corpus notes re-wrapped at 60–100 columns read as the originals (≥ 98%)',
    () => {
      const widths = fc.sample(fc.integer({ min: 60, max: 100 }), { seed: 9, numRuns: items.length });
      let rewrapped = 0;
      let same = 0;
      items.forEach((it, k) => {
        const text = wrapped(it.text, widths[k]!);
        if (text === it.text) return;
        rewrapped++;
        const r = analyze(text);
        if (!r.ok) throw new Error(r.error.message);
        for (const q of r.value.signs.flatMap((s) => s.evidence))
          expect(text.slice(q.start, q.end)).toBe(q.quote);
        if (
          signIds(it.text).join() ===
          r.value.signs
            .map((s) => s.id)
            .sort()
            .join()
        )
          same++;
      });
      expect(rewrapped).toBeGreaterThan(items.length / 2);
      expect(same / rewrapped).toBeGreaterThanOrEqual(0.98);
    },
    120_000,
  );
});
