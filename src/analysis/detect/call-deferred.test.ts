import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

// Session 15: questions about the job put off to someone else or to later. Our own wordings.

const ANSWER = 'At the depot I ran the evening shift for two years and planned the loads.';
const asked = (question: string, reply: string): string =>
  call(
    ['Priya', ANSWER],
    ['Dana', 'Any questions for me?'],
    ['Priya', question],
    ['Dana', reply],
    ['Priya', 'Okay.'],
  );

describe('the job put off to someone else, or to later', () => {
  it.each([
    [
      'the team leader will go through it',
      asked(
        'What sort of calls would I be taking?',
        "It's general customer service, really. The team leader would go through all of that.",
      ),
    ],
    [
      'not in front of me',
      asked(
        'How long is the training?',
        "There's a training period at the start. I don't have the exact length in front of me, sorry.",
      ),
    ],
    [
      'a caseload answered with a pointer',
      asked(
        'Is there an average caseload for an officer?',
        "That depends on the patch. It's covered in the job description.",
      ),
    ],
  ])('vague-role-details: %s', (_, text) => {
    const signs = found(text);
    expect(signs).toContain('vague-role-details');
    expect(signs).not.toContain('detailed-role-info');
  });

  it('a long reply that withholds numbers so as not to mislead is no role detail', () => {
    const text = asked(
      'Could you tell me a bit about the team? How many people?',
      "It's a decent-sized team, a few analysts and the buyers. It's changing at the moment, because there's a restructure going on, so I wouldn't want to give you numbers that change next month.",
    );
    expect(found(text)).not.toContain('detailed-role-info');
  });

  it('the team told in full is detailed-role-info', () => {
    const text = asked(
      'Could you tell me a bit about the team?',
      "There are six of us on the desk plus me, we cover eight till six on a rota, about two hundred tickets a week on ServiceNow, and you'd sit with Sam for your first month.",
    );
    const signs = found(text);
    expect(signs).toContain('detailed-role-info');
    expect(signs).not.toContain('vague-role-details');
  });
});
