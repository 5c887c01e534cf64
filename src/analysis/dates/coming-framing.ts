/**
 * Whether the words around a bare weekday put the interview ahead. "Final round on Friday" says
 * neither way on its own; "…, I'm nervous" (or the next sentence: "Nervous already.") makes it
 * the coming Friday, "…, it went fine" the past one. Only a clause with no past mark of its own
 * is read this way, and only words of looking ahead count: present tense alone ("I'm still
 * waiting to hear") is as often said after an interview as before it.
 */
import { sentenceAround } from '../stated-clauses.js';

/** Words of looking ahead to an event: a plan, nerves, preparation. */
const LOOKING_AHEAD =
  /\b(?:will|shall|going to|gonna|tomorrow|next|upcoming|coming up|nervous|anxious|excited|scared|terrified|dreading|prep\w*|practi[cs]\w*|rehears\w*|revis(?:e|ing)|ready|wish me luck|can't wait|cannot wait|looking forward|counting down)\b|['\u2019]ll\b/i;
/** Words of the night after: nerves or plans need not be about the interview then. */
const LOOKING_BACK =
  /\b(?:was|were|had|did|went|been|felt|thought|said|told|asked|gave|made|took|met|spoke|sat|ran|came|left|seemed|blew|bombed|nailed|result|outcome|hear|heard|feedback|wait|waiting|news|decision|back)\b/i;
/** A past participle after "I'm", "so", "feel": a feeling, not a past event ("I'm so worried"). */
const PAST_ED =
  /(?<!\b(?:'m|am|is|are|so|very|really|quite|pretty|bit|feel|feeling|get|getting|im)\s+)\b\w{3,}ed\b/i;
/** The next sentence counts only when it opens with nerves or preparation ("Nervous!"). */
const NEXT_OPENS_AHEAD =
  /^\s*(?:(?:i'm|i am|im|feeling|so|a bit|really|very|already)\s+)*(?:nervous|anxious|excited|scared|terrified|dreading|prepping|preparing|practi[cs]ing|rehearsing|wish me luck|can't wait|cannot wait|looking forward)\b/i;

const pastIn = (words: string): boolean => LOOKING_BACK.test(words) || PAST_ED.test(words);

/**
 * True when the sentence holding the clause at `start` of `text` frames its day as ahead: no
 * past mark anywhere in it, and words of looking ahead in it or at the start of the next one.
 */
export function framedAsComing(text: string, start: number): boolean {
  const sentence = sentenceAround(text, start);
  const whole = text.slice(sentence.start, sentence.end);
  if (pastIn(whole)) return false;
  if (LOOKING_AHEAD.test(whole)) return true;
  const next = text.slice(sentence.end + 1, sentence.end + 120).replace(/^[\s.!?]+/, '');
  return NEXT_OPENS_AHEAD.test(next) && !pastIn(next.split(/[.!?\n]/)[0] ?? '');
}
