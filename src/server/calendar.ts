import { createEvents, type EventAttributes } from 'ics';
import { stepKey, type NextStep } from '../core/advice/types.js';
import { isoDateAddDays, type IsoDate } from '../core/dates.js';
import { isoDateMax } from '../core/advice/windows.js';
import { dayWords } from '../core/advice/wording.js';
import { stepDueNowOf } from './assessment.js';
import { AppError } from './app-error.js';

function dateArray(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function descriptionOf(step: NextStep): string {
  if (!step.draft) return step.detail;
  return `${step.detail}\n\nA draft you can adapt:\nSubject: ${step.draft.subject}\n\n${step.draft.body}`;
}

/**
 * What is still to do, as all-day events: the steps from today on that are not ticked off, and
 * of those whose day went by unticked, the one to do now, on today (a calendar entry in the past
 * reminds nobody). Uids keep the planned day, so importing again updates an event, not doubles it.
 * Once the answer is in (`isWaiting` false) the interview is closed and wants no reminders: the
 * calendar is valid and empty, as when every step is ticked off, and the page no longer offers it.
 */
export function calendarOf(
  interviewId: string,
  label: string,
  steps: readonly NextStep[],
  today: IsoDate,
  done: ReadonlySet<string> = new Set(),
  isWaiting = true,
): string {
  const now = stepDueNowOf(steps, today, done);
  const ahead = steps.filter((s) => s.due >= today && !done.has(stepKey(s)));
  const kept = !isWaiting ? [] : now && now.due < today ? [now, ...ahead] : ahead;
  const events: EventAttributes[] = kept.map((step) => {
    const on = isoDateMax(step.due, today);
    const late = step.due < today ? `Planned for ${dayWords(step.due)} and still to do.\n\n` : '';
    return {
      // keep-applying is dated today whenever the file is made: one uid, so a later import moves it
      uid: `${interviewId}-${step.kind}${step.kind === 'keep-applying' ? '' : `-${step.due}`}@debrief`,
      start: dateArray(on),
      end: dateArray(isoDateAddDays(on, 1)),
      title: `${step.title}${label ? ` (${label})` : ''}`,
      description: late + descriptionOf(step),
      transp: 'TRANSPARENT',
    };
  });
  const { error, value } = createEvents(events, { productId: 'debrief', calName: 'Debrief follow-ups' });
  if (error || value === null)
    throw new AppError('internal', 'The calendar file could not be made.', undefined, { cause: error });
  return value;
}
