/**
 * A speech tag that closes its sentence: "Most people move up within a year, she said",
 * "'You'd be running the team,' he told me", "We promote from within, according to the manager",
 * "'Not sure you have the experience' was what she said". Notes put the tag before or after
 * the words; read after, the words before it are the speaker's as much as after "she said".
 * Walked back from the sentence's end only, so a sentence costs a few token reads.
 */
import { QUOTES, type Tok } from '../nlp.js';
import {
  FELLOW_CANDIDATES,
  HEARSAY,
  OTHER_NOM,
  PEOPLE,
  type Person,
  SELF_NOM,
  THIRD,
  WE_NOM,
} from './person-words.js';

/** Verbs that tag speech: "she said", "he explained", "the manager assured me". */
const TAG_VERBS = new Set([
  'say',
  'tell',
  'explain',
  'add',
  'mention',
  'reckon',
  'insist',
  'assure',
  'warn',
  'admit',
  'promise',
  'claim',
  'note',
  'reply',
  'answer',
  'continue',
  'confirm',
]);
/** What closes a sentence after its tag. */
const END = new Set(['.', '!', '?', '…', '...']);
/** What the tag follows: the reported words end at a comma, a dash or a closing quote. */
const BEFORE_TAG = new Set([',', '-', '–', '—', ...QUOTES]);
const LISTENERS = new Set(['me', 'us']);
/** What a text can be "according to" that is no person. */
const WRITTEN = new Set([
  'feedback',
  'email',
  'e-mail',
  'mail',
  'letter',
  'message',
  'text',
  'note',
  'notes',
  'ad',
  'advert',
  'advertisement',
  'listing',
  'posting',
  'description',
  'spec',
  'website',
  'site',
  'page',
  'report',
  'review',
  'reviews',
  'rejection',
  'offer',
  'contract',
  'handbook',
  'policy',
  'form',
  'survey',
  'invite',
  'invitation',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our', 'one', 'his', 'her', 'their', 'this', 'that']);

export interface SpeechTag {
  /** First token of the tag (the speaker, the verb or "according"). */
  at: number;
  speaker: Person;
}

/** The person a noun phrase [lo, hi] names, when it can tag speech: "she", "the hiring manager", "Sarah", "my mate". */
function speakerOf(toks: Tok[], lo: number, hi: number): Person | undefined {
  if (hi < lo) return undefined;
  const head = toks[hi]!;
  const w = head.lower;
  if (lo === hi) {
    if (OTHER_NOM.has(w) || w === 'her' || w === 'him' || w === 'them') return 'other';
    if (SELF_NOM.has(w) || w === 'me') return 'self';
    if (WE_NOM.has(w) || w === 'us') return 'we';
    if (head.pos === 'PROPN' && w !== 'i') return 'other';
  }
  if (hi - lo > 3) return undefined;
  for (let k = lo; k < hi; k++) {
    const t = toks[k]!;
    if (!DETERMINERS.has(t.lower) && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN')
      return undefined;
  }
  if (HEARSAY.has(w) || THIRD.has(w) || FELLOW_CANDIDATES.has(w)) return 'third';
  if (PEOPLE.has(w) || head.pos === 'PROPN') return 'other';
  // titles the word list lacks: "the foreman", "the area supervisor"; not what was written or
  // sent ("according to the feedback, I didn't seem interested" is the writer's own manner)
  if (head.pos === 'NOUN' && !WRITTEN.has(w) && lo < hi && DETERMINERS.has(toks[lo]!.lower)) return 'other';
  return undefined;
}

/** The last token of a sentence's words in [lo, hi): closing marks and quotes passed over. */
function lastWord(toks: Tok[], lo: number, hi: number): number {
  let e = hi - 1;
  while (e >= lo && (END.has(toks[e]!.lower) || QUOTES.has(toks[e]!.lower))) e--;
  return e;
}

/**
 * The tag that ends the sentence held in tokens [lo, hi), when there is one: "..., she said",
 * "..., said the manager", "..., he told me", "..., according to Sam", "'...' was what she said".
 */
export function closingTag(toks: Tok[], lo: number, hi: number): SpeechTag | undefined {
  let e = lastWord(toks, lo, hi);
  if (e - lo < 3) return undefined;
  // "he told me", "she said to me"
  if (LISTENERS.has(toks[e]!.lower)) e -= toks[e - 1]?.lower === 'to' ? 2 : 1;
  // "..., according to the manager"
  for (let a = e - 1; a >= Math.max(lo + 1, e - 5); a--) {
    if (toks[a]!.lower !== 'according' || toks[a + 1]?.lower !== 'to') continue;
    const speaker = speakerOf(toks, a + 2, e);
    return speaker && BEFORE_TAG.has(toks[a - 1]!.lower) ? { at: a, speaker } : undefined;
  }
  const verb = toks[e]!;
  if (TAG_VERBS.has(verb.lemma)) {
    // "... was what she said", "... is what the manager told me"
    for (let s = e - 1; s >= Math.max(lo + 1, e - 4); s--) {
      if (toks[s]!.lower !== 'what') continue;
      const be = toks[s - 1]!;
      if (!(be.lemma === 'be' || be.lower === "'s")) break;
      const speaker = speakerOf(toks, s + 1, e - 1);
      return speaker ? { at: s - 1, speaker } : undefined;
    }
    // "..., she said", "..., the manager explained"
    for (let s = e - 1; s >= Math.max(lo + 1, e - 4); s--) {
      if (!BEFORE_TAG.has(toks[s - 1]!.lower)) continue;
      const speaker = speakerOf(toks, s, e - 1);
      if (speaker) return { at: s, speaker };
    }
    return undefined;
  }
  // "..., said the manager", "..., said she"
  for (let v = e - 1; v >= Math.max(lo + 1, e - 4); v--) {
    const t = toks[v]!;
    if (!TAG_VERBS.has(t.lemma) || !BEFORE_TAG.has(toks[v - 1]!.lower)) continue;
    const speaker = speakerOf(toks, v + 1, e);
    return speaker ? { at: v, speaker } : undefined;
  }
  return undefined;
}

/** The closing tag of the sentence holding token `i` within [lo, hi), when `i` stands in the words it tags. */
export function taggedSpeech(toks: Tok[], lo: number, hi: number, i: number): SpeechTag | undefined {
  const sent = toks[i]!.sent;
  let a = i;
  while (a > lo && toks[a - 1]!.sent === sent) a--;
  let b = i + 1;
  while (b < hi && toks[b]!.sent === sent) b++;
  const tag = closingTag(toks, a, b);
  return tag && i < tag.at ? tag : undefined;
}
