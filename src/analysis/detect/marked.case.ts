import { tokensFrom } from '../nlp.js';
import { clausesFrom } from './clauses.js';
import { subjectOf } from './subject.js';

/** A cue match imagined in a sentence: `^` marks its first token. */
export function at(marked: string) {
  const pos = marked.indexOf('^');
  const text = marked.slice(0, pos) + marked.slice(pos + 1);
  const toks = tokensFrom(text);
  const from = toks.findIndex((t) => t.start >= pos);
  const clause = clausesFrom(toks).find((c) => c.from <= from && from < c.to);
  if (from < 0 || !clause) throw new Error(`no token at ^ in ${marked}`);
  return { toks, clause, from };
}

/** Whose behaviour the match marked by `^` is (subject.ts). */
export function subjectOfMarked(marked: string) {
  const p = at(marked);
  return subjectOf(p.toks, p.clause, p.from);
}
