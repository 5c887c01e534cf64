import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from './index.js';

it('perf', () => {
  const rows = readFileSync('/work/shared/eval/dev/debriefs.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  let text = '';
  let i = 0;
  while (text.length < 1_000_000) text += rows[i++ % rows.length] + '\n\n';
  text = text.slice(0, 1_000_000);
  const nlp = winkNLP(model);
  analyze('warm up');
  let t = performance.now();
  nlp.readDoc(text);
  const wink = performance.now() - t;
  const m0 = process.memoryUsage().rss;
  t = performance.now();
  const r = analyze(text);
  const ours = performance.now() - t;
  console.log({ ok: r.ok, wink, ours, ratio: wink / ours, rssMB: process.memoryUsage().rss / 1e6, deltaMB: (process.memoryUsage().rss - m0) / 1e6 });
});
