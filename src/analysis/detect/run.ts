/**
 * From text to found signs: one readDoc per input (notes) or per turn (transcripts),
 * cue hits per segment, then counting, cross-sign rules and evidence quotes.
 */
import type { SignId } from '../../core/signs/ids.js';
import { readText, tokensFrom, type ReadText, type Tok } from '../nlp.js';
import { CUE_SIGNS } from '../signs/index.js';
import type { EvidenceQuote, FoundSign, Transcript, Turn } from '../types.js';
import { AFTERMATH_SIGNS, aftermathHits } from './aftermath.js';
import { clausesFrom } from './clauses.js';
import { notThisInterview } from './elsewhere.js';
import { retractedRanges, withoutRetracted } from './corrections.js';
import { narratedAsFirstPerson } from './narrator.js';
import { hitsBySign, hitsFrom } from './match.js';
import { TRANSCRIPT_SIGNS } from './transcript-cues.js';
import { NEUTRAL_FACE_SAID } from './transcript-room-cues.js';
import { callSigns, WHOLE_CALL_TURNS } from './call-signs.js';
import { brushOffFrom, noDateFrom, replyAfter } from './turn-replies.js';
import type { TurnSign } from './turn-sign.js';
import { apologisesThroughout, candidateMannerOf, mannerSigns } from './call-manner.js';
import { roleToldSigns } from './call-role-told.js';
import { qaLinks, qaSignsOf } from './qa-links.js';
import { sectionsOf } from './sections.js';
import { turnAllows } from './turn-kind.js';
import { isScheduleOnly } from './schedule-timeline.js';
import type { Clause, Hit, SignPatterns } from './types.js';

const MIN_WEIGHT = new Map<SignId, number>(CUE_SIGNS.map((s) => [s.id, s.minWeight ?? 1]));
const CALL_MIN_WEIGHT = new Map<SignId, number>(
  CUE_SIGNS.map((s) => [s.id, s.callMinWeight ?? s.minWeight ?? 1]),
);
const YIELDS_TO = new Map(CUE_SIGNS.flatMap((s) => (s.yieldsTo ? [[s.id, s.yieldsTo] as const] : [])));
const MAX_QUOTES = 3;
// notes run every cue sign in one pass over the text, the aftermath's with the rest
const NOTES_SIGNS: readonly SignPatterns[] = [...new Set([...CUE_SIGNS, ...AFTERMATH_SIGNS])];
const MAX_QUOTE_CHARS = 300;
/** Marker regex for hits read from the whole call (detect/call-signs.ts) rather than a cue. */
const WHOLE_CALL = /(?:)/;
/** Marker regex for a whole-call reading of a moment (TurnSign.moment): awkward for a while, not all through. */
const MOMENT = /(?:)/;

/** What counting a hit reads of it (signsFrom). */
export type CountedHit = Pick<Hit, 'id' | 'cue' | 'confidence'>;

/**
 * Found signs resting on a cue marked `firm`, which the learned vetoes leave standing. Kept beside the
 * signs rather than on them, so no flag reaches the analysis the API returns.
 */
const FIRM = new WeakSet<FoundSign>();

/** Whether the rules found this sign through wording that settles it (Cue.firm). */
export function isFirm(sign: FoundSign): boolean {
  return FIRM.has(sign);
}

export interface Located {
  hit: CountedHit;
  quote: EvidenceQuote;
}

function signsFrom(located: Located[], transcript: boolean, wholeCall = false): FoundSign[] {
  const byId = new Map<SignId, Located[]>();
  for (const l of located) {
    const list = byId.get(l.hit.id) ?? [];
    list.push(l);
    byId.set(l.hit.id, list);
  }
  // a culture question brushed off is not a culture discussion, in the same segment
  const brushed = new Set((byId.get('little-company-info') ?? []).map((l) => l.quote.start));
  const culture = byId.get('culture-discussion');
  if (culture)
    byId.set(
      'culture-discussion',
      culture.filter((l) => !brushed.has(l.quote.start)),
    );
  if (transcript) {
    // flat-interviewer is read from the whole call (detect/call-signs.ts), not from a phrase, unless the
    // panel says it will keep a neutral face
    const flat = byId
      .get('flat-interviewer')
      ?.filter((l) => l.hit.cue.re === WHOLE_CALL || l.hit.cue.re === NEUTRAL_FACE_SAID);
    if (flat?.length) byId.set('flat-interviewer', flat);
    else byId.delete('flat-interviewer');
    // warmth means warm through the interview; an awkward moment said aloud undoes a polite goodbye, but
    // two people giving way to each other once (x11, c21-09) does not undo a room that warmed up
    if (byId.get('awkward-atmosphere')?.some((l) => l.hit.cue.re !== MOMENT))
      byId.delete('positive-atmosphere');
  }

  const out: FoundSign[] = [];
  const weights = new Map<SignId, number>();
  // a whole call holds all the talk, where notes hold the writer's summary of it; an excerpt may hold one telling line
  const minWeight = wholeCall ? CALL_MIN_WEIGHT : MIN_WEIGHT;
  for (const [id, list] of byId) {
    const weight = list.reduce((a, l) => a + (l.hit.cue.weight ?? 1), 0);
    if (list.length === 0 || weight + 1e-9 < (minWeight.get(id) ?? 1)) continue;
    weights.set(id, weight);
    let miss = 1;
    const quotes: EvidenceQuote[] = [];
    for (const l of list) {
      miss *= 1 - l.hit.confidence;
      if (quotes.length < MAX_QUOTES && !quotes.some((q) => q.start === l.quote.start)) quotes.push(l.quote);
    }
    const sign: FoundSign = {
      id,
      confidence: Math.round(Math.min(0.95, 1 - miss) * 100) / 100,
      evidence: quotes,
    };
    if (list.some((l) => l.hit.cue.firm)) FIRM.add(sign);
    out.push(sign);
  }
  // one mention (less than two cues' weight) gives way to a contradicting sign found in the same text
  const found = new Set(out.map((s) => s.id));
  return out
    .filter((s) => !(weights.get(s.id)! < 2 && YIELDS_TO.get(s.id)?.some((other) => found.has(other))))
    .sort((a, b) => b.confidence - a.confidence);
}

function trimmedQuote(text: string, start: number, end: number): EvidenceQuote {
  let s = start;
  let e = Math.min(end, s + MAX_QUOTE_CHARS);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { quote: text.slice(s, e), start: s, end: e };
}

function segmentQuote(text: string, toks: Tok[], hit: Hit): EvidenceQuote {
  const c = hit.clause;
  return trimmedQuote(text, toks[c.from]!.start, toks[c.to - 1]!.end);
}

/** How the rules read a note: its tokens, segments and the token ranges that are no evidence. */
export interface NotesReading {
  toks: Tok[];
  clauses: Clause[];
  /** What the writer takes back (detect/corrections.ts). */
  retracted: [number, number][];
  /** What is told of another interview (detect/elsewhere.ts). */
  elsewhere: [number, number][];
}

/**
 * `keep`, when given, receives the rules' reading of a note short enough to be read whole
 * (one section), so a later step can reuse it instead of reading the text again. `read` is
 * `readText(text)`, when the caller has it (used for such a note; a section is read apart).
 */
export function detectInNotes(
  text: string,
  elapsedFromRecord?: number,
  keep?: (reading: NotesReading) => void,
  read?: ReadText,
): FoundSign[] {
  const located: Located[] = [];
  const sections = sectionsOf(text);
  for (const { start, end } of sections) {
    const whole = start === 0 && end === text.length;
    const part = whole ? text : text.slice(start, end);
    // only a one-section note's reading is handed on: in a long one each section's tokens must
    // die with its pass (kept to the next, they held ~15 MB more at the peak of a 1 MB reading)
    for (const l of locatedInNotes(
      part,
      elapsedFromRecord,
      sections.length === 1 ? keep : undefined,
      whole ? read : undefined,
    ))
      located.push(shifted(l, start));
  }
  return signsFrom(located, false);
}

function shifted(l: Located, by: number): Located {
  if (by === 0) return l;
  return { hit: l.hit, quote: { quote: l.quote.quote, start: l.quote.start + by, end: l.quote.end + by } };
}

function locatedInNotes(
  text: string,
  elapsedFromRecord?: number,
  keep?: (reading: NotesReading) => void,
  read: ReadText = readText(text),
): Located[] {
  // a parent's or friend's account reads as the candidate's own
  const toks = narratedAsFirstPerson(tokensFrom(text, 0, read));
  const clauses = clausesFrom(toks);
  const found = hitsBySign(toks, clauses, NOTES_SIGNS, false);
  const cueHits = CUE_SIGNS.flatMap((s) => found.get(s)!);
  // a question and the reply in the next sentence or line, read together by the `qa` cues
  const links = qaLinks(toks, clauses);
  if (links.length) cueHits.push(...hitsFrom(toks, links, qaSignsOf(CUE_SIGNS), false));
  // what the writer takes back in the next breath is no evidence, nor what is told of another interview
  const retracted = retractedRanges(toks, clauses);
  // a friend's reply in a pasted chat is told of their own interview, not this one
  const elsewhere = notThisInterview(text, toks);
  const hits = withoutRetracted(
    withoutRetracted(
      [
        ...cueHits,
        ...aftermathHits(toks, clauses, false, text, elapsedFromRecord, found, read.text, [
          retracted,
          elsewhere,
        ]),
      ],
      retracted,
    ),
    elsewhere,
  );
  keep?.({ toks, clauses, retracted, elsewhere });
  // only what counting reads is kept: a hit's segment would hold its section's segments and
  // their strings until the whole text is read (~6 MB at the end of a megabyte)
  return hits.map((hit) => ({
    hit: { id: hit.id, cue: hit.cue, confidence: hit.confidence },
    quote: segmentQuote(text, toks, hit),
  }));
}

/** A sign read from whole turns, as a hit on `clause` under the marker `re`, quoted as its turn. */
function turnLocated(text: string, sign: TurnSign, re: RegExp, clause: Clause): Located {
  const hit: Hit = {
    id: sign.id,
    cue: { re, weight: sign.weight },
    clause,
    from: clause.from,
    to: clause.to,
    confidence: sign.confidence,
  };
  return { hit, quote: turnQuote(text, sign.turn.spans) };
}

/**
 * A whole turn as its quote, up to the last of its cues that fits the length cap, so a long
 * turn is never cut inside the next cue's id or timing (a turn merges cues of one speaker).
 */
function turnQuote(text: string, spans: readonly { start: number; end: number }[]): EvidenceQuote {
  const start = spans[0]!.start;
  let end = spans[0]!.end;
  for (const sp of spans) if (sp.end - start <= MAX_QUOTE_CHARS) end = sp.end;
  return trimmedQuote(text, start, end);
}

const TAIL_TURNS = 6;
/** Marker regex for brush-off hits, which come from turn structure rather than a cue. */
const BRUSH_OFF = /(?:)/;
/** Marker regex for a no-date answer to the candidate's question about timing. */
const NO_DATE = /(?:)/;

export function detectInTranscript(text: string, transcript: Transcript): FoundSign[] {
  const candidate = transcript.candidate?.name;
  const located: Located[] = [];
  const turns = transcript.turns;
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    const role = turn.speaker === candidate ? 'candidate' : 'interviewer';
    const toks = tokensFrom(turn.text);
    const clauses = clausesFrom(toks, 0, toks.length, role);
    const spanQuote = (localStart: number): EvidenceQuote => {
      let at = 0;
      for (const sp of turn.spans) {
        const len = sp.end - sp.start;
        if (localStart <= at + len) return trimmedQuote(text, sp.start, sp.end);
        at += len + 1;
      }
      const last = turn.spans[turn.spans.length - 1]!;
      return trimmedQuote(text, last.start, last.end);
    };
    const hits = hitsFrom(toks, clauses, CUE_SIGNS, true);
    // the dialogue layer adds what the sign modules missed, never a second weight for the same clause
    const byClause = new Map(hits.map((h, k) => [`${h.id}@${h.clause.from}`, k]));
    for (const h of hitsFrom(toks, clauses, TRANSCRIPT_SIGNS, true)) {
      const k = byClause.get(`${h.id}@${h.clause.from}`);
      if (k === undefined) hits.push(h);
      else if ((hits[k]!.cue.weight ?? 1) < (h.cue.weight ?? 1)) hits[k] = h;
    }
    for (const hit of aftermathHits(toks, clauses, true, turn.text)) {
      // only the last turns make the ending
      if (hit.id !== 'no-next-steps' || t >= turns.length - TAIL_TURNS) hits.push(hit);
    }
    const recent = turns.slice(Math.max(0, t - 2), t);
    for (const hit of hits)
      if (turnAllows(hit.cue, turn, recent, candidate) && !isScheduleOnly(hit.cue, turn.text))
        located.push({ hit, quote: spanQuote(toks[hit.from]!.start) });
    if (role === 'candidate' && clauses.length) {
      const next = turns[t + 1];
      const brush = brushOffFrom(turn, replyAfter(turns, t, candidate));
      if (brush) located.push(turnLocated(text, brush, BRUSH_OFF, clauses[clauses.length - 1]!));
      // asked near the end when the answer comes, and told they do not know
      const noDate =
        t >= turns.length / 2
          ? noDateFrom(turn, next && next.speaker !== candidate ? next : undefined)
          : undefined;
      if (noDate) {
        const l = turnLocated(text, noDate, NO_DATE, clauses[clauses.length - 1]!);
        // explicit, like "no date was given": a timeline elsewhere does not cancel it
        located.push({ ...l, hit: { ...l.hit, cue: { ...l.hit.cue, neg: 'ignore' } } });
      }
    }
  }
  const isCandidate = (t: Turn): boolean => t.speaker === candidate;
  // two whole-call readings of one sign are one piece of evidence: the stronger counts
  const whole = new Map<SignId, TurnSign>();
  // short replies to a candidate who apologises at every turn are no flat interviewer
  const manner = candidateMannerOf(turns, isCandidate);
  const apologetic = apologisesThroughout(manner);
  for (const sign of [
    ...callSigns(turns, isCandidate),
    ...mannerSigns(turns, isCandidate, manner),
    ...roleToldSigns(turns, isCandidate),
  ])
    if (apologetic && sign.id === 'flat-interviewer') continue;
    else if ((whole.get(sign.id)?.weight ?? 0) < sign.weight) whole.set(sign.id, sign);
  for (const sign of whole.values()) {
    const c = clausesFrom(tokensFrom(sign.turn.text))[0];
    if (c) located.push(turnLocated(text, sign, sign.moment ? MOMENT : WHOLE_CALL, c));
  }
  // a timeline anywhere from the interviewer cancels a vague close, but not an explicit "no date"
  const timeline = located.some((l) => l.hit.id === 'timeline-given');
  return signsFrom(
    timeline ? located.filter((l) => l.hit.id !== 'no-next-steps' || l.hit.cue.neg === 'ignore') : located,
    true,
    turns.length >= WHOLE_CALL_TURNS,
  );
}
