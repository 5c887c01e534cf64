/**
 * The panel's own interview schedule: "we're seeing a few people this week and next", "we've got a
 * few more interviews this week", "we're interviewing over the next few days". The dates are for
 * other candidates' interviews, not for a decision or a next step, so they give no timeline; and a
 * close that waits on them ("once we've seen everyone") still lacks one.
 */
import { timelineGiven } from '../signs/timeline-given.js';

const SCHEDULE =
  /\b(?:interviewing|(?:more|other|few|couple of|two|three|four|five) (?:\w+ )?interviews|seeing (?:[\w']+ ){0,3}(?:people|candidates|others|applicants))\b(?: [\w']+){0,3} ?$/i;
/** How far back from a date to look for what it is the date of. */
const LOOK_BACK = 80;

/**
 * The date found at [at, end) in `text` dates the panel's interviews with others, and no other
 * date follows it ("we're interviewing one more person tomorrow, and we'll let you know by Friday").
 */
export function datesOthers(text: string, at: number, end: number): boolean {
  if (!SCHEDULE.test(text.slice(Math.max(0, at - LOOK_BACK), at))) return false;
  const rest = text.slice(end).toLowerCase();
  return !timelineGiven.cues.some((c) => c.re.test(rest));
}
