/** Words and numbers as the pages show them. The core gives codes; the wording lives here. */
// shared with the terminal, so `debrief list` and the dashboard say the same
import { relativeDays } from '../contract/when-words.js';
export { isUpcoming, relativeDays, UPCOMING_WORDS, upcomingWords } from '../contract/when-words.js';
import type { IsoDate } from '../core/dates.js';
import { isoDateFrom } from '../core/dates.js';
import type { SilencePhase } from '../core/model/types.js';
import type { Format, Outcome, Stage } from '../core/record.js';

export const STAGE_WORDS: Readonly<Record<Stage, string>> = {
  screen: 'Screening call',
  first: 'First interview',
  later: 'Later round',
  final: 'Final round',
  other: 'Other',
};

export const FORMAT_WORDS: Readonly<Record<Format, string>> = {
  phone: 'Phone',
  video: 'Video call',
  onsite: 'In person',
  panel: 'Panel',
};

export const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  'next-round': 'Invited to the next round',
  offer: 'Offer',
  rejected: 'Not moving forward',
  ghosted: 'Never heard back',
  withdrew: 'I withdrew',
};

export const PHASE_WORDS: Readonly<Record<SilencePhase, string>> = {
  'no-dates': 'No dates to go on',
  'heard-back': 'Heard back',
  'too-early': 'Early days',
  waiting: 'Around when word is due',
  overdue: 'Later than expected',
  'likely-ghosted': 'Long silence',
};

/** One calm sentence on what the silence means so far. */
export const PHASE_SENTENCES: Readonly<Record<SilencePhase, string>> = {
  'no-dates': 'There is no date to run the follow-up clock on.',
  'heard-back': 'You have heard back, so the waiting is over.',
  'too-early':
    'It is early: most employers have not answered yet at this point, so silence means nothing so far.',
  waiting: 'You are around the time word was expected. A few days of silence here is normal.',
  overdue: 'It has been longer than expected. Silence now counts a little against, but delays are common.',
  'likely-ghosted':
    'It has been a long time without word. Many employers never send a rejection; it is fair to move on.',
};

export const percent = (p: number): string => `${Math.round(p * 100)}%`;

/**
 * The figure of an interview not yet debriefed. It is the stage's usual rate, unless the wait
 * has gone on long enough to lower it, and then it must not be passed off as the starting point.
 */
export function undebriefedWords(probability: number, phase: SilencePhase): { sub: string; title: string } {
  return phase === 'overdue' || phase === 'likely-ghosted'
    ? {
        sub: `${percent(probability)} after the wait`,
        title: 'The usual rate for this stage, lowered by the time without word; your debrief adds the signs',
      }
    : {
        sub: `starts at ${percent(probability)}`,
        title: 'The usual rate for this stage, before your debrief',
      };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Mon 3 Mar 2026", read from the date itself so no time zone can shift it. */
export function dateWords(date: string, withYear = true): string {
  const iso = isoDateFrom(date.slice(0, 10));
  if (!iso) return date;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday} ${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ''}`;
}

/** The browser's calendar date, not UTC: late evening is still today for the user. */
export function todayLocal(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}

/**
 * "Acme · Data Analyst", or a fallback so a card never has an empty heading. An employer written
 * as in a sentence ("the county library", as notes name it) opens the heading with a capital; a
 * brand's own lower case ("eBay") is left alone.
 */
export function interviewTitle(record: { company?: string; role?: string }): string {
  const title = [record.company, record.role].filter((s) => s && s.trim()).join(' · ');
  return title.replace(/^(the|an?) /, (w) => w.charAt(0).toUpperCase() + w.slice(1)) || 'Untitled interview';
}

export function listFrom(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A stored timestamp in the user's own calendar and clock: "Wed 25 Nov, 14:05". */
export function momentWords(at: string): string {
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) return at;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${dateWords(todayLocal(when), false)}, ${pad(when.getHours())}:${pad(when.getMinutes())}`;
}

const FIRST_LETTER = /\p{L}/u;
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/**
 * The direction of a text from its first letter, as dir="auto" would give. Chromium's own
 * dir="auto" re-reads a textarea's whole value on each change: 17 s for a 2 MB paste, not 1.6 s.
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const first = FIRST_LETTER.exec(text.slice(0, 2000))?.[0];
  return first && RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}

/**
 * When a next step falls, as its card says it. While waiting, a step whose day went by and is not
 * ticked off is still to do (the dashboard names it "Next"), so it says so rather than reading as over.
 */
export function stepWhenWords(
  step: { kind: string; due: string },
  today: IsoDate,
  { isDone, isWaiting }: { isDone: boolean; isWaiting: boolean },
): { words: string; isOverdue: boolean } {
  const words = `${dateWords(step.due)} · ${relativeDays(step.due, today)}`;
  const isOverdue = isWaiting && !isDone && step.due < today && step.kind !== 'keep-applying';
  return { words: isOverdue ? `${words} · still to do` : words, isOverdue };
}
