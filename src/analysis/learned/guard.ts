/**
 * The scope guard on what the learned models add. A bag of n-grams cannot see scope, so an
 * added sign stands only if the word (or bigram) of its evidence sentence that weighs most for
 * the sign — its anchor — passes the checks the rules apply to their own cues, read from the
 * same tokens the rules read (a parent's or friend's account read as first person):
 * - not in a sentence the writer takes back ("Actually no, …") or tells of another interview;
 * - not negated (unless the anchor is itself a negation-marked feature, which has read it);
 * - not the candidate's own worry, hope or hypothetical;
 * - for what is seen (every channel but verbal), not supposed: under a modal of forecast or a
 *   condition ("it would be awkward if we fell out, he joked"), after "imagine" or "in case";
 * - for the interviewer's non-verbal doing (smiles, arms, phone, energy), not the candidate's
 *   ("I smiled and nodded"); for what they told or offered (a positive verbal sign), not the
 *   candidate's own doing with no one else in the sentence and nothing asked or heard ("I paid
 *   for my course myself, the training paid off"): "when I asked about the culture, she said …"
 *   is how verbal signs are usually told;
 * - for a negative sign, not in a sentence the rules already read as another negative sign: the
 *   rules chose which reading such a sentence supports ("no energy, didn't crack a smile" is
 *   flat-interviewer's, not negative-body-language's), and the model cannot tell them apart.
 *   raised-concerns is no such reading: the doubts it counts are told beside the manner words.
 * Some signs are never added: their rules count (doubts, days since the interview, who showed
 * what) or tell stock questions from pointed ones, which single words cannot (docs/decisions/0005).
 */
import { SIGN_META, isContractSignId, type ContractSignId } from '../../core/signs/ids.js';
import { clausesFrom } from '../detect/clauses.js';
import { retractedRanges } from '../detect/corrections.js';
import { notThisInterview } from '../detect/elsewhere.js';
import { narratedAsFirstPerson } from '../detect/narrator.js';
import { isNegated } from '../detect/scope.js';
import { isSupposed, isWorry } from '../detect/worry.js';
import { otherInSentence, subjectOf } from '../detect/subject.js';
import { sectionsOf, type Section } from '../detect/sections.js';
import type { NotesReading } from '../detect/run.js';
import { readText, tokensFrom, type Tok } from '../nlp.js';
import { unwrappedText } from '../soft-wraps.js';
import type { Clause } from '../detect/types.js';
import { CUE_SIGNS } from '../signs/index.js';
import type { FoundSign } from '../types.js';
import { tokensOf } from './features.js';
import type { SignModelData } from './model-types.js';

/** Signs the models never add. */
export const NEVER_ADDED: ReadonlySet<ContractSignId> = new Set<ContractSignId>([
  'raised-concerns',
  'no-follow-up',
  'no-next-steps',
  'candidate-nerves',
  'achievements-praised',
  'generic-questions',
]);

/**
 * Rule signs that read no other sign's words: the doubts raised-concerns counts are told beside the room's manner
 * ("a tense panel who questioned my figures, then doubted ..."), not as another reading of it.
 */
const COUNTED_ELSEWHERE: ReadonlySet<string> = new Set(['raised-concerns']);

/** Signs about the interviewer's doing: most of their subject-bound cues are `who: 'interviewer'`. */
export const INTERVIEWER_DOING: ReadonlySet<string> = new Set(
  CUE_SIGNS.filter((s) => {
    const bound = s.cues.filter((c) => c.who && c.who !== 'any');
    return bound.length > 0 && bound.filter((c) => c.who === 'interviewer').length * 2 > bound.length;
  }).map((s) => s.id),
);

export type GuardReason =
  'never-added' | 'negated' | 'worry' | 'supposed' | 'self' | 'retracted' | 'elsewhere' | 'read-by-rules';

/** The candidate asking or hearing: "I asked about progression", "I learned the team is new". */
const ASKING_OR_HEARING = new Set([
  'ask',
  'enquire',
  'inquire',
  'query',
  'question',
  'raise',
  'bring',
  'mention',
  'talk',
  'discuss',
  'chat',
  'hear',
  'learn',
  'find',
  'get',
  'tell',
  'say',
  'explain',
  'speak',
]);

/** Whether the candidate asks, hears or is told anything in the sentence up to `i`. */
function askedOrHeard(toks: Tok[], c: Clause, i: number): boolean {
  const sent = toks[i]!.sent;
  for (let k = i; k >= c.from && toks[k]!.sent === sent; k--)
    if (ASKING_OR_HEARING.has(toks[k]!.lemma)) return true;
  return false;
}

/**
 * Whose doing the anchor's clause tells is the candidate's, for a sign about the interviewer's.
 * Of the verbal signs only the positive ones are read so (what the interviewer told or offered):
 * a negative one is an absence, told by what the candidate asked or still does not know
 * ("I asked about the team, nothing"; "I still don't know what it is").
 */
function candidatesOwn(id: ContractSignId, toks: Tok[], c: Clause, i: number): boolean {
  if (!INTERVIEWER_DOING.has(id) || subjectOf(toks, c, i) !== 'self') return false;
  const { channel, polarity } = SIGN_META[id];
  if (channel !== 'verbal') return true;
  return polarity === 'positive' && !otherInSentence(toks, c, i) && !askedOrHeard(toks, c, i);
}

interface Anchor {
  start: number;
  /** The feature that weighs most: a word, or a bigram ending at this token. */
  feature: string;
}

/**
 * The word or in-sentence bigram of the evidence span that weighs most for the model. The span is
 * one of `tokensOf`'s sentences, and a sentence break resets its negation marking, so reading the
 * span alone gives the same features as reading the whole text.
 */
function anchorOf(text: string, from: number, to: number, model: SignModelData): Anchor | undefined {
  const { tokens, clauseStarts } = tokensOf(text.slice(from, to));
  let anchor: Anchor | undefined;
  let best = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const features = [t.word];
    if (prev && !clauseStarts.has(i) && prev.sentence === t.sentence) features.push(`${prev.word} ${t.word}`);
    for (const feature of features) {
      const w = model.w[feature] ?? 0;
      if (w > best) [best, anchor] = [w, { start: from + t.start, feature }];
    }
  }
  return anchor;
}

interface SectionReading extends NotesReading {
  section: Section;
}

const inside = (ranges: readonly [number, number][], at: number): boolean =>
  ranges.some(([a, b]) => a <= at && at < b);

/** Reach of a re-read around an anchor in a note too long to be read whole. */
const WINDOW_CHARS = 2_000;

/** The last line break or sentence end in `text[from, to)`, else `from`. */
function breakBefore(text: string, from: number, to: number): number {
  const m = /[\s\S]*(?:\n|[.!?]\s)/.exec(text.slice(from, to));
  return m ? from + m[0].length : from;
}

/**
 * Reads the part of a note around an anchor as the rules read it. A note short enough to be read
 * whole (one section) is read once, or not at all when the rules' own reading is given
 * (`detectInNotes`'s `keep`). In a longer note only a window of whole sentences around the
 * anchor, inside its section, is read, so the guard never holds a second section's worth of
 * tokens (a narrator frame named outside the window is not seen there).
 */
export class GuardReader {
  private readonly sections: Section[];
  private last: SectionReading | undefined;
  private unwrapped: string | undefined;

  /** `modelText` is `unwrappedText(text)`, when the caller has it. */
  constructor(
    private readonly text: string,
    rulesReading?: NotesReading,
    modelText?: string,
  ) {
    this.unwrapped = modelText;
    this.sections = sectionsOf(text);
    if (rulesReading && this.sections.length === 1)
      this.last = { section: this.sections[0]!, ...rulesReading };
  }

  /** The text with its soft wraps read as spaces, as the models read it (soft-wraps.ts). */
  get modelText(): string {
    return (this.unwrapped ??= unwrappedText(this.text));
  }

  at(offset: number): SectionReading {
    if (this.last && this.last.section.start <= offset && offset < this.last.section.end) return this.last;
    let section = this.sections.find((s) => s.start <= offset && offset < s.end) ?? this.sections[0]!;
    if (this.sections.length > 1) {
      const lo = Math.max(section.start, offset - WINDOW_CHARS);
      const hi = Math.min(section.end, offset + WINDOW_CHARS);
      const start = lo > section.start ? breakBefore(this.text, lo, offset) : lo;
      const end = hi < section.end ? Math.max(offset + 1, breakBefore(this.text, offset, hi)) : hi;
      section = { start, end };
    }
    const part = this.text.slice(section.start, section.end);
    const toks = narratedAsFirstPerson(tokensFrom(part, 0, readText(part)));
    const clauses = clausesFrom(toks);
    this.last = {
      section,
      toks,
      clauses,
      retracted: retractedRanges(toks, clauses),
      elsewhere: notThisInterview(part, toks),
    };
    return this.last;
  }
}

/** Why an addition must not stand, or undefined when it may. */
export function guardReason(
  text: string,
  sign: FoundSign,
  model: SignModelData,
  ruleSigns: readonly FoundSign[],
  reader: GuardReader = new GuardReader(text),
): GuardReason | undefined {
  if (NEVER_ADDED.has(model.id)) return 'never-added';
  const ev = sign.evidence[0];
  if (!ev) return undefined;
  if (
    SIGN_META[model.id].polarity === 'negative' &&
    ruleSigns.some(
      (r) =>
        r.id !== model.id &&
        isContractSignId(r.id) &&
        !COUNTED_ELSEWHERE.has(r.id) &&
        SIGN_META[r.id].polarity === 'negative' &&
        r.evidence.some((q) => q.start < ev.end && ev.start < q.end),
    )
  )
    return 'read-by-rules';
  const anchor = anchorOf(reader.modelText, ev.start, ev.end, model);
  if (!anchor) return undefined;
  const { section, toks, clauses, retracted, elsewhere } = reader.at(anchor.start);
  const at = anchor.start - section.start;
  const i = toks.findIndex((t) => t.end > at);
  if (i < 0) return undefined;
  if (inside(retracted, i)) return 'retracted';
  if (inside(elsewhere, i)) return 'elsewhere';
  const c = clauses.find((x) => x.from <= i && i < x.to);
  if (!c) return undefined;
  if (!anchor.feature.split(' ').pop()!.startsWith('NOT_') && isNegated(toks, c, i)) return 'negated';
  if (isWorry(toks, c, i)) return 'worry';
  if (SIGN_META[model.id].channel !== 'verbal' && isSupposed(toks, c, i)) return 'supposed';
  if (candidatesOwn(model.id, toks, c, i)) return 'self';
  return undefined;
}

/** The additions that pass the guard, in their given order. `modelText` as GuardReader's. */
export function guardedAdditions(
  text: string,
  added: readonly FoundSign[],
  ruleSigns: readonly FoundSign[],
  models: readonly SignModelData[],
  rulesReading?: NotesReading,
  modelText?: string,
): FoundSign[] {
  if (added.length === 0) return [];
  const reader = new GuardReader(text, rulesReading, modelText);
  const byId = new Map(models.map((m) => [m.id, m]));
  // in text order, so each section is read once
  const inOrder = [...added].sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  const passed = new Set(
    inOrder.filter((a) => {
      const model = byId.get(a.id as ContractSignId);
      return model !== undefined && guardReason(text, a, model, ruleSigns, reader) === undefined;
    }),
  );
  return added.filter((a) => passed.has(a));
}
