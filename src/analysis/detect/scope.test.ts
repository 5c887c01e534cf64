import { describe, expect, it } from 'vitest';
import { at } from './marked.case.js';
import { isNegated } from './scope.js';
import { isWorry } from './worry.js';

const worry = (s: string) => {
  const p = at(s);
  return isWorry(p.toks, p.clause, p.from);
};
const negated = (s: string) => {
  const p = at(s);
  return isNegated(p.toks, p.clause, p.from);
};

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
