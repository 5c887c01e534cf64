import type { SignPatterns } from '../detect/types.js';

/**
 * Lookbehind for cues marked `who: 'any'`: blocks "I was smiling", "we nodded" and "my face lit up".
 * The matcher's own subject check reads "smiled at me" or "asked about my CV, and nodded" as the
 * candidate, so cues whose wording already points at someone else use this narrower guard instead.
 */
export const NOT_SELF =
  "(?<!\\b(?:i|we|my|our|i'm|im)(?: (?:be|was|am|were|'m|just|also|then|too|so|still|even|kept|keep|kind of|sort of|probably|actually|really|face|own|eyes?|try|tried|trying|want|wanted|to|smile|smiled|nod|nodded|and))* )";

/** Smiles, nods, leaning in, visible interest from the interviewer. Negated, it is negative body language. */
export const interviewerSmiling: SignPatterns = {
  id: 'interviewer-smiling',
  cues: [
    // a smile meant for someone else ("smiled at her colleague, not at me", "smiling at his lap" while texting) or worn
    // like a uniform ("like a chatbot") is no warmth; "Smiles: none" in a tally is the count of them, none
    {
      re: /(?<!\b(?:came|come|comes|coming|got|walked|walks|walking) (?:back |home |out of (?:there|the interview|the room|the building|the office) )(?:\w+ ){0,3})(?:\b(?:smile|smiled|smiles|smiling|smilin|smiley|grin|grinned|grinning|grinnin|grins|beam|beamed|beaming)\b(?! ?: ?(?:none|zero|nil|0|nada|not one)\b)(?!(?: [\w'-]+){0,5}(?: ,|,)? (?:but |though |just )?not (?:at|to) me\b)(?! (?:down )?(?:at|to|into) (?:his|her|their|the) (?:lap|phone|mobile|screen|laptop|monitor|tablet|ipad|messages|texts|watch)\b)(?! like (?:a|an|some) (?:[\w-]+ ){0,2}(?:bot|robot|machine|mannequin|salesman|salesperson|politician)\b)(?! at (?:something (?:on|that wasn|that was not|that be not|else|off)|(?:her|his|their|the) (?:phone|screen|laptop)))(?! (?:just |quickly |soon )?(?:faded|fade|fades|vanished|vanish|disappeared|disappear|dropped|drop)\b))(?!(?:(?!\b(?:lol|haha|lmao|ngl|tbh|good sign|bad sign|is that|does that|what does|right)\b)[^.!\n]){0,30}\?)(?! (?:at me )?(?:in|at|from) (?:the )?(?:lobby|reception|waiting (?:room|area)|front desk|car park|lift|elevator)\b)/,
      who: 'interviewer',
      neg: 'block',
      // session 25: "their website is all smiling staff photos": pictures, not the interviewer
      notAt:
        /(?=\w+ (?!(?:at|over|through|to|when|as|while|and)\b)(?:[\w-]+ ){0,2}(?:photos?|photographs?|pictures?|pics|headshots|images|portraits)\b)/y,
    },
    // a nod withheld is unreactive rather than cold
    // "a nod at best", "Got: a nod, once.": the least that could be given, not interest
    {
      re: /\b(?:nod|nodded|nodding|noddin|nods)\b(?! off| at (?:best|most|good|well)\b|(?: ?,)? once\b)/,
      who: 'interviewer',
      neg: 'flat-interviewer',
    },
    // "he was clearly into it" is how he looked; "got really into it" is what he asked, and stays with the questions
    {
      re: new RegExp(
        `${NOT_SELF}\\b(?:be|was|were) (?:clearly|obviously|visibly|really|properly|genuinely|so|totally) into (?:it|that|this|what i (?:said|was saying))\\b`,
      ),
      who: 'interviewer',
    },
    {
      re: new RegExp(
        `${NOT_SELF}\\b(?:lean|leaned|leant|leaning) (?:right |all the way )?(?:in|forward|towards me|closer)\\b(?! (?:to|on) (?:my|the)\\b)`,
      ),
      who: 'any',
      neg: 'negative-body-language',
    },
    {
      re: /\blook\w* (?:me )?(?:in|into) (?:my|the) eyes?\b/,
      who: 'interviewer',
      neg: 'negative-body-language',
    },
    {
      re: /\b(?:good|great|lots of|a lot of|kept|keep|made|make|strong|steady|warm|constant|proper|real) eye[- ]contact\b/,
      who: 'interviewer',
      neg: 'negative-body-language',
    },
    {
      re: new RegExp(
        `${NOT_SELF}\\b(?:(?:look|seem|sound|appear)\\w*|act|acted|acting) (?:genuinely |really |very |super |so |properly |actually |quite |truly |clearly |visibly )*(?:interested|engaged|intrigued|fascinated|curious|attentive|into it|into what i|invested|keen on what)\\b(?! ?\\?)|${NOT_SELF}\\bgenuinely (?:interested|engaged|curious|intrigued)\\b|\\binterested in me\\b|${NOT_SELF}\\b(?:seem|seemed|seems|looked|appeared) to (?:find|think) (?:it|that|this|them|what i (?:said|did|do|was saying)|my (?:[\\w-]+ ){0,2}?(?:story|stories|answers?|work|project|projects|experience|idea|ideas)) (?:genuinely |really |very |super |so |quite |truly )*(?:interesting|fascinating|intriguing)\\b`,
      ),
      who: 'any',
    },
    {
      re: new RegExp(
        `(?<!\\bmy )\\b(?:face|eyes) (?:really |properly |totally )?lit up\\b|\\b(?:she|he|they|interviewer|manager) (?:really |properly |totally )?lit up\\b|${NOT_SELF}\\blit up when\\b|${NOT_SELF}\\b(?:perk|perked|perks|perking) (?:right )?up\\b|(?<!\\b(?:my|our) )\\b(?:face|eyes) (?:\\w+ )?(?:brighten|brightened|softened|lit)\\b|\\b(?:open|positive|warm|relaxed|engaged|friendly) body language\\b|\\bthumbs[- ]up\\b`,
      ),
      who: 'any',
    },
    // whose smiles the subject check tells: "she was all smiles", not "the receptionist, all smiles"
    { re: /\ball smiles\b/, who: 'interviewer' },
    {
      re: /\byou'?re (?:both |all )?(?:smiling|grinning|nodding|beaming)\b|\bsee you(?:'re)? (?:both |all )?(?:smiling|grinning|nodding|beaming)\b|\byou look (?:pleased|happy|impressed)\b/,
      says: 'candidate',
    },
    {
      re: /\bi'?m (?:smiling|grinning|nodding)\b|\bi am (?:smiling|grinning|nodding)\b|\bi (?:can'?t|cannot) stop (?:smiling|nodding)\b/,
      says: 'interviewer',
    },
    // the same in more words ("I'm sitting here grinning at my screen", "I'm sat here smiling"), or a panel
    // member telling on a colleague ("Tom's nodding away"): in a call the one named beside the speaker is on
    // the panel. A panel answers for itself too ("we are smiling", "we've been nodding along"), and a smile
    // told in the past is at what was just said ("I actually smiled at that", "that's made me smile"); "we
    // smile at every customer" is the job's manners, not this call's
    {
      re: /\bi'?m (?:just |sat (?:here )?|sitting (?:here )?|still |literally |actually |genuinely )+(?:smiling|grinning|nodding|beaming)\b|\bwe(?:'re| are| were|'ve been| have been) (?:all |both |just |still )?(?:smiling|grinning|nodding|beaming)\b|\bi (?:actually |just |genuinely |honestly |literally |really )?(?:smiled|grinned) (?:at (?:that|this|your|the (?:bit|part|line))|when you|reading (?:that|this|your))\b|\b(?:that|this|it|you)(?:'s| has|'ve| have)? (?:\w+ )?(?:made|got|put) me (?:smile|smiling|grin|grinning)\b|\bput a smile on my face\b|(?<![\w'])(?!(?:it|that|what|there|here|who|where|let|how)'s\b)(?:[a-z]+'s|(?:he|she) is) (?:(?:just|been|already|also|still) )?(?:smiling|grinning|nodding|beaming)(?: away| along)?\b/,
      surface: true,
      says: 'interviewer',
    },
  ],
};
