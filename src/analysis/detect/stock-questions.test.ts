import { describe, it, expect } from 'vitest';
import { call, found } from './call.case.js';

// Stock questions in the forms interviewers say them, and a panel naming its set list. Our own wordings.

const ANSWER = 'At the depot I planned the loads with the transport office and trained the new pickers.';

describe('stock questions said aloud', () => {
  it.each([
    [
      'four reworded stock questions',
      call(
        ['Dana', 'What would you say your key strengths are?'],
        ['Priya', ANSWER],
        ['Dana', 'And how do you prioritise when everything lands at once?'],
        ['Priya', ANSWER],
        ['Dana', 'What does good teamwork mean to you?'],
        ['Priya', ANSWER],
        ['Dana', 'Okay. Why should we pick you over the others?'],
        ['Priya', ANSWER],
      ),
    ],
    [
      'a set list named, then two stock questions from it',
      call(
        ['Dana', 'I have a set of questions that we put to every candidate, so bear with me.'],
        ['Priya', 'Of course.'],
        ['Dana', 'First, what motivates you?'],
        ['Priya', ANSWER],
        ['Dana', 'How do you look after your own wellbeing in a busy job?'],
        ['Priya', ANSWER],
      ),
    ],
    [
      'the same questions for each applicant, in broken English too',
      call(
        ['Dana', "They're the same for every applicant. Why you want this job?"],
        ['Priya', ANSWER],
        ['Dana', 'What is your strength?'],
        ['Priya', ANSWER],
      ),
    ],
  ])('generic-questions: %s', (_, text) => {
    expect(found(text)).toContain('generic-questions');
  });

  it.each([
    [
      'one stock question among questions on the record',
      call(
        ['Dana', 'What would you say your main strength is?'],
        ['Priya', ANSWER],
        ['Dana', 'Tell me how you planned the loads at the depot, step by step.'],
        ['Priya', ANSWER],
      ),
    ],
    [
      'a set list named, the rest about the record',
      call(
        ['Dana', 'I have a list of questions, but mostly I want to hear about the depot.'],
        ['Priya', 'Sure.'],
        ['Dana', 'How many pickers did you train, and what changed after?'],
        ['Priya', ANSWER],
      ),
    ],
    [
      'the candidate asking what the manager prioritises',
      call(
        ['Priya', 'How do you prioritise the work across the team? What does success mean to you?'],
        ['Dana', 'Safety first, then the dispatch times.'],
      ),
    ],
  ])('not generic-questions: %s', (_, text) => {
    expect(found(text)).not.toContain('generic-questions');
  });
});
