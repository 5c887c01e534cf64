import type { SignPatterns } from '../detect/types.js';

/** Asking verbs as lemmas or surface forms. */
const ASKED = String.raw`(?:ask|asks|asked|asking|questioned|quiz|quizzed|grill|grilled|dig|dug|drill|drilled|probe|probed)`;

/** Praise for the candidate's work, or targeted follow-up digging into it. */
export const achievementsPraised: SignPatterns = {
  id: 'achievements-praised',
  cues: [
    // digging into the candidate's own work: asked a lot, or asked about it and then how/what/why
    { re: new RegExp(String.raw`(?<!\bi )\b${ASKED}\b(?: me)?(?: \S+){0,2} (?:loads|lots|a lot|all|heaps|tons|so much|plenty|in detail|in depth|in real detail|several \w+ questions|many (?:detail\w* )?questions|detailed questions|every detail|more|endless questions|question after question|good follow-ups|sensible (?:follow-up )?questions|follow[- ]?ups?)\b(?: \S+){0,3} (?:about|on|into|of|re|around) (?:my|me|the (?:\S+ ){1,2}(?:i|that i)|what i|how i|how we)\b`) },
    { re: new RegExp(String.raw`(?<!\bi )\b${ASKED}\b(?: me)? (?:about|into|on|through|over) (?:my|the \S+ (?:\S+ )?(?:i|that i) (?:led|ran|built|did|made|set up|designed|redesigned|rewrote|wrote|won|launched|delivered|managed|created|started|grew))\b.{0,80}(?:how (?:i|i'?d|we|it|they|many|much|did|do|the)|why (?:i|we)|which \w+ (?:i|we)|what (?:i|i'?d|we) (?:changed|did|do|learned|learnt|found|used|would|measured|built|automate|cut)|what (?:the|it) (?:result|impact|outcome|brief|process|numbers)\w*|what (?:went|broke|results))\b`), conf: 0.7 },
    { re: new RegExp(String.raw`\b(?:quizz?\w*|grilled|pushed|pressed|probed) (?:me )?(?:on|into|about) (?:my|the \S+ (?:\S+ )?(?:i|that i) \w+ed|the \d+\S* )\b|\b${ASKED} (?:me )?(?:to )?(?:talk|walk|take|explain) (?:them |her |him |me |us )?(?:through |over )?(?:exactly )?(?:my|the \S+ (?:\S+ )?(?:i|that i)|what i|how i)\b|\bwanted to know (?:exactly |all about |everything about |every detail of |the \w+ )?(?:how|what|why|about) (?:i|my)\b|\bwent through (?:it|my \w+) (?:\w+ )?by \w+\b|\bask\w* (?:me )?how i came up with\b|\bask\w* (?:for|about) (?:the|my) (?:numbers|figures|results|metrics|data)\b`), who: 'interviewer' },
    // praise in their words
    { re: /(?<!\bi )\b(said|say|says|called|remarked|told me|described)( that| it)? (my|your|ur|this|that|it|the way i|what i|you|u|it'?s|this is|that'?s|that was)\b.{0,45}\b(very good|really good|so good|seriously good|super good|spot on|tidy|strong|impressive|useful|brilliant|excellent|unreal|amazing|outstanding|top notch|superb|fantastic|exceptional|clever|smart|great|solid|perfect|exactly what|exactly the|what we need|what they need\w*|the best|the strongest|the clearest)\b/ },
    { re: /\bexactly (what|the (experience|thing|kind of|sort of|skills?)) (they|we|she|he|the team) (need|needed|lack|lacked|want|wanted|were looking for|are looking for|have been looking for|had been trying)\b|\b(we|they) need (that|this|you|someone like you) here\b|\bthis is what we need\b|\bbeen trying to do exactly that\b|\b(love|like) to see (it|that|them|this) in action\b|\bask\w* if i'?d share\b|\b(really|very|so|quite) taken with\b|\b(face|eyes) lit up\b|\blit up when\b|\bbig\w* me up\b|\btalk\w* me up\b|\bkudos\b|\bwrote (it|that|this) down\b|\btook notes? (on|when|as) (i|my)\b/, who: 'interviewer' },
    { re: /\b(impress\w*|prais\w*|compliment\w*|rave\w*|gush\w*|blown away|wowed)\b/, who: 'interviewer' },
    { re: /\bone of the (best|clearest|strongest|most \w+)\b.{0,40}\b(seen|heard|read|come across)\b/, who: 'interviewer' },
    { re: /\b(exactly|just) the (kind|sort|type) of\b.{0,25}\b(we want|we need|we're looking|we are looking|they want|they need)/ },
    { re: /\bthat'?s (a |an )?(really |genuinely |very |so )?(solid|strong|great|impressive|brilliant|excellent|smart|big jump|fantastic|amazing)\b|\bmore than i expected\b|\bmore than (most|many|anyone)\b|\b(loved|love) (my|your|the) (portfolio|answer|example|project|work|story)\b/ },
    { re: /\b(dug|dig|digging|drill\w*|went|go|going|probe\w*)\b (deep|deeper|really deep|into|down into)\b.{0,40}\b(my|the|how i)\b/, who: 'interviewer' },
    { re: /\bask\w* (me )?(really |very |lots of |a lot of |loads of |some )?(specific|detailed|targeted|follow[- ]up|probing|sharp|thoughtful|in[- ]depth)\b.{0,20}\b(question|questions|stuff|things)\b/, who: 'interviewer' },
    { re: /\bfollow[- ]?ups?\b.{0,20}\b(about|on) my\b|\bspecific (stuff|questions?) (about|on) (my|the)\b/, who: 'interviewer' },
    { re: /\bask\w* (me )?(how|why|what|which|where)\b[^.\n]{0,25}\bi('?d|'?ve| had| have| would)? (learn|learned|scale|test|measur|built|build|got|get|handl|led|lead|reindex|pick|practis|practic|place|spot|use|reduc|cut|chose|choose|decid|did|manag|deliver)\w*/, who: 'interviewer', conf: 0.65 },
    { re: /\bask\w* me to walk (them |her |him )?through\b|\bpick\w* up on\b|\bwent deep\b/, who: 'interviewer' },
    { re: /\b(that'?s|this is) (a |an )?(really |genuinely |very )?(solid|strong|great|impressive|brilliant|excellent|smart|big jump)\b|\bgenuinely impressive\b|\bwell done\b|\bwas smart\b|\bexactly how you do it\b/, says: 'interviewer' },
  ],
};
