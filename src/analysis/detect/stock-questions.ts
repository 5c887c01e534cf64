/**
 * Stock questions asked aloud in a call, and the panel saying its questions are a set list.
 * The weights add up with generic-questions' own cues, and the sign needs 2: a handful of stock
 * questions, or a set list named and a stock question read from it. Matched on the surface string,
 * as spoken ("What would you say your main strengths are?", "Why we should hire you?").
 */
import type { SignPatterns } from './types.js';

/** The questions every interview asks, in the forms interviewers say them. */
const STOCK_ASKED = [
  // strengths and weaknesses, with or without an adjective, in the singular too
  String.raw`\b(and )?your (main |key |greatest |biggest |top |real )?(strengths?|weakness(es)?)\b`,
  String.raw`\bwhy (do you want to|should we|would you like to) (work|join|hire)|\bwhy (this|our) (company|firm|role)\b`,
  // "why should we pick you over the others?", "why we should hire you?", "why you want this job?"
  String.raw`\bwhy (should we|we should) (hire|pick|choose|take|appoint|offer)\b|\bwhy (do )?you want (this|the) (job|role|post|position)\b`,
  String.raw`\b(tell me|tell us) about a time (when )?you\b|\b(give|give me|give us) an example of (a time|when|how) you\b`,
  String.raw`\bwhere (do )?you see yourself\b|\btell (me|us) about (a|an|the biggest|your biggest) (mistake|failure|weakness)\b|\bwhy do you want to leave\b`,
  String.raw`\bhow (do )?you (handle|deal with|cope with|manage) (the )?(pressure|stress|conflict|criticism|disagreements?|a difficult (colleague|customer|client|manager|person))\b`,
  // how the candidate works, asked of everyone: prioritising, wellbeing, motivation, the proudest moment
  String.raw`\bhow (do|would) you prioriti[sz]e\b|\bhow do you (manage|look after) your (own )?(workload|wellbeing|well-being|time)\b|\blook after your own (wellbeing|well-being)\b`,
  String.raw`\bwhat (motivates|motivate|drives) you\b|\byour (biggest|greatest|proudest) achievement\b`,
  // values asked in the abstract: "what does good customer service mean to you?", "how do you promote equality?"
  String.raw`\bwhat (does|do) ([\w-]+ ){1,4}mean to you\b|\b(ensure|promote|promoted|promoting) (equality|diversity|inclusion)\b|\banti[- ]?discriminatory\b`,
  String.raw`\bwhat (do you think )?makes a good\b|\bin support of your application\b`,
].join('|');

/**
 * The panel names its questions as a list put to every candidate: "we ask every candidate the same
 * questions", "I've got a set of questions", "a list of questions that we ask everybody".
 */
const SET_LIST = [
  String.raw`\b(a|the|our|my) (set|set list|list|fixed set|standard set|standard list) of (\w+ )?questions\b`,
  String.raw`\bquestions?,? (that |which )?we (ask|put to) (all|every|each|everyone|everybody)\b`,
  String.raw`\b(ask|asking|put to) (all|every|each) (of our )?(\w+ )?(candidate|applicant)s?,? the same\b`,
  String.raw`\b(they'?re|they are|it'?s) the same (questions )?for (every|all|each) (candidate|applicant)s?\b`,
].join('|');

export const stockQuestions: SignPatterns = {
  id: 'generic-questions',
  cues: [
    { re: new RegExp(STOCK_ASKED), surface: true, says: 'interviewer', weight: 0.5 },
    { re: new RegExp(SET_LIST), surface: true, says: 'interviewer', weight: 1 },
  ],
};
