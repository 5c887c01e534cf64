/**
 * An employer the notes name in lower case by what it is: "interview at the county library",
 * "with the council", "second round with the local hospital trust". Only "the" and a noun that
 * names an organisation that hires (a council, a trust, a library, a hospital, a school…) count,
 * so a place where the interview happened ("at the office", "at home", "at the cafe near the
 * station") never does, nor "a school" (not named), nor the noun describing something else ("the
 * school gates"). stated-job.ts offers it only when no capitalised name is given.
 */
import { execAll } from './exec-all.js';

/** "at/with/for the", up to three describing words, an organisation's noun, and what follows. */
const INSTITUTION =
  /\b(?:at|with|for)\s+(the\s+)((?:(?!(?:and|or|the|a|an|of|in|at|on|for|with|to|near|by)\b)[a-z][a-z'\u2019-]*\s+){0,3}(?:council|trust|library|museum|gallery|hospital|hospice|university|college|school|academy|nursery|surgery|clinic|charity|foundation|association|society|institute|authority|ministry|department|police|constabulary|(?:civil|fire|ambulance|probation|prison|health|diplomatic)\s+service|nhs))(?![\w'\u2019-])/gi;
/** Words before the noun that make it no name: another place, or one in general. */
const NOT_NAMING =
  /\b(?:same|other|another|next|previous|former|old|last|first|nearest|nearby|any|every|whole|big|small|right|wrong|my|your|their|our|his|her|its|this|that|interview|job|new)\b/i;
/** Where the organisation sits, after its name: the name ends before them ("the council offices"). */
const ITS_PREMISES = /^\s+(?:offices?|buildings?|headquarters|hq|site|campus|premises|canteen|reception)\b/i;
/** A plain word after the noun carries the phrase on ("the school gates"), unless it starts the rest. */
const PHRASE_GOES_ON =
  /^\s+(?!(?:today|yesterday|tonight|this|last|on|in|at|for|with|and|but|or|to|by|from|about|as|was|were|is|went|earlier|recently|ago|again|then|so|which|where|who|via|over)\b)[a-z]/;
/** Describing words that say nothing of which one: "the local council" is "council". */
const LEADING_PLAIN = /^(?:local|nearby)\s+/i;

export interface Institution {
  /** As a record names it: "the" and its words, less "local" ("the hospital trust"). */
  name: string;
  /** The words in the clause, from "the" (offsets into it). */
  start: number;
  end: number;
}

/**
 * The first lower-case organisation named in `clause`. Its name keeps "the", so the drafts and
 * the list read as people say it ("the role at the council"), never "at council".
 */
export function institutionIn(clause: string): Institution | undefined {
  for (const m of execAll(INSTITUTION, clause)) {
    const [whole, the = '', words = ''] = m;
    const end = m.index + whole.length;
    const after = clause.slice(end);
    if (/^['\u2019]/.test(after) || (!ITS_PREMISES.test(after) && PHRASE_GOES_ON.test(after))) continue;
    const named = words.replace(LEADING_PLAIN, '');
    if (NOT_NAMING.test(named)) continue;
    return { name: `${the.trim()} ${named}`, start: end - words.length - the.length, end };
  }
  return undefined;
}
