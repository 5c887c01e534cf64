import type { SignPatterns } from '../detect/types.js';

/**
 * A weekday, whole or cut short ("Fri", "Weds"), and nothing longer: "friendly", "fridge", "monotone",
 * "monitor", "month", "satisfied" and "thumbs" start like one but name no day.
 */
const DAY = String.raw`(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\b`;

/**
 * Not the day of the interview the notes are about: "had my interview on Monday", "Interview at
 * Halden on 23 Nov", "my interview was on the 3rd" date the interview, they promise nothing. A
 * round still to come keeps its day ("second interview on Friday" is a next step). Guards only
 * "on": "interview ... by Friday" still reads as a promise. Checked behind the word once it has
 * matched, so the look back runs only where an "on" stands; before a day, the look ahead for one comes
 * first ("on" stands in most segments: the cue ran ~30% longer looking back at every one).
 */
const NOT_OWN_DAY = String.raw`(?<!(?<!\b(?:second|next|final|2nd|3rd|third|fourth|another|follow-up|follow up|panel|onsite|on-site|last)\s)\binterview\w*\b(?:\s(?!(?:by|before|until|within|and|but|so|then|they|she|he|we|i)\b)[\w'.&()-]+){0,6}\son)`;

/**
 * A next step or a date for the decision. Its presence also cancels a vague close (no-next-steps).
 * The day may follow the close or the noun bare: "in touch Friday", "Decision Friday, apparently."
 */
export const timelineGiven: SignPatterns = {
  id: 'timeline-given',
  cues: [
    {
      re: new RegExp(
        String.raw`\bon\b(?=.{0,6}\b${DAY})${NOT_OWN_DAY}.{0,6}\b${DAY}|\b(by|before|next|this|within|in|early|end of|over the|after the|until)\b.{0,6}\b${DAY}|\b(?:ring|call|phone|email|text|hear|decide|know|contact|confirm|update|said|say|says|touch)\w*(?: (?:me|you|us|back|everyone|them|(?:back )?to (?:me|you|us)))?(?: (?:the )?following| the(?= ${DAY} after\b))? ${DAY}|(?<!\b(?:got|get|gets|had|received|heard|came|come|arrived|made|make|my)\b(?: \w+){0,2} )\b(?:decision|outcome|results?|verdict) ${DAY}|\bback to (?:me|you|us) ${DAY}|\b(by|within|in|over) (the )?(next )?(?:about |around |roughly |approximately |maybe |like |under |less than |just over )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|several|a|a few|a couple of|couple of) (day|days|week|weeks|working days|business days)\b|\b(within|in|over) (a|the next|the) (fortnight|week|month)\b|\b(by|over|before|after) the weekend\b|\b(?:by|after|before|over|at) (?:the )?(?:half[- ]term|bank holiday|easter|christmas|new year|end of (?:term|the (?:month|quarter)))\b|\b(?:on|by|before|after)\b${NOT_OWN_DAY} (?:the )?\d{1,2}(?:st|nd|rd|th)\b|\b(?:on|by|before|after)\b${NOT_OWN_DAY} (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\blater (?:on )?today\b|\b(?:phone|call|ring|text|email|hear|know|decide|back)\w*(?: \w+){0,2} (?:that|this|later that) (?:evening|afternoon|night|day)\b|\b(?:phone|call|ring|text|email|hear|know|decide|back)\w*(?: \w+){0,3} in the morning\b|\b(tomorrow|tonight|this evening|end of (?:(?:the|this|that|next) )?(?:week|month)|by (?:eow|eod|cob|close of (?:business|play)|end of (?:day|play|business))|next week|this week|the following week|early next|later this week|by the \d+\w*|by the end of)\b`,
      ),
      says: 'any',
      notes: true,
      neg: 'ignore',
    },
    {
      // "what the next step is" asks or wonders; it names no step
      // an interview booked in answer to the application is this one's invitation, no next step ("after applying, the
      // manager contacted me to schedule an interview")
      re: /\b(?=(?:next|final|second|last) )(?<!\b(?:what|whether|if|when|how|where)\s+(?:the\s+|my\s+)?)(next|final|second|last) (step|stage|round)s? (is|=|will be|would be|be)\b|\bnext is\b|\b(invite|invited|wants|want) me (back|in) for\b|\btrial (shift|day)\b|\bsecond (round|interview|stage) (on|next|this|with)\b|\bsending (me )?next steps\b|(?<!\bappl(?:y|ied|ying|ication)\b[^.;!?]{0,60})\b(book|booked|booking|schedul\w*|set up|arrang\w*|line\w* up|pencil\w* in)\b.{0,30}\b(screen|interview|round|stage|call|assessment|trial|onsite|on-site|meeting|test|visit)\b(?! (went|was|is|be|had))|\bmeet(ing)? the (cro|ceo|team|director|founder)\b/,
      says: 'any',
      notes: true,
    },
    // transcripts: a day of the month said in words ("You'll hear by the twelfth.", "on the fifth of December"), ended
    // there or by its month, so "by the second round" and "on the first day" stay out
    {
      re: /\b(?:by|before|on) the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)(?= ?(?:[.,;!?]|$| of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))/,
      surface: true,
      says: 'interviewer',
    },
  ],
};
