import { describe, expect, it } from 'vitest';
import { subjectOfMarked as subject } from './marked.case.js';

describe('subjectOf: objects and possessives are not the subject', () => {
  it.each([
    ["she told me it's ^4 on 4 off with nights every third week", 'other'],
    ['he showed me ^the ward and the rota', 'other'],
    ['she introduced me to the team and ^told me about their values', 'other'],
    ['the panel liked me, then ^kept asking about scale', 'other'],
    ['she asked about my ^gap year', 'other'],
    ['at my old job the panel ^smiled more', 'other'],
    ['Priya ^smiled at my answer', 'other'],
    ['the recruiter walked us over and ^showed us the lab', 'other'],
    ['he said "I am ^worried about your experience"', 'other'],
    ["she was like 'we'd ^put you on nights'", 'other'],
    ['I ^smiled the whole way through', 'self'],
    ['I walked her through ^the project I led', 'self'],
    ['I emailed Sarah and ^waited', 'self'],
    ['her questions made me so ^nervous', 'self'],
    ['my hands were ^shaking', 'self'],
    ['the HM asked a question and I ^blanked', 'self'],
    ['we sorted it by ^turning our cameras off', 'self'],
    ['I shook my head and ^smiled', 'self'],
    ["I'd lead the ^team meetings", 'self'],
    ['like he was waiting for me to ^impress him', 'self'],
    ['she asked me to ^explain exactly how I cut waste', 'self'],
    ['part of me still ^checks the inbox', 'self'],
    ['I interviewed for the supervisor position at the ^cold store', 'self'],
    ['she said I could later ^become a senior carer', undefined],
  ] as const)('%s → %s', (s, who) => expect(subject(s)).toBe(who));

  it.each(['asked about my ^gap year', 'smiled at my ^answer a lot'])('%s → not first person', (s) =>
    expect(subject(s)).not.toBe('self'),
  );
});

describe('subjectOf: clauses inside clauses and third persons', () => {
  it.each([
    // a clause's own noun subject does not borrow the "I" before it
    ['I was so nervous my voice shook but the team leader was ^smiling', undefined],
    ['my hands were ^shaking', 'self'],
    ['I answered the question ^smiling', 'self'],
    ["I'd say the interviewer appeared ^bored", 'other'],
    // pronouns inside relative and subordinate clauses are not the subject
    ["the manager, who I'd met before, ^smiled", 'other'],
    ['the guy I spoke to ^smiled a lot', 'other'],
    ['the woman I was ^smiling at', 'self'],
    ['when I finished my answer, ^nodded and wrote something', undefined],
    // the agent of a participle
    ['I was interviewed by a guy ^eating his lunch', 'other'],
    // roles that are neither side
    ['the receptionist was ^lovely', 'third'],
    ['the other candidate was ^shaking', 'third'],
    // kin may be the one interviewed
    ['my cousin ^smiled', 'self'],
    // the "I" inside a reported question is its object: the asker stays the subject of what follows
    ["he asked why I'd moved so often, then ^asked if I'd cope with nights", 'other'],
    ['she asked whether I had managed a team, then ^brought up my gaps', 'other'],
    ['I asked why they needed someone, then ^asked about the hours', 'self'],
    // bystanders
    ['the pupils were ^awkward', 'third'],
  ] as const)('%s → %s', (s, who) => expect(subject(s)).toBe(who));
});

describe('subjectOf: reported clauses and the edge of the look-back window', () => {
  it.each([
    // a person named after "said" is the subject of what they are said to have done
    ['I said the head of sales was ^so flat it hurt', 'other'],
    ['my sister says the manager on the panel ^grinned at her', 'other'],
    ['he said the lady who met him was ^really kind', 'other'],
    // but not a thing of mine: "said my answers were too long" is mine
    ['she said my answers were ^too long', 'self'],
    // the window may start inside a phrase: "about | my notes" is still an object
    [
      'The lead asked me about my dissertation on coastal erosion and kept asking harder questions, at one point saying "that is a really ^clever bit of work"',
      'other',
    ],
  ] as const)('%s → %s', (s, who) => expect(subject(s)).toBe(who));
});

describe('subjectOf: time clauses, Pidgin "e" and a bystander at the head of the sentence', () => {
  it.each([
    ["anytime I spoke, he'd sigh, ^no reaction at all", 'other'],
    ['e just dey ^yawn', 'other'],
    ['the porter was friendly, ^all smiles', 'third'],
    // a bystander deep in the clause before does not carry over
    ['they will decide after seeing the other applicants, ^whenever that is', 'other'],
  ] as const)('%s → %s', (s, who) => expect(subject(s)).toBe(who));
});

describe('subjectOf: hearsay and bystanders named before a pronoun', () => {
  it.each([
    ['my friend told me ^the team is lovely', 'third'],
    ['a mate who worked there said ^the hours are brutal', 'third'],
    // the friend may be the one interviewed: only telling makes it hearsay
    ['my friend ^smiled the whole way home', 'self'],
    ['my friend said the interviewer ^smiled a lot', 'other'],
    ['I asked two strangers in the lobby for directions. They ^glared at me.', 'third'],
    ['I asked two strange men if they were Dan. They ^laughed at me.', 'third'],
    ['The panel were waiting in the lobby. They ^glared at me.', 'other'],
    ['I was one of five candidates. They ^smiled a lot.', 'other'],
    ['I applied for the kitchen porter job. He ^frowned at my CV.', 'other'],
    ['She runs customer success. She ^smiled a lot.', 'other'],
    // "hiring" is tagged a verb, but it only modifies the noun
    ['it was clear that the hiring manager in charge was ^not prepared at all', 'other'],
    ['it was obvious that the interviewing panel in the room ^had not read my CV', 'other'],
  ] as const)('%s → %s', (s, who) => expect(subject(s)).toBe(who));
});

describe('subjectOf: a note that drops its "I" opens on a verb, not a name', () => {
  it.each([
    ['Blurted out my salary, then went bright ^red', undefined],
    ['Stammered through the first answer and ^went red', undefined],
    ['Alfred from HR ^yawned twice', 'other'],
    ['Mohammed ^kept yawning', 'other'],
  ] as const)('%s → %s', (s, who) => expect(subject(s)).toBe(who));
});
