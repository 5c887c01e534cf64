import { createEvents, type EventAttributes } from 'ics';
import type { NextStep } from '../core/advice/types.js';
import { isoDateAddDays } from '../core/dates.js';
import { AppError } from './app-error.js';

function dateArray(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function descriptionOf(step: NextStep): string {
  if (!step.draft) return step.detail;
  return `${step.detail}\n\nA draft you can adapt:\nSubject: ${step.draft.subject}\n\n${step.draft.body}`;
}

/** All-day events for the plan's dated steps; uids are stable so re-imports update, not duplicate. */
export function calendarOf(interviewId: string, label: string, steps: readonly NextStep[]): string {
  const events: EventAttributes[] = steps.map((step) => ({
    uid: `${interviewId}-${step.kind}-${step.due}@debrief`,
    start: dateArray(step.due),
    end: dateArray(isoDateAddDays(step.due, 1)),
    title: `${step.title}${label ? ` (${label})` : ''}`,
    description: descriptionOf(step),
    transp: 'TRANSPARENT',
  }));
  const { error, value } = createEvents(events, { productId: 'debrief', calName: 'Debrief follow-ups' });
  if (error || value === null)
    throw new AppError('internal', 'The calendar file could not be made.', undefined, { cause: error });
  return value;
}
