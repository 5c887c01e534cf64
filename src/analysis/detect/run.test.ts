import { describe, expect, it } from 'vitest';
import { notesSigns } from '../signs/found.case.js';
import { call, found, type Line } from './call.case.js';

// How much a call must say before a sign counts: a whole call holds all the talk, not the writer's summary.
const ANSWER =
  'I ran the evening shift at the depot for two years and planned the loads with the transport office.';
/** Ordinary questions and answers, so the call runs to a whole interview's length. */
const ROUNDS: Line[] = Array.from({ length: 7 }, (_, k): Line[] => [
  ['Dana', `Question ${k + 1}. Tell me about a busy week?`],
  ['Priya', ANSWER],
]).flat();
const wholeCall = (...told: Line[]) =>
  call(...ROUNDS, ...told, ['Priya', 'That sounds good.'], ...ROUNDS.slice(0, 4));

describe('detailed-role-info in a whole call needs the job told more than once', () => {
  it.each([
    ['a head count on the ward', "So, we're about thirty-two nurses and carers on the ward."],
    ['the team counted once', "There's six of us in the team."],
    ['the desk counted in passing', "There's eight of us on the desk, and it gets busy."],
  ])('not from %s', (_, said) => {
    expect(found(wholeCall(['Dana', said]))).not.toContain('detailed-role-info');
  });
  it.each([
    [
      'the team and the day told in two turns',
      "There's six of us in the team.",
      'Day to day you would plan the routes and run the morning huddle.',
    ],
    [
      'the ward counted and the shifts told',
      "So, we're about thirty-two nurses and carers on the ward.",
      'The shifts are twelve and a half hours, three days a week, with one weekend in four.',
    ],
  ])('from %s', (_, first, second) => {
    expect(found(wholeCall(['Dana', first], ['Priya', 'Okay.'], ['Dana', second]))).toContain(
      'detailed-role-info',
    );
  });
  it('still from one telling line in an excerpt of a call, or in notes', () => {
    expect(found(call(['Priya', ANSWER], ['Dana', "There's six of us in the team."]))).toContain(
      'detailed-role-info',
    );
    expect(notesSigns('She told me the team is eight people.').has('detailed-role-info')).toBe(true);
  });
});
