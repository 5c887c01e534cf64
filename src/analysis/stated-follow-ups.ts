/**
 * What the notes say the candidate has already done since the interview: checked in ("emailed the
 * recruiter on Monday and nothing yet", "chased them last week", "called HR Tuesday, they said
 * still deciding") and sent a thank-you ("sent a thank you email that evening"), offered like the
 * other stated fields (stated.ts), so the next steps do not ask for them again. Only a deed told
 * as done, by the candidate, counts: "I haven't chased yet", "I'll email them Friday", "should I
 * follow up?" and "they emailed me" are none. A contact dated before the interview (ringing to
 * confirm the time) is no follow-up either.
 */
import { GB as chronoGB } from 'chrono-node/en';
import { isoDateAddDays, isoDateDiffDays, isoDateFrom, type IsoDate } from '../core/dates.js';
import { isoFrom, noonUtcOf } from './dates/chrono-day.js';
import { NAMES_A_DAY, pastDateOf } from './dates/interview-date.js';
import { weeksBackDaysIn } from './dates/weeks-back.js';
import { execAll } from './exec-all.js';
import { readText } from './nlp.js';
import type { EvidenceQuote } from './types.js';

export interface StatedDeed {
  /** The day it was done, when the notes give one (YYYY-MM-DD). */
  on?: IsoDate;
  evidence: EvidenceQuote;
}

export interface StatedCheckIn extends StatedDeed {
  /** `holding`: they answered that they are still deciding; `none`: no answer told. */
  reply: 'none' | 'holding';
}

export interface StatedFollowUps {
  /** The latest check-in the notes tell. */
  checkIn?: StatedCheckIn;
  thankYou?: StatedDeed;
}

/** Who a check-in goes to: the employer's side, never "me". */
const EMPLOYER_SIDE = String.raw`(?:(?:the|my|their|our)\s+)?(?:recruiter|recruitment\s+\w+|hiring\s+manager|hr|human\s+resources|agency|agent|company|employer|interviewers?|talent\s+\w+|manager|panel|them|her|him)\b`;
/** A check-in, told in the past: chasing, a follow-up, or an email or call to the employer's side. */
const CHASE = new RegExp(
  String.raw`\b(?:chased|followed[- ]up|checked[- ]in\s+(?:with\s+${EMPLOYER_SIDE}|on\s+(?:my|the)\s+(?:application|interview|role|job|position|decision))|nudged|pinged\s+${EMPLOYER_SIDE}|sent\s+(?:(?:them|her|him|hr|the\s+\w+)\s+)?(?:a|an|another|one\s+more|my)\s+(?:(?:short|quick|brief|polite|friendly|second|further|little)\s+)*(?:follow[- ]?up|chaser|check[- ]?in|nudge)|(?:e-?mailed|called|rang|phoned|messaged|texted|wrote\s+to|contacted|got\s+in\s+touch\s+with|reached\s+out\s+to|got\s+hold\s+of)\s+${EMPLOYER_SIDE}|(?:sent|dropped|fired\s+off|shot)\s+${EMPLOYER_SIDE}\s+(?:a|an|another)\s+(?:(?:quick|short|brief|polite|friendly)\s+)?(?:e-?mail|line|message|note|text)\b|left\s+(?:a|another)\s+(?:voicemail|voice\s+mail|message)|asked\s+${EMPLOYER_SIDE}\s+(?:for\s+(?:an?\s+)?(?:update|news)|(?:how|where)\s+(?:things|it)\s+(?:stand|stands|is|are)))`,
  'gi',
);
/** A thank-you note, told as sent (or "thanked them by email": thanks said in the room are no note). */
const THANKS = new RegExp(
  String.raw`\b(?:(?:sent|e-?mailed|wrote|dropped|fired\s+off|messaged)\s+(?:(?:them|her|him|everyone|each\s+of\s+them|both(?:\s+of\s+them)?|the\s+\w+)\s+)?(?:(?:a|an|my|the|short|quick|brief|little|handwritten)\s+)*thank[- ]?(?:you|s)\b(?:[- ](?:e-?mail|note|card|message|letter|text)s?\b)?|thanked\s+(?:them|her|him|everyone|each\s+of\s+them|the\s+\w+)\s+(?:\w+\s+){0,3}?(?:by|via|over|in\s+an?)\s+(?:e-?mail|note|card|message|linkedin|text)\b)`,
  'gi',
);
/** Right before the deed: not done, or only meant ("haven't chased", "should have emailed them"). */
const NOT_DONE_BEFORE =
  /(?:\b(?:not|never|yet|should|would|could|might|must|will|to|if|whether|meant|supposed|forgot|forget)|n['\u2019]t|['\u2019](?:ll|d))\s+(?:[\w'\u2019]+\s+){0,2}$/i;
/** Someone else did it: "they followed up", "the recruiter called them", "I was chased", "my sister called her boss". */
const ANOTHER_SUBJECT_BEFORE =
  /\b(?:was|were|been|being|get|got)\s+$|\b(?:they|she|he|we|you|who|which|nobody|someone|recruiter|hr|manager|company|agency|interviewer|it|(?:my|his|her|their|a|our)\s+(?:(?:little|big|older|younger|best|old)\s+)?(?:sister|brother|sis|bro|mum|mom|mam|mother|dad|father|parents?|friend|mate|pal|partner|wife|husband|girlfriend|boyfriend|fianc[eé]e?|cousin|flatmate|roommate|housemate|colleague|co-?worker|son|daughter|aunt|auntie|uncle|gran|grandma|grandad|nan|neighbou?r))(?:['\u2019](?:ve|s|d))?\s+(?:(?:also|just|then|once|finally|already|eventually|have|has|had)\s+){0,2}$/i;
/** What is no follow-up of this interview: setting it up, or sending what was asked for. */
const NOT_A_FOLLOW_UP =
  /\b(?:before\s+the\s+(?:interview|call)|to\s+(?:confirm|reschedule|arrange|book|accept|decline|withdraw|cancel|say\s+i)|(?:my|the)\s+(?:cv|resume|portfolio|references?|availability|details|documents|certificates|id)\b)/i;
/** A note that thanks them is the thank-you, not a check-in ("sent them a short note to say thank you"). */
const THANKED = /\bthank/i;
/** Their answer to the check-in: still deciding, word to come. */
const HOLDING_REPLY =
  /\b(?:still\s+(?:deciding|deliberating|interviewing|reviewing|considering|going\s+through|in\s+(?:the\s+)?process|finali[sz]ing|meeting|seeing|talking|waiting)|(?:not|haven['\u2019]?t|hasn['\u2019]?t)\s+(?:yet\s+)?(?:decided|made\s+(?:a|their|the|any)\s+decision)|no\s+decision\s+yet|(?:will|['\u2019]ll|would|['\u2019]d)\s+(?:let\s+me\s+know|be\s+in\s+touch|get\s+back\s+to\s+me|update\s+me)|should\s+hear\s+(?:soon|by|next|within))\b/i;
/** The next sentence carries their answer when it starts with who answered. */
const THEY_ANSWERED = /^\s*(?:they|she|he|hr|the\s+recruiter|recruiter|reply|response|answer)\b/i;
/** The interview's own day: "sent a thank you that evening". */
const THAT_DAY =
  /\b(?:that\s+(?:evening|night|afternoon|day)|(?:the\s+)?same\s+day|later\s+that\s+day|straight\s+after|right\s+after|afterwards|after\s+the\s+(?:interview|call))\b/i;
/** The day after the interview: "sent thank you emails the next day". */
const NEXT_DAY = /\b(?:the\s+)?(?:next|following)\s+(?:day|morning)\b|\bthe\s+day\s+after\b/i;
/** After "called someone": naming them ("by the wrong name", "her the wrong name", "her Karen", "him 'a screensaver'"). */
const NAMING_AFTER =
  /^\s+(?:by\b|the\s+wrong\b|["\u201c'\u2018]|an?\s+(?!(?:e-?mail|call|message|text)\b)|(?![A-Z][a-z]+day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z])/;
/** After "followed up": a question in the room ("on the data", "with a question"), not a message. */
const IN_THE_ROOM_AFTER =
  /^\s+(?:on\s+(?!(?:my|the|their)\s+(?:application|interview|role|job|position|decision|status|email|e-mail|call|message)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the\s+\d|\d|last\b|this\b|it\b|that\b)|with\s+(?:a|an|some|more|another)\s+(?:\w+\s+)?(?:question|point|comment))/i;
/**
 * "on the 3rd", and days listed after one ("the 12th and 19th"): each a day of this month or,
 * when still to come, of the last one (dayOfMonthBefore).
 */
const DAYS_OF_MONTH = /\b(?:(?:on\s+)?the|and|&|,)\s+(\d{1,2})(?:st|nd|rd|th)\b/gi;
/** "by Friday", "until Monday": a promise, not the day of the deed. */
const NOT_THE_DAY_BEFORE = /\b(?:by|until|till|within|before|every|each)\s+$/i;
const CLAUSE_BREAK = /[.!?\n,;()\u2013\u2014]/;

/** The clause around [start, end): cut at punctuation, as the stated clauses are. */
function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to++;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** The sentence around `at`, and the one after it. */
function sentenceAndNext(text: string, at: number): { end: number; next: string } {
  const end = text.slice(at).search(/[.!?\n]/);
  const stop = end < 0 ? text.length : at + end;
  const next = /^[.!?\n]+([^.!?\n]*)/.exec(text.slice(stop))?.[1] ?? '';
  return { end: stop, next };
}

function dayOfMonthBefore(day: number, today: IsoDate): IsoDate | undefined {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const here = isoDateFrom(isoFrom(y, m, day));
  if (here && here <= today) return here;
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return isoDateFrom(isoFrom(py, pm, day));
}

/**
 * The day a clause gives for its deed, read back from today, or the interview's day for "that
 * evening"; of several ("chased on the 12th and the 19th"), the latest, from which the wait runs.
 */
function dayIn(clause: string, today: IsoDate, interviewDay?: IsoDate): IsoDate | undefined {
  if (interviewDay && THAT_DAY.test(clause)) return interviewDay;
  if (interviewDay && NEXT_DAY.test(clause)) return isoDateAddDays(interviewDay, 1);
  const weeksBack = weeksBackDaysIn(clause, today)[0];
  if (weeksBack) return weeksBack.date;
  let latest: IsoDate | undefined;
  for (const r of chronoGB.parse(
    clause,
    { instant: noonUtcOf(today), timezone: 0 },
    { forwardDate: false },
  )) {
    if (!NAMES_A_DAY.test(r.text) || NOT_THE_DAY_BEFORE.test(clause.slice(0, r.index))) continue;
    const date = pastDateOf(r, today);
    if (date && (!latest || date > latest)) latest = date;
  }
  for (const nth of execAll(DAYS_OF_MONTH, clause)) {
    const date = dayOfMonthBefore(Number(nth[1]), today);
    if (date && (!latest || date > latest)) latest = date;
  }
  return latest;
}

interface Deed extends StatedDeed {
  at: number;
}

/** Each deed `re` finds that is told as done by the candidate, with its day and clause. */
function deedsIn(
  raw: string,
  text: string,
  re: RegExp,
  today: IsoDate,
  interviewDay: IsoDate | undefined,
): Deed[] {
  const deeds: Deed[] = [];
  for (const m of execAll(re, text)) {
    const clause = clauseAround(text, m.index, m.index + m[0].length);
    const before = text.slice(clause.start, m.index);
    if (NOT_DONE_BEFORE.test(before) || ANOTHER_SUBJECT_BEFORE.test(before)) continue;
    const after = text.slice(m.index + m[0].length, clause.end);
    if (
      /^called/i.test(m[0])
        ? NAMING_AFTER.test(after)
        : /^followed/i.test(m[0]) && IN_THE_ROOM_AFTER.test(after)
    )
      continue;
    const { end } = sentenceAndNext(text, m.index);
    // "should I follow up?", "did you email them?"
    if (text[end] === '?') continue;
    const words = text.slice(clause.start, clause.end);
    if (NOT_A_FOLLOW_UP.test(words) || (re === CHASE && THANKED.test(words))) continue;
    const on = dayIn(words, today, interviewDay);
    // before the interview it was about the interview, not after it; after today it is not done
    if (on && ((interviewDay && on < interviewDay) || isoDateDiffDays(on, today) < 0)) continue;
    deeds.push({
      at: m.index,
      ...(on ? { on } : {}),
      evidence: { quote: raw.slice(clause.start, clause.end), start: clause.start, end: clause.end },
    });
  }
  return deeds;
}

/**
 * The answer the check-in got, as the rest of its sentence (or the next, "They said…") tells it,
 * and for a holding reply where its words end, so the quote shows the answer too.
 */
function replyTo(text: string, at: number): { reply: StatedCheckIn['reply']; end?: number } {
  const { end, next } = sentenceAndNext(text, at);
  const same = HOLDING_REPLY.exec(text.slice(at, end));
  if (same) return { reply: 'holding', end: at + same.index + same[0].length };
  const nextAt = end + (/^[.!?\n]+/.exec(text.slice(end))?.[0].length ?? 0);
  const then = THEY_ANSWERED.test(next) ? HOLDING_REPLY.exec(next) : null;
  return then ? { reply: 'holding', end: nextAt + then.index + then[0].length } : { reply: 'none' };
}

/**
 * The check-in and thank-you the notes tell, read against `today`; `interviewDay` (the day the
 * notes give for the interview) dates "that evening" and rules out contacts before it. Of several
 * check-ins, the latest dated one (else the last told) is the record's. `text` is
 * `readText(raw).text`, when the caller has it: repaired and unwrapped, at the same offsets.
 */
export function statedFollowUpsFrom(
  raw: string,
  today: string,
  interviewDay?: string,
  text = readText(raw).text,
): StatedFollowUps {
  const todayIso = isoDateFrom(today);
  if (!todayIso) return {};
  const day = interviewDay ? isoDateFrom(interviewDay) : undefined;
  const chases = deedsIn(raw, text, CHASE, todayIso, day);
  const latest = chases.reduce<Deed | undefined>(
    (best, c) => (!best || (c.on ?? '') >= (best.on ?? '') ? c : best),
    undefined,
  );
  const thanks = deedsIn(raw, text, THANKS, todayIso, day)[0];
  const out: StatedFollowUps = {};
  if (latest) {
    const { at, ...deed } = latest;
    const { reply, end } = replyTo(text, at);
    const { start } = deed.evidence;
    // the quote runs on to the answer: "Called HR Tuesday, they said still deciding"
    const evidence =
      end !== undefined && end > deed.evidence.end
        ? { quote: raw.slice(start, end), start, end }
        : deed.evidence;
    out.checkIn = { ...deed, evidence, reply };
  }
  if (thanks) {
    const { at: _at, ...deed } = thanks;
    out.thankYou = deed;
  }
  return out;
}
