import { describe, expect, it } from 'vitest';
import { stageHintFrom } from './stage.js';

describe('stageHintFrom', () => {
  it.each([
    ['Had my final round today with the VP', 'final'],
    ['the onsite loop was five interviews back to back', 'final'],
    ['phone screen with the recruiter went fine', 'screen'],
    ['quick 20 min recruiter call this morning', 'screen'],
    ['second round was technical', 'later'],
    ['first interview at the bakery, owner was lovely', 'first'],
    ['passed the phone screen and then had the final interview on Tuesday', 'final'],
    ['recruiter screen done, the next round would be the final panel', 'screen'],
    ['they invited me to the final round next week after my first interview', 'first'],
  ])('%s → %s', (text, stage) => {
    const hint = stageHintFrom(text);
    expect(hint?.stage).toBe(stage);
    expect(text.slice(hint!.evidence.start, hint!.evidence.end)).toBe(hint!.evidence.quote);
  });

  it('says nothing when no stage is named', () => {
    expect(stageHintFrom('the interviewer smiled a lot and we talked about the team')).toBeUndefined();
  });
});
