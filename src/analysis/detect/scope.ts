/**
 * The readings that turn a cue match into evidence or not: is it negated, whose
 * behaviour is it, is it worry rather than observation, and is it hedged.
 */
import type { Tok } from '../nlp.js';
import type { Clause } from './types.js';

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'nobody', 'none', 'nothing', 'neither', 'nor', 'without', 'hardly', 'barely', 'zero', 'nope', 'cannot', 'dont', 'didnt', 'wasnt', 'werent', 'isnt', 'wouldnt', 'couldnt', 'doesnt', 'havent', 'hasnt', 'aint', 'nowhere', 'noone', 'lacked']);
const NEG_WINDOW = 10;

const SELF = new Set(['i', "i'm", "i'd", "i've", "i'll", 'im', 'ive', 'id', 'me', 'my', 'myself']);
const OTHER = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'them', 'him', "he's", "she's", "they're", "he'd", "she'd", "they'd", 'everyone', 'everybody', 'nobody', 'interviewer', 'manager', 'hm', 'recruiter', 'panel', 'lead', 'director', 'head', 'boss', 'owner', 'partner', 'interviewers', 'guy', 'lady', 'woman', 'man']);

/** Worry, hope and wonder: what follows them is a fear, not an observation. */
const WORRY = new Set(['hope', 'hoping', 'worry', 'worried', 'worrying', 'afraid', 'fear', 'feared', 'scared', 'wonder', 'wondering', 'dread', 'dreaded', 'dreading', 'paranoid', 'anxious', 'terrified', 'nervous', 'if', 'whether', 'unless', 'avoid']);
const WORRY_WINDOW = 8;

const HEDGES = /\b(think|thought|maybe|perhaps|probably|pretty sure|fairly sure|kinda|kind of|sort of|seem|seemed|guess|might|possibly|idk|\d+ ?% sure|felt like|felt|not sure)\b|\?\?/;

export function isNegated(toks: Tok[], c: Clause, from: number): boolean {
  const lo = Math.max(c.clauseStart[from] ?? c.from, from - NEG_WINDOW, c.from);
  for (let i = from - 1; i >= lo; i--) {
    const w = toks[i]!.lower;
    if (NEGATORS.has(w) || NEGATORS.has(toks[i]!.lemma)) {
      // "not only", "no doubt", "never mind" do not negate what follows
      const next = toks[i + 1]?.lower;
      if (next === 'only' || next === 'doubt' || next === 'mind' || next === 'problem' || next === 'wonder') continue;
      return true;
    }
  }
  return false;
}

/** Nearest person word before the match, within the segment: 'self' | 'other' | undefined. */
export function subjectOf(toks: Tok[], c: Clause, from: number): 'self' | 'other' | undefined {
  for (let i = from - 1; i >= c.from && i >= from - 12; i--) {
    const w = toks[i]!.lower;
    if (SELF.has(w)) return 'self';
    if (OTHER.has(w) || toks[i]!.pos === 'PROPN') return 'other';
  }
  return undefined;
}

/** True when a worry/hope/wonder word governs the match in its clause. */
export function isWorry(toks: Tok[], c: Clause, from: number): boolean {
  const lo = Math.max(c.from, from - WORRY_WINDOW);
  for (let i = from - 1; i >= lo; i--) {
    if (WORRY.has(toks[i]!.lower) || WORRY.has(toks[i]!.lemma)) return true;
  }
  return false;
}

export function isHedged(c: Clause): boolean {
  return HEDGES.test(c.surface);
}
