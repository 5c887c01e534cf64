/**
 * Whether a cue match tells what happened in the room or what the writer feared, hoped, supposed or
 * foresaw: "I was worried he'd be bored", "if she had smiled…", "it might get tense".
 */
import type { Tok } from '../nlp.js';
import { skipped } from './clauses.js';
import { nominal } from './person-at.js';
import { BE } from './person-words.js';
import { NEGATORS } from './scope.js';
import { subjectAt } from './subject.js';
import type { Clause } from './types.js';

/** Hope, fear and wonder: what follows is a worry when the candidate feels it. */
const FEELINGS = new Set([
  'hope',
  'hoping',
  'worry',
  'worried',
  'worrying',
  'afraid',
  'fear',
  'feared',
  'scared',
  'wonder',
  'wondering',
  'dread',
  'dreaded',
  'dreading',
  'paranoid',
  'anxious',
  'terrified',
  'nervous',
  'avoid',
]);
/** Conditionals: a hypothetical is not an observation, unless it is a reported question or the interviewer's "if you". */
const CONDITIONALS = new Set(['if', 'whether', 'unless']);
const ASKING = new Set([
  'ask',
  'wonder',
  'check',
  'see',
  'know',
  'enquire',
  'inquire',
  'query',
  'question',
  'test',
]);
const WORRY_WINDOW = 8;

/** Worry scope runs over "and that ..." / "or whether ...": the same hope, continued. */
/**
 * "If they smile and nod, you're in": a clause joined by "and" with no comma to one that opens on
 * a condition shares the condition.
 */
function conditionRunsOn(toks: Tok[], c: Clause, and: number): boolean {
  if (toks[and - 1]?.lower === ',') return false;
  const start = Math.max(c.clauseStart[and - 1] ?? c.from, c.from);
  let k = start;
  while (k < and && (skipped(toks[k]!) || toks[k]!.lower === 'and' || toks[k]!.lower === 'but')) k++;
  return /^(if|unless)$/.test(toks[k]?.lower ?? '') && !/^(as|even)$/.test(toks[k - 1]?.lower ?? '');
}

function worryStart(toks: Tok[], c: Clause, from: number): number {
  let lo = Math.max(c.clauseStart[from] ?? c.from, c.from);
  let floor = from - WORRY_WINDOW;
  while (
    lo > c.from &&
    /^(and|or)$/.test(toks[lo]!.lower) &&
    (/^(that|if|whether)$/.test(toks[lo + 1]?.lower ?? '') || conditionRunsOn(toks, c, lo))
  ) {
    floor = Math.min(floor, lo - WORRY_WINDOW);
    lo = Math.max(c.clauseStart[lo - 1] ?? c.from, c.from);
  }
  return Math.max(lo, floor);
}

/** "asked whether I'd be comfortable managing": a state asked about, not one observed ("available to start" is the question itself). */
function askedState(toks: Tok[], ifAt: number, from: number): boolean {
  const t = toks[from]!;
  if (t.pos !== 'ADJ' || toks[from + 1]?.lower === 'to') return false;
  for (let k = ifAt + 1; k < from; k++) if (BE.has(toks[k]!.lower) || toks[k]!.lemma === 'be') return true;
  return false;
}

const MODAL = new Set(['would', "'d", 'could', 'might', 'should']);
/** "If she'd smiled even once I'd have relaxed": the result of an unreal condition did not happen. */
function counterfactual(toks: Tok[], c: Clause, from: number): boolean {
  let perfect = false;
  for (let k = from - 1; k >= Math.max(c.from + 1, from - 5); k--) {
    const w = toks[k]!.lower;
    if ((w === 'have' || w === "'ve") && MODAL.has(toks[k - 1]!.lower)) perfect = true;
    if (w === "would've" || w === "could've") perfect = true;
  }
  if (!perfect) return false;
  for (let k = from - 1; k >= c.from; k--) if (toks[k]!.lower === 'if') return true;
  return false;
}

/** True when the candidate's own worry, hope or hypothetical governs the match in its clause. */
export function isWorry(toks: Tok[], c: Clause, from: number): boolean {
  if (counterfactual(toks, c, from)) return true;
  const lo = worryStart(toks, c, from);
  for (let i = from - 1; i >= lo; i--) {
    const t = toks[i]!;
    if (CONDITIONALS.has(t.lower)) {
      const before = toks[i - 1];
      const next = toks[i + 1]?.lower ?? '';
      if (before?.lower === 'what') return true;
      if (next === 'anything' || next === 'you' || next === 'u' || next === 'ya') continue;
      // "asked (me) if ...": a reported question
      const asker = before && nominal(before.lower) && i - 2 >= c.from ? toks[i - 2] : before;
      if (asker && i > c.from && (ASKING.has(asker.lemma) || asker.lower === 'as')) {
        if (askedState(toks, i, from)) return true;
        continue;
      }
      return true;
    }
    if (FEELINGS.has(t.lower) || FEELINGS.has(t.lemma)) {
      const who = subjectAt(toks, c, i);
      if (who === 'other' || who === 'we' || who === 'third') continue;
      return true;
    }
  }
  return false;
}

/** Modals that put what follows in a world foreseen or supposed, not the room: "it might get tense", "will be awkward". */
const FORESEEING = new Set(['might', 'may', 'will', 'shall', 'should', 'gonna']);
/** Modals that also tell of habit or ability ("she would check her phone", "could barely") unless a state or condition follows. */
const HABIT_MODALS = new Set(['would', 'could']);
const SUPPOSED_STATE = new Set(['be', 'have', "'ve", 'been', 'get', 'go', 'turn', 'seem', 'feel', 'make']);
/** "could tell she was bored", "could see him yawning": what was perceived. */
const PERCEIVING = new Set(['tell', 'see', 'feel', 'sense', 'hear', 'notice']);
/** "imagine her yawning", "bracing for a grilling", "in case it got awkward". */
const SUPPOSING = new Set(['imagine', 'suppose', 'supposing', 'picture', 'predict', 'expect', 'brace']);
const CONDITION = new Set(['if', 'unless']);
const MODAL_WINDOW = 4;
const CONDITION_WINDOW = 3;

function conditionInSentence(toks: Tok[], c: Clause, from: number): boolean {
  const sent = toks[from]!.sent;
  for (let k = c.from; k < c.to; k++) {
    const t = toks[k]!;
    if (t.sent !== sent) continue;
    if (CONDITION.has(t.lower) && !/^(?:as|even)$/.test(toks[k - 1]?.lower ?? '')) return true;
    if (t.lower === 'case' && toks[k - 1]?.lower === 'in') return true;
  }
  return false;
}

/** A modal governing the word at `from` in its clause that puts it in a supposed world. */
function supposingModal(toks: Tok[], c: Clause, from: number): boolean {
  const start = Math.max(c.clauseStart[from] ?? c.from, c.from);
  for (let k = from - 1; k >= Math.max(start, from - MODAL_WINDOW); k--) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT') return false;
    const going = t.lower === 'going' && toks[k + 1]?.lower === 'to' && k + 2 < from;
    const habit = HABIT_MODALS.has(t.lemma);
    if (!going && !habit && !FORESEEING.has(t.lemma) && !FORESEEING.has(t.lower)) continue;
    const next = toks[k + 1];
    // "wouldn't look at me", "couldn't get a word in": a refusal or a failure that happened
    if (next && (NEGATORS.has(next.lower) || next.lemma === 'not')) return false;
    // "could tell she was bored"; "you should have seen her face", "you could cut the air with a knife"
    if (next && PERCEIVING.has(next.lemma)) return false;
    const before = toks[k - 1]?.lower ?? '';
    if (/^(?:you|u|ya|one)$/.test(before) && (habit || t.lemma === 'should')) return false;
    if (habit && !SUPPOSED_STATE.has(next?.lemma ?? '') && !conditionInSentence(toks, c, from)) return false;
    return true;
  }
  return false;
}

/**
 * True when the word at `from` is told as supposed rather than seen: under a modal of forecast
 * or supposition ("it would be awkward if we fell out", "might get tense", "it's going to be
 * awkward"), after "imagine", "in case" or "expect" in its sentence, or followed at once by a
 * condition of its own ("awkward if nobody talks"). isWorry reads the conditions told before
 * the word and the unreal past; this reads the rest. For what is seen, not for what is said:
 * "you'd be leading the team" is the interviewer's promise, which a modal does not take back.
 */
export function isSupposed(toks: Tok[], c: Clause, from: number): boolean {
  if (supposingModal(toks, c, from)) return true;
  const sent = toks[from]!.sent;
  const clause = Math.max(c.clauseStart[from] ?? c.from, c.from);
  // in the word's own clause: "I expected a grilling but she smiled" is what happened
  for (let k = from - 1; k >= Math.max(clause, from - WORRY_WINDOW); k--) {
    const t = toks[k]!;
    if (t.sent !== sent) break;
    if (t.lower === 'case' && toks[k - 1]?.lower === 'in') return true;
    // "as expected, it was awkward" is what happened
    if (SUPPOSING.has(t.lemma) && toks[k - 1]?.lower !== 'as') {
      const who = subjectAt(toks, c, k);
      if (who === undefined || who === 'self') return true;
    }
  }
  for (let k = from + 1; k < Math.min(c.to, from + 1 + CONDITION_WINDOW); k++) {
    const t = toks[k]!;
    if (t.sent !== sent || t.pos === 'PUNCT') break;
    // "as if", "even if", "asked if", "bored if anything" are no condition on the word
    if (CONDITION.has(t.lower) && !/^(?:as|even|see|ask|asked|wonder)$/.test(toks[k - 1]!.lower))
      return toks[k + 1]?.lower !== 'anything';
    if (Math.max(c.clauseStart[k] ?? c.from, c.from) !== clause) break;
  }
  return false;
}
