/**
 * raised-concerns, one doubt each, in two voices the other modules miss: the interviewer's own words quoted, doubting
 * a thing of the candidate's named with "the" ('"I'm worried about the cost assumptions"', '"I'm not sure the
 * timeline is realistic"'), and a question that doubts what the candidate's record is worth ("asked whether two years
 * in retail was really relevant", "asked if my degree class was too low", "whether my posting counted as experience").
 */
import type { Cue } from '../detect/types.js';

/** The doubt words, said in the first person inside a quote. */
const DOUBT = String.raw`(?:worried|concerned|not sure|unsure|not convinced|not certain|sceptical|skeptical|doubtful|a (?:bit|little) (?:worried|concerned|unsure))`;

export const quotedDoubts: Cue[] = [
  // the interviewer's doubt quoted, about something named with "the" or "this" ("I'm not sure, it's a client" is no
  // doubt: a comma right after is a shrug; "worried that I'll forget" is the writer's own worry, so no "that"). Quote marks are not in the clause strings: inside a quote the subject is
  // whoever is quoted (detect/subject.ts), so the writer's own "I'm worried about the commute" is left out by `who`.
  {
    re: new RegExp(
      String.raw`\bi'?m (?:also |still |just |really |honestly )?${DOUBT} (?:about |whether |if )?(?:the|this|these|those)\b(?! (?:job|role|company|team|office|position|place|process|commute|salary|pay)\b)`,
    ),
    who: 'interviewer',
    neg: 'ignore',
    surface: true,
    repeats: true,
  },
  // the interviewer's doubt about the candidate, in their own voice, with the tag first or last: '"We're worried you
  // won't cope with nights," she said', 'she said "I'm not sure your experience is enough"'. Unquoted and untagged, "I'm
  // worried you'll think I'm rude" is the writer's, and `who` leaves it out (detect/subject.ts, detect/speech-tag.ts):
  // the match starts past the pronoun so the subject check reads it
  {
    re: new RegExp(
      String.raw`(?<=\b(?:i'?m|i am|we'?re|we are) (?:also |still |just |really |honestly |slightly )?)${DOUBT} (?:that )?(?:you(?:'?d|'?ll|'?re|'?ve)?|your)\b`,
    ),
    who: 'interviewer',
    neg: 'ignore',
    surface: true,
  },
  // a question doubting what the record is worth: "asked whether two years in retail was really relevant", "asked if my
  // degree class was too low for their grade", "asked me whether my placement counted as work experience"
  {
    re: /(?<!\bi (?:\S+ ){0,2})\bask\w* (?:me )?(?:whether|if) (?!(?:i|we) (?:could|can|should|may|might) )[^.\n;]{0,50}?\b(?:(?:was|were|is|are) (?:really |even |actually )?relevant|relevant enough|count(?:ed|s)? as (?:real |proper |actual |relevant )?(?:\w+ )?(?:experience|work|management|leadership|a qualification)|(?:was|were|is|are) too (?:low|little|short|thin|narrow|limited|weak|basic|few|small|light|junior|old|dated)|(?:was|were|is|are) (?:mainly|mostly|largely|only|just) [\w-]+ rather than)\b/,
    who: 'interviewer',
    surface: true,
    repeats: true,
  },
];
