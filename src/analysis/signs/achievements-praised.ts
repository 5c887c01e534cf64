import type { SignPatterns } from '../detect/types.js';

/** Praise for the candidate's work, or targeted follow-up digging into it. */
export const achievementsPraised: SignPatterns = {
  id: 'achievements-praised',
  cues: [
    { re: /\b(impress\w*|prais\w*|compliment\w*|rave\w*|gush\w*|blown away|wowed)\b/, who: 'interviewer' },
    { re: /\bone of the (best|clearest|strongest|most \w+)\b.{0,40}\b(seen|heard|read|come across)\b/, who: 'interviewer' },
    { re: /\b(exactly|just) the (kind|sort|type) of\b.{0,25}\b(we want|we need|we're looking|we are looking|they want|they need)/ },
    { re: /\bthat'?s (a |an )?(really |genuinely |very |so )?(solid|strong|great|impressive|brilliant|excellent|smart|big jump|fantastic|amazing)\b|\bmore than i expected\b|\bmore than (most|many|anyone)\b|\b(loved|love) (my|your|the) (portfolio|answer|example|project|work|story)\b/ },
    { re: /\b(dug|dig|digging|drill\w*|went|go|going|probe\w*)\b (deep|deeper|really deep|into|down into)\b.{0,40}\b(my|the|how i)\b/, who: 'interviewer' },
    { re: /\bask\w* (me )?(really |very |lots of |a lot of |loads of |some )?(specific|detailed|targeted|follow[- ]up|probing|sharp|thoughtful|in[- ]depth)\b.{0,20}\b(question|questions|stuff|things)\b/, who: 'interviewer' },
    { re: /\bfollow[- ]?ups?\b.{0,20}\b(about|on) my\b|\bspecific (stuff|questions?) (about|on) (my|the)\b/, who: 'interviewer' },
    { re: /\bask\w* (me )?(how|why|what|which|where)\b[^.\n]{0,25}\bi('?d|'?ve| had| have| would)? (learn|learned|scale|test|measur|built|build|got|get|handl|led|lead|reindex|pick|practis|practic|place|spot|use|reduc|cut|chose|choose|decid|did|manag|deliver)\w*/, who: 'interviewer', conf: 0.65 },
    { re: /\bask\w* me to walk (them |her |him )?through\b|\bpick\w* up on\b|\bwent deep\b/, who: 'interviewer' },
    { re: /\b(that'?s|this is) (a |an )?(really |genuinely |very )?(solid|strong|great|impressive|brilliant|excellent|smart|big jump)\b|\bgenuinely impressive\b|\bgood answer\b|\bright instinct\b|\bwell done\b|\bwas smart\b|\bexactly how you do it\b/, says: 'interviewer' },
  ],
};
