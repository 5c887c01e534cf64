import { describe, expect, it } from 'vitest';
import { subjectOfMarked as subject } from './marked.case.js';

describe('subjectOf: a verb after "and", "then" or a comma with no subject of its own', () => {
  it.each([
    // the subject at the head of the clause before, not an object named after its verb
    ["The director couldn't picture me leading a team, and ^asked why I'd left", 'other'],
    ['she let me finish my answer and then ^queried the figures', 'other'],
    ['the manager watched me cook and ^nodded', 'other'],
    ['he got me to sketch the schema, then ^pointed out the gap', 'other'],
    ['she had my slides open and ^quizzed me on the margins', 'other'],
    // a relative clause or an asked-about "I" inside the clause before is not its subject
    ['he asked about the stock system I built at the depot and ^wanted the numbers', 'other'],
    ['she asked how I handled the backlog and ^said it was smart', 'other'],
    ['the recruiter I spoke to smiled and ^said I was a strong match', 'other'],
    ['the recruiter I met looked at her watch while I was talking, and ^yawned', 'other'],
    // a chain of such clauses, and an aside between dashes, go further back
    ['the lead read my CV, frowned, and ^checked the clock', 'other'],
    ['the partner - I forget her name - sighed and ^looked away', 'other'],
    ['one of them said my degree was broad and later ^asked about my gaps', 'other'],
    // the candidate's own verbs stay the candidate's
    ['I told her about my thesis and ^stumbled over the dates', 'self'],
    ['I smiled and ^laughed along', 'self'],
    ['the manager asked about my gap and I ^blanked', 'self'],
    ["I'll also ^be running the Friday stand-up", 'self'],
    // a clause cut after its own subject keeps it
    ['she mentioned that once I start I will also ^be covering weekends', 'self'],
    // a noun list after "and" is no clause: nothing changes there
    ['they asked about my notice period, salary and ^benefits', 'other'],
  ] as const)('%s → %s', (s, who) => expect(subject(s)).toBe(who));

  it.each([
    // a relative told by "where" or a complement of "sure" leaves it open which subject goes on
    ['I had a panel where the director grinned and ^nodded at every answer', undefined],
    ["he wasn't sure I had the hours and then ^asked again", undefined],
    // a passive: what was done to the candidate, by someone unnamed
    ['I was met by the head and ^asked about safeguarding', undefined],
    // perceived, its doer unnamed
    ['I could hear ^typing the whole time', undefined],
    // the thing at the head of the clause before
    ['the office was bright and ^had a gym', undefined],
  ] as const)('%s → %s', (s, who) => expect(subject(s)).toBe(who));
});
