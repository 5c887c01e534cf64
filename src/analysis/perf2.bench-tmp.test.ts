import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { tokensFrom } from './nlp.js';
import { clausesFrom } from './detect/clauses.js';
import { hitsFrom } from './detect/match.js';
import { aftermathHits } from './detect/aftermath.js';
import { CUE_SIGNS } from './signs/index.js';

it('perf parts', () => {
  const rows = readFileSync('/work/shared/eval/dev/debriefs.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  let text = '';
  let i = 0;
  while (text.length < 1_000_000) text += rows[i++ % rows.length] + '\n\n';
  tokensFrom('warm up please');
  let t = performance.now();
  const toks = tokensFrom(text); const a = performance.now() - t; t = performance.now();
  const cl = clausesFrom(toks); const b = performance.now() - t; t = performance.now();
  const h = hitsFrom(toks, cl, CUE_SIGNS, false); const c = performance.now() - t; t = performance.now();
  aftermathHits(toks, cl, false, text); const d = performance.now() - t;
  console.log({ a, b, c, d, hits: h.length, clauses: cl.length });
});
