import { describe, expect, it } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { clausesFrom } from './clauses.js';
import { isNegated, isWorry, subjectOf } from './scope.js';

/** `^` marks the first token of the (imagined) cue match. */
function at(marked: string) {
  const pos = marked.indexOf('^');
  const text = marked.slice(0, pos) + marked.slice(pos + 1);
  const toks = tokensFrom(text);
  const from = toks.findIndex((t) => t.start >= pos);
  const clause = clausesFrom(toks).find((c) => c.from <= from && from < c.to);
  if (from < 0 || !clause) throw new Error(`no token at ^ in ${marked}`);
  return { toks, clause, from };
}
const subject = (s: string) => {
  const p = at(s);
  return subjectOf(p.toks, p.clause, p.from);
};
const worry = (s: string) => {
  const p = at(s);
  return isWorry(p.toks, p.clause, p.from);
};
const negated = (s: string) => {
  const p = at(s);
  return isNegated(p.toks, p.clause, p.from);
};

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

describe("isWorry: the candidate's own fear, not the employer's hopes or a reported question", () => {
  it.each([
    "I hope I didn't ^ramble",
    'what if they ^think I was too quiet',
    "I'm scared I ^came across as arrogant",
    'worried that I ^talked too much',
    'I wonder if they ^noticed my hands',
    'I was scared she would be ^bored by my answers',
    "if I get it I'd ^be running the night shift",
    "I hope they liked me and that I didn't ^ramble",
    "the director asked whether I'd be ^comfortable managing a budget",
  ])('worry: %s', (s) => expect(worry(s)).toBe(true));

  it.each([
    "they're hoping to ^put the new person through training",
    'she asked if I could ^start on the 3rd',
    "if you were to join you'd ^be running the ward",
    "he wasn't distracted, if anything ^really engaged",
    'she wondered if I could ^start earlier',
    'he said "I hope you ^enjoy the team"',
    'I was nervous but the recruiter ^smiled the whole time',
    'we are hoping the new hire will ^own the billing service',
    'they asked whether I could ^cover weekends',
    "she asked if I'd be ^available to start in May",
    'he asked me whether I could ^start on nights',
  ])('not worry: %s', (s) => expect(worry(s)).toBe(false));
});

describe('isNegated', () => {
  it.each([
    'not once did she ^check her phone',
    'no ^awkward silences at all',
    "can't say he was ^cold",
    'never felt ^rushed',
    'nobody ^frowned',
    'zero ^red flags',
    'none of the usual ^stock questions',
    "didn't raise any ^concerns",
    'nobody mentioned ^next steps',
    "she wasn't so ^friendly",
    'he did not nod or ^smile',
    "she didn't seem half-^interested",
  ])('negated: %s', (s) => expect(negated(s)).toBe(true));

  it.each([
    "wasn't distracted, if anything really ^engaged",
    "I've never felt so ^welcome in an interview",
    "I've never ^laughed so much in an interview",
    'she could not have been ^friendlier',
    'not only did she ^smile, she laughed',
    'no doubt she ^liked the portfolio',
    'i didnt sleep much lol she ^smiled loads',
    'i wasnt ready 😅 the hm ^smiled anyway',
    'nothing major plus the HM ^nodded a lot',
    'no idea about parking - she ^laughed it off',
    'i did not expect much but then we ^clicked',
  ])('not negated: %s', (s) => expect(negated(s)).toBe(false));
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

describe('isNegated: a negator hanging before a parenthesis, rarely', () => {
  it.each([
    ['she did not, at any point, ^make eye contact', true],
    ['she rarely ^made eye contact', true],
    ['di man nuh ^smile', true],
    ["I don't think I've ever ^laughed so much", false],
    ['she was lovely, at any point, ^smiling', false],
    ['it was anything but ^relaxed', true],
  ] as const)('%s → %s', (s, want) => expect(negated(s)).toBe(want));
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

describe('isWorry: the result of an unreal condition did not happen', () => {
  it.each([
    ["if he'd looked up even once I'd have ^felt at ease", true],
    ['if they had asked about my thesis I would have been much more ^relaxed', true],
    ['I would have ^relaxed more but she was lovely', false],
    ["she couldn't have been ^friendlier", false],
  ] as const)('%s → %s', (s, want) => expect(worry(s)).toBe(want));
});

describe('isNegated: a negation before a bracket, and "but it was anything but"', () => {
  it.each([
    ["they didn't begin (as most places do) by ^walking me through the team", true],
    ['she never once (and I was watching) ^looked up from her notes', true],
    ['they started (as most places do) by ^walking me through the team', false],
    // a negator inside the brackets is not the clause's
    ['they started (not that I minded) by ^walking me through the team', false],
    ['he called it a ^relaxed chat, but it was anything but', true],
    ["it was billed as ^friendly but it wasn't, at all", true],
    ["she was ^friendly but it wasn't enough to calm me", false],
    ['the panel was ^warm but it was short', false],
    // a spaced dash pair is an aside like a bracket; a hyphen inside a word is not
    ["they didn't - unlike most places - ^walk me through the team", true],
    ['she was - unusually for a panel - ^warm the whole way through', false],
    // the writer does not vouch for a so-called or supposedly
    ['it was billed as a so-called ^informal chat', true],
    ['the supposedly ^relaxed format was an interrogation', true],
    ['the genuinely ^relaxed format suited me', false],
  ] as const)('%s → %s', (s, want) => expect(negated(s)).toBe(want));
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
