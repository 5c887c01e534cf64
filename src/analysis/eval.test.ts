import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACT_SIGN_IDS } from '../core/signs/ids.js';
import { analyze, type AnalyzeOptions } from './index.js';

interface Item {
  id: string;
  text: string;
  gold: Set<string>;
  candidate?: string;
}

function notesFrom(path: string): Item[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l) as { id: string; text: string; gold_signs: string[] };
      return { id: o.id, text: o.text, gold: new Set(o.gold_signs) };
    });
}

function transcriptsFrom(dir: string): Item[] {
  const labels = join(dir, 'labels.json');
  if (!existsSync(labels)) return [];
  const l = JSON.parse(readFileSync(labels, 'utf8')) as Record<
    string,
    { candidate?: string; gold_signs: string[]; file?: string }
  >;
  const files = new Set(readdirSync(dir));
  return Object.entries(l).flatMap(([id, v]) => {
    const file = v.file ?? `${id}.vtt`;
    if (!files.has(file)) return [];
    return [
      {
        id,
        text: readFileSync(join(dir, file), 'utf8'),
        gold: new Set(v.gold_signs),
        candidate: v.candidate,
      },
    ];
  });
}

// Held-out sets print counts only: their per-item errors would tell whoever reads the test log
// which texts to tune on, and the sets would no longer be blind.
function score(items: Item[], label: string, options: AnalyzeOptions = {}, heldOut = false) {
  const per = new Map<string, { tp: number; fp: number; fn: number }>(
    CONTRACT_SIGN_IDS.map((s) => [s, { tp: 0, fp: 0, fn: 0 }]),
  );
  const errors: string[] = [];
  for (const it of items) {
    const r = analyze(it.text, it.candidate ? { ...options, candidate: it.candidate } : options);
    const pred = new Set(r.ok ? r.value.signs.map((s) => s.id) : []);
    if (r.ok) {
      for (const s of r.value.signs)
        for (const q of s.evidence) expect(it.text.slice(q.start, q.end)).toBe(q.quote);
    }
    for (const s of CONTRACT_SIGN_IDS) {
      const c = per.get(s)!;
      const g = it.gold.has(s);
      const p = pred.has(s);
      if (g && p) c.tp++;
      else if (p) {
        c.fp++;
        errors.push(`${it.id} FP ${s}`);
      } else if (g) {
        c.fn++;
        errors.push(`${it.id} FN ${s}`);
      }
    }
  }
  const f1 = (c: { tp: number; fp: number; fn: number }) =>
    c.tp === 0 ? (c.fp + c.fn === 0 ? 1 : 0) : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  const total = { tp: 0, fp: 0, fn: 0 };
  const lines: string[] = [];
  const f1s = new Map<string, number>();
  for (const [s, c] of per) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    f1s.set(s, f1(c));
    lines.push(`${s.padEnd(24)} tp=${c.tp} fp=${c.fp} fn=${c.fn} f1=${f1(c).toFixed(2)}`);
  }
  const seen = [...per].filter(([, c]) => c.tp + c.fp + c.fn > 0).map(([s]) => f1s.get(s)!);
  const macro = seen.reduce((a, b) => a + b, 0) / Math.max(1, seen.length);
  console.log(
    `== ${label} (${items.length} items)\n${lines.join('\n')}\n${heldOut ? '' : errors.join('\n')}\nmicro F1=${f1(total).toFixed(3)} macro F1=${macro.toFixed(3)}`,
  );
  return { micro: f1(total), worst: Math.min(...seen) };
}

// shared/ sits beside the project (CI) or at /work/shared (dev machines)
const DEV =
  [new URL('../../../shared/eval/dev', import.meta.url).pathname, '/work/shared/eval/dev'].find((p) =>
    existsSync(p),
  ) ?? '';
const dev = [...notesFrom(join(DEV, 'debriefs.jsonl')), ...transcriptsFrom(join(DEV, 'transcripts'))];
const corpusDir = new URL('../../test/fixtures/corpus/', import.meta.url).pathname;
const corpus = [
  ...notesFrom(join(corpusDir, 'notes.jsonl')),
  ...transcriptsFrom(join(corpusDir, 'transcripts')),
];
const set = (name: string) => notesFrom(join(corpusDir, name));

describe('sign detection against labelled sets', () => {
  it.skipIf(dev.length === 0)('meets the dev bar: micro F1 >= 0.90, no sign below 0.75', () => {
    const { micro, worst } = score(dev, 'dev');
    expect(micro).toBeGreaterThanOrEqual(0.9);
    expect(worst).toBeGreaterThanOrEqual(0.75);
  });

  // The sets below were tuned on in turn (test/fixtures/corpus/README.md); these floors sit a little
  // under what the rules score, so a change that loses a family of phrasings fails here.
  it('keeps the team corpus (notes and transcripts) at micro F1 >= 0.97, no sign below 0.90', () => {
    const { micro, worst } = score(corpus, 'corpus');
    expect(micro).toBeGreaterThanOrEqual(0.97);
    expect(worst).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['stories.jsonl', 0.95],
    ['fresh.jsonl', 0.92],
    ['final-check.jsonl', 0.96],
    ['last-check.jsonl', 0.96],
    ['holdout-a.jsonl', 0.95],
    ['holdout-b.jsonl', 0.95],
    ['holdout-c.jsonl', 0.95],
  ])('keeps %s at micro F1 >= %s', (file, floor) => {
    expect(score(set(file), file).micro).toBeGreaterThanOrEqual(floor);
  });

  it('keeps the transcripts held out in sessions 2 and 3 (tuned on in session 4) at micro F1 >= 0.93', () => {
    const calls = score(
      [
        ...transcriptsFrom(join(corpusDir, 'holdout-transcripts')),
        ...transcriptsFrom(join(corpusDir, 'holdout-c-transcripts')),
      ],
      'earlier held-out transcripts',
    );
    expect(calls.micro).toBeGreaterThanOrEqual(0.93);
  });

  // Never tuned on: the honest figure for voices the rules have not met (holdout-d about 0.85,
  // its calls about 0.87, the even blind calls of session 6 about 0.90 and 0.79, its last
  // round, all read blind once, about 0.84; session 7's even calls about 0.80). The floors only guard against a collapse; nobody tunes on these sets.
  it('reports the untouched holdout sets, and guards against a collapse', () => {
    const notes = score(set('holdout-d.jsonl'), 'holdout-d (held out)', {}, true);
    const calls = score(
      transcriptsFrom(join(corpusDir, 'holdout-d-transcripts')),
      'holdout-d transcripts (held out)',
      {},
      true,
    );
    // session 6's blind calls: only their even ids were never read (test/fixtures/corpus/f-transcripts)
    const fresh = score(
      transcriptsFrom(join(corpusDir, 'f-transcripts')).filter((t) => Number(t.id.slice(1)) % 2 === 0),
      'f-transcripts, even ids (held out)',
      {},
      true,
    );
    expect(notes.micro).toBeGreaterThanOrEqual(0.8);
    expect(calls.micro).toBeGreaterThanOrEqual(0.83);
    const later = score(
      transcriptsFrom(join(corpusDir, 'g-transcripts')).filter((t) => Number(t.id.slice(1)) % 2 === 0),
      'g-transcripts, even ids (held out)',
      {},
      true,
    );
    expect(fresh.micro).toBeGreaterThanOrEqual(0.85);
    const third = score(
      transcriptsFrom(join(corpusDir, 'h-transcripts')),
      'h-transcripts (all: scored blind once)',
      {},
      true,
    );
    expect(later.micro).toBeGreaterThanOrEqual(0.75);
    expect(third.micro).toBeGreaterThanOrEqual(0.8);
    // session 7's blind calls: the odd ids were read for errors, the even ids never (about 0.80)
    const fourth = score(
      transcriptsFrom(join(corpusDir, 'i-transcripts')).filter((t) => Number(t.id.slice(1)) % 2 === 0),
      'i-transcripts, even ids (held out)',
      {},
      true,
    );
    expect(fourth.micro).toBeGreaterThanOrEqual(0.72);
  });

  // The learned layer (docs/decisions/0005: vetoes, and additions behind the scope guard) was
  // trained on train-e, never on these sets: on them, notes read as shipped must do at least as
  // well as the rules alone.
  it('reads the untouched notes at least as well with the learned vetoes as without', () => {
    const long = set('e/holdout-e-long.jsonl');
    for (const [items, label] of [
      [set('holdout-d.jsonl'), 'holdout-d'],
      [long, 'holdout-e-long'],
      [set('e/holdout-e.jsonl'), 'holdout-e'],
      [set('n-notes.jsonl').filter((it) => Number(it.id.split('-')[1]) % 2 === 0), 'n-notes, even ids'],
    ] as const) {
      const shipped = score(items, `${label} (as shipped)`, {}, true);
      const rules = score(items, `${label} (rules alone)`, { learned: false }, true);
      expect(shipped.micro).toBeGreaterThanOrEqual(rules.micro);
    }
    expect(score(long, 'holdout-e-long', {}, true).micro).toBeGreaterThanOrEqual(0.75);
  }, 120_000);

  // session 8's blind notes (test/fixtures/corpus/e/j-notes.jsonl): the odd ids were read for
  // errors, the even ids never (0.886 as shipped when they came)
  it('reads the even ids of the session-8 notes as well with the learned layer, and above 0.85', () => {
    const even = set('e/j-notes.jsonl').filter((it) => Number(it.id.split('-')[1]) % 2 === 0);
    const shipped = score(even, 'j-notes, even ids (as shipped)', {}, true);
    const rules = score(even, 'j-notes, even ids (rules alone)', { learned: false }, true);
    expect(shipped.micro).toBeGreaterThanOrEqual(rules.micro);
    expect(shipped.micro).toBeGreaterThanOrEqual(0.85);
  }, 120_000);

  // session 13's blind notes (test/fixtures/corpus/e/q-notes.jsonl, eight voices): the odd ids
  // were read for errors, the even ids never (0.931 as shipped when they came)
  it('reads the even ids of the session-13 notes above 0.88', () => {
    const even = set('e/q-notes.jsonl').filter((it) => Number(it.id.split('-')[1]) % 2 === 0);
    expect(score(even, 'q-notes, even ids', {}, true).micro).toBeGreaterThanOrEqual(0.88);
  }, 120_000);

  // session 14's blind long stories (e/s-long.jsonl, 0.926 on the even ids when they came) and
  // calls (t-transcripts, 0.782): odd ids read for errors, even ids never; collapse guards only
  it('reads the even ids of the session-14 long stories above 0.88 and calls above 0.7', () => {
    const even = set('e/s-long.jsonl').filter((it) => Number(it.id.split('-')[1]) % 2 === 0);
    expect(score(even, 's-long, even ids', {}, true).micro).toBeGreaterThanOrEqual(0.88);
    const calls = transcriptsFrom(join(corpusDir, 't-transcripts')).filter(
      (t) => Number(t.id.slice(1)) % 2 === 0,
    );
    expect(score(calls, 't-transcripts, even ids (held out)', {}, true).micro).toBeGreaterThanOrEqual(0.7);
  }, 120_000);

  // session 15's blind notes (e/u-notes.jsonl, 0.857 on the even ids when they came) and calls
  // (v-transcripts, 0.866): odd ids read for errors, even ids never; collapse guards only
  it('reads the even ids of the session-15 notes above 0.83 and calls above 0.8', () => {
    const even = set('e/u-notes.jsonl').filter((it) => Number(it.id.split('-')[1]) % 2 === 0);
    expect(score(even, 'u-notes, even ids', {}, true).micro).toBeGreaterThanOrEqual(0.83);
    const calls = transcriptsFrom(join(corpusDir, 'v-transcripts')).filter(
      (t) => Number(t.id.slice(1)) % 2 === 0,
    );
    expect(score(calls, 'v-transcripts, even ids (held out)', {}, true).micro).toBeGreaterThanOrEqual(0.8);
  }, 120_000);

  // session 16's blind notes (e/w-notes.jsonl, 0.873 on the even ids when they came) and calls
  // (x-transcripts, 0.908): odd ids read for errors, even ids never; collapse guards only
  it('reads the even ids of the session-16 notes above 0.83 and calls above 0.8', () => {
    const even = set('e/w-notes.jsonl').filter((it) => Number(it.id.split('-')[1]) % 2 === 0);
    expect(score(even, 'w-notes, even ids', {}, true).micro).toBeGreaterThanOrEqual(0.83);
    const calls = transcriptsFrom(join(corpusDir, 'x-transcripts')).filter(
      (t) => Number(t.id.slice(1)) % 2 === 0,
    );
    expect(score(calls, 'x-transcripts, even ids (held out)', {}, true).micro).toBeGreaterThanOrEqual(0.8);
  }, 120_000);

  // session 17's blind notes (e/y-notes.jsonl, 0.876 on the even ids when they came) and calls
  // (y-transcripts, 0.672: the first read of its layouts and its warm-but-plain calls); odd ids
  // read for errors, even ids never; collapse guards only
  it('reads the even ids of the session-17 notes above 0.83 and calls above 0.6', () => {
    const even = set('e/y-notes.jsonl').filter((it) => Number(it.id.split('-')[1]) % 2 === 0);
    expect(score(even, 'y-notes, even ids', {}, true).micro).toBeGreaterThanOrEqual(0.83);
    const calls = transcriptsFrom(join(corpusDir, 'y-transcripts')).filter(
      (t) => Number(t.id.slice(1)) % 2 === 0,
    );
    expect(score(calls, 'y-transcripts, even ids (held out)', {}, true).micro).toBeGreaterThanOrEqual(0.6);
  }, 120_000);

  // session 19's blind notes (e/z-notes.jsonl, 0.847 on the even ids when they came) and calls
  // (z-transcripts, 0.863): odd ids read for errors, even ids never; collapse guards only
  it('reads the even ids of the session-19 notes above 0.8 and calls above 0.75', () => {
    const even = set('e/z-notes.jsonl').filter((it) => Number(it.id.split('-')[1]) % 2 === 0);
    expect(score(even, 'z-notes, even ids', {}, true).micro).toBeGreaterThanOrEqual(0.8);
    const calls = transcriptsFrom(join(corpusDir, 'z-transcripts')).filter(
      (t) => Number(t.id.slice(1)) % 2 === 0,
    );
    expect(score(calls, 'z-transcripts, even ids (held out)', {}, true).micro).toBeGreaterThanOrEqual(0.75);
  }, 120_000);
});
