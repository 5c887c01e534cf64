/**
 * The go-between's contact before the interview and the writers' forum talk, told beside the story: "recruiter on
 * the phone last week was SO lovely, we had a good laugh", "HR ma'am called me before the interview and she was very
 * sweet", "The recruiter's email beforehand said 'you'll be leading a team of 6'", "Everyone on here says a cold
 * interviewer means nothing". Their warmth, their promises and the crowd's wisdom are not this interview's evidence;
 * elsewhere.ts drops the sentence, as it does another employer's.
 */

/** Who sets an interview up without sitting in it. */
const GO_BETWEEN =
  "(?:recruiter|recruitment consultant|agent|agency|headhunter|talent partner|hr|hr (?:lady|guy|person|woman|man|ma'?am|sir|contact|team|rep))";
/**
 * The sentence turning to the interview within its opening words ("The recruiter's email said little, but the manager
 * herself went through the duties"): then it is not set aside whole. Read over the opening words only.
 */
const NO_TURN = '(?!.*\\b(?:but|however|whereas|while|though|although)\\b)';
/** A time before the interview, said right after the go-between or their call. */
const BEFORE =
  '(?:before (?:the|my|our|this) (?:interview|call|panel|onsite|meeting|video call|screen)|beforehand|last week|the (?:day|week|night) before)';

export const BEFORE_FRAMES: readonly RegExp[] = [
  // their own manner on an earlier call: "recruiter on the phone last week was lovely", "the agent beforehand seemed
  // so warm"; their calling: "HR ma'am called me before the interview and..."
  new RegExp(
    `^${NO_TURN}(?:the |my |our |a |their )?${GO_BETWEEN}(?: (?:on|over) the (?:phone|call))? ${BEFORE},? (?:was|were|seemed|sounded|had been)\\b`,
  ),
  new RegExp(
    `^${NO_TURN}(?:the |my |our |a |their )?${GO_BETWEEN} (?:called|rang|phoned|messaged|texted|emailed|e-mailed) (?:me |us )?${BEFORE}\\b`,
  ),
  // what their written word said: "The recruiter's email beforehand said...", "the agency's brief described..."
  new RegExp(
    `^${NO_TURN}(?:the |my |our |a |their )?${GO_BETWEEN} ?'s (?:\\w+ )?(?:email|e-mail|message|text|note|brief|briefing|pack|invite|invitation|letter)s?(?: ${BEFORE})? (?:said|says|mentioned|described|listed|stated|promised|read|reads)\\b`,
  ),
  // what they told of the employer before: "The agency told me everything about the firm - 120 staff, B Corp"
  new RegExp(
    `^${NO_TURN}(?:the |my |our |a |their )?${GO_BETWEEN} (?:had )?(?:already )?(?:told|briefed) me (?:everything|all|loads|lots|a lot|plenty|so much) about (?:the|this|their) (?:firm|company|business|organi[sz]ation|client|employer|place|practice|school|team)\\b`,
  ),
  // the crowd's word, as forum posts open: "Everyone on here says...", "People online say..." (present tense:
  // "everyone said hello" at the panel is this interview)
  /^(?:everyone|everybody|people|most people|all of you|you all|half of you)(?: (?:on here|here|online|on reddit|on (?:this|the) (?:sub|forum|thread|site)))? (?:says|say|keep saying|keeps saying|tell you|tells you|reckon|reckons)\b/,
];
