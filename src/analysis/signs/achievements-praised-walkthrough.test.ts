import { describe, expect, it } from 'vitest';
import { foundInNotes } from './found.case.js';

// "Walk me through your background" opens most interviews: asked for the CV, not a dig into a piece of work.
const found = foundInNotes('achievements-praised');

describe('achievements-praised: the walk-through of the CV', () => {
  it('does not find being asked to walk them through the CV', () =>
    expect(found('She asked me to walk her through my CV and then we talked about salary.')).toBe(false));
  it('does not find being asked to walk them through my background', () =>
    expect(
      found('He asked me to walk him through my background, then it was notice period and start dates.'),
    ).toBe(false));
  it('still finds a walk-through of a project', () =>
    expect(found('He asked me to walk him through the warehouse migration I led, step by step.')).toBe(true));
});
