/**
 * Sentences beside the story being told (elsewhere.ts): asides, the writer on the writing, the
 * poster's background, the job ad quoted, the outcome at the end, a question to the reader.
 */

/**
 * A question put to the reader about the writer's own moves: "Do you keep applying elsewhere at
 * full speed?", "Would you take it?". Not one about the interviewer ("Should I worry that he kept
 * checking his phone?"), which tells what happened.
 */
export const ASKS_READER =
  /^(?:do|would|should|have|did|will|could|can|is it|am i|are you) (?:you|i|we|it|y'?all|u)\b/;
export const ABOUT_THEM =
  /\b(?:he|she|they|him|her|them|his|their|interview\w*|panel|manager|recruiter|boss|hr|chair|director|lead)\b/;

/**
 * Sentences that open a stretch about something else: the writer's life between the news
 * ("Other stuff: the cat's been sick"), an aside ("Side note:", "In other news"). Like a frame
 * about another interview, what they say is not evidence, and they carry on (see CARRY).
 */
export const ASIDES: readonly RegExp[] = [
  /^(?:(?:some|in|and|now|also|more|a few|my) )*(?:other|non-interview) (?:stuff|news)\b/,
  /^(?:(?:some|and|now|also|more|a few|my) )*(?:personal|life|family|home|house|money) (?:stuff|news|updates?|admin|matters|front|otherwise|-?wise)\b/,
  /^(?:in other news|on (?:an|a) ?other note|on a (?:different|separate|lighter|personal|side) note|side note|unrelated|completely unrelated|totally unrelated|separate thing|different subject|change of subject|off topic|off-topic|meanwhile, life)\b/,
];
/**
 * The writer talking about the writing: "Sorry for rambling", "typing this on my phone on the
 * bus", "rambly voice note for Liv", "long post, sorry". Its rambling, phone and nerves are the
 * post's, not the interview's. Only the sentence itself is dropped.
 */
export const WRITING: readonly RegExp[] = [
  /^(?:(?:so|and|ok|okay|right|sorry),? )*(?:i'?m |i am |am |just |currently |been )*(?:typing|writing|dictating|recording|posting|journaling|voice-noting|thumbing)\b(?: (?:this|it|all this|all of this|these|on|in|from|up|down|because|while|so|with|one-thumbed))/,
  /^(?:(?:so|and|ok|okay|right),? )*(?:a |my |this |another |one more )?(?:long|rambl(?:y|ing)|messy|late-night|2am|3am|brain-dump|brain dump|voice|emotional) ?(?:post|note|voice note|ramble|rant|vent|brain ?dump)(?:[,.!:;—–-]?\s*(?:sorry|apologies|incoming|ahead|alert|warning)\b|\s+(?:for|to|because|since|so|from|on|in|while|i'?m|i am)\b|\s*[.!]?$)/,
  /^(?:(?:so|and|also|but),? )*(?:(?:i'?m |i am )?sorry|apologies|excuse|forgive)(?: in advance)? (?:for|about) (?:the |my |this )?(?:ramble|rambling|rambly|long|length|wall|essay|novel|formatting|format|typos?|spelling|mumbling|grammar|english|vent|rant|post)\b/,
  /^(?:(?:sorry|apologies),? )?(?:on mobile|typed on (?:my )?phone|throwaway|using a throwaway|wall of text)\b/,
];
/**
 * A post's headline: the genre named, then its title in quotes: 'Blog excerpt — "Warm smile, cold questions"',
 * 'Forum: "Flat hunting and job hunting at the same time"'. A title sums up or teases; the post then tells what
 * happened, and that is the evidence. Only the quoted title is dropped (headlineEnd), not the body after it.
 */
export const HEADLINE =
  /^(?:(?:blog|forum|newsletter|column|thread|reddit|substack|linkedin)(?: (?:excerpt|post|update|update post|thread|reply|entry|q&a|q ?& ?a))?|advice column(?: reply)?|post title|thread title|title|headline) ?[:—–-] ?["“]/;
/** A date or the wait in the writer's words is evidence: "writing this on 30 October, still nothing". */
export const WRITING_TIMED =
  /\b(?:after|since|ago|later|still(?! (?:processing|digesting|reeling|shaking|buzzing))|nothing|heard|weeks?|days?|months?|\d+(?:st|nd|rd|th)?|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)\b/;
/**
 * The poster's background before the story: "Background: maths grad, a year in consulting",
 * "For context, I'm a sous chef". Only the sentence itself: the story often starts in the next.
 */
export const BACKGROUND =
  /^(?:(?:some|a bit of|a little|quick|brief|short|a quick) )?(?:background|context|backstory|back story) ?[:—–-]|^for (?:some )?(?:context|background)\b/;
/**
 * The job ad quoted: "The job ad said the role involves...", "The JD mentioned training", "Read the
 * job ad again on the train: 'You will own...'". Not when the sentence weighs the interview against
 * it ("The advert said more than the manager did").
 */
export const JOB_AD =
  /^(?:i )?(?:read|re-?read|looked (?:at|over|through)|went (?:over|through)|checked) (?:the|their|a) (?:original |online |actual )?(?:job |role |vacancy )?(?:ad|advert|advertisement|posting|listing|description|spec|specification|jd|person spec)\b[^:]{0,40}:|^(?:(?:according to|per|from|in) )?(?:the|their|a|this) (?:original |online |actual )?(?:job |role |vacancy )?(?:ad|advert|advertisement|posting|listing|description|spec|specification|jd|person spec)\b(?: [\w',-]+){0,3}? (?:said|says|mentioned|mentions|listed|lists|described|describes|stated|states|promised|promises|talk(?:s|ed)?(?: a lot| loads| so much)? about|went on about|(?:is|was) all about|emphasi[sz](?:es|ed)|stress(?:es|ed)|highlight(?:s|ed)|focus(?:es|ed) on|boast(?:s|ed)|covers|covered|includes|included|read|reads|had|has|asked for|wanted|wants)\b/;
export const INTERVIEWERS = /\b(?:interview\w*|manager|panel|recruiter|hr|they|she|he|them|him|her)\b/;
/**
 * The outcome told as the story ends: the call with the offer or the no, and life after joining.
 * "Two days later the recruiter called with the offer and was lovely", "In the rejection email
 * they said my experience was impressive", "Six months in, the team is lovely". What the offer
 * call or the job itself was like is not how the interview went.
 */
export const OUTCOME: readonly RegExp[] = [
  /\b(?:called|rang|phoned|emailed|e-mailed|texted|messaged|rung)(?: me)?(?: back)? (?:with|to (?:offer|give|tell|say|let me know)(?: me)?(?: (?:that|i'?d|i had|i got|i was))?) (?:(?:the|an|a|my|formal|verbal|job) )?(?:offer|job|rejection|role|position|(?:good|bad|great|the) news|a (?:no|yes))\b/,
  /^(?:in|on|during|with) (?:the|their|her|his|my) (?:offer|rejection|feedback|decline|outcome|result) (?:call|email|e-mail|letter|message|phone call|text)\b/,
  /^(?:now that i|since i|when i|after i|once i) (?:'ve |have |had )?(?:(?:started|began) (?:the (?:job|role|post)|there|working there|work there|at)|joined (?:the (?:company|team|firm)|them)|got the job|accepted the (?:offer|job|role))\b|^(?:(?:\w+|\d+) (?:days|weeks|months|years) (?:in|into the (?:job|role)|on the job)|on my first (?:day|week|month))\b/,
  /^(?:edit|update|eta|edit \d|update \d)\b\W*(?:i )?(?:got|accepted|started|joined|landed)\b/,
];
/** A reply that came weeks late is the wait told, evidence of no-follow-up (detect/no-follow-up.ts). */
export const WEEKS_LATE =
  /\b(?:weeks?|months?) (?:later|after|on|of)\b|\bafter (?:[\w-]+ ){0,3}(?:weeks?|months?)\b/;
