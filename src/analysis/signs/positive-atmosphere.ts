import type { SignPatterns } from '../detect/types.js';
import { NOT_SELF } from './interviewer-smiling.js';

// People the writer can describe as kind or nice; "the pay is nice" is not the room
export const PERSON =
  "(?:she|he|they|both|both of them|everyone|everybody|all of them|interviewers?|manager|panel|recruiter|hm|owner|boss|lady|ladies|guy|guys|woman|women|man|men|chef|director|lead|head|chair|nurse|mother|father|partner|founder|ceo|supervisor|team leader|foreman|fella|bloke|lad|lass|lassie|chap|gent|oke|dude|sir|ma'am|maam|teacher|principal|(?:first|second|other|last|older|younger) one|[a-z]+ (?:manager|lead|director|officer))";
// "funny" is not here: humour is how the talk went (engaging-conversation), and alone it was labelled warm 1 time in 4
const KIND =
  '(?:nice|kind|(?<=\\b(?:be|was|were|is|are) (?:very |so |really |super )?)kindly|sweet|personable|approachable|cheerful|gracious|encouraging|reassuring|understanding|accommodating|down[- ]to[- ]earth|lovely|welcoming|warm|friendly|easygoing|easy[- ]going|generous|gentle|happy(?! (?:with|about|to|for|that)\\b)|jolly|bubbly|a sweetheart|a delight|a gem|a dote|an? (?:absolute |total |real |proper )?(?:dote|gem|delight|star|sweetheart|angel|darling|sweetie)|delightful|wonderful|lovley|lovly|luvly|kindness itself|chaleureu\\w+|cálid[oa]|simpatic[oa]|simpátic[oa])';

// "she was lovely" is what happened even after "I was dreading it"; "hope they're friendly" is not
const STATED =
  "(?<!\\bculture\\b[^a-z]{0,6}(?:\\w+ ){0,2})(?<!\\b(?:kids?|children|child|pupils?|students?|class|residents?|patients?|customers?|clients?|members?|guests?|dogs?|food|weather|view|building|grounds|garden|pay|salary|benefits|perks|coffee|lunch|station|walk|commute|journey|canteen|cafe|café|office|offices|lobby|foyer|premises)(?: \\w+){0,2} )(?<!(?:\\b(?:would|might|could|will|wo|gonna|to|may|should|hope|hoping|hopefully|wonder|wondering|if|whether|wish|wished)|'d|'ll)(?: \\w+){0,3} )";

/**
 * Someone who is not the interviewer: "the receptionist was lovely", "the bloke who showed me up was a
 * laugh". The rest of the sentence is still about them unless another person takes over.
 */
const GUIDED_ME =
  '(?:who|that) (?:show|bring|brought|take|took|walk|lead|led|meet|met|greet|collect|fetch|let|escort|give|gave)\\w* (?:me|us)\\b(?: \\w+){0,3}?';
const STAFF = `(?:(?:receptionist|security guard|security|guard|porter|concierge|doorman|cleaner)(?: ${GUIDED_ME})?|(?:\\w+ ){0,2}?(?:bloke|guy|lady|woman|man|girl|lad|person|someone|chap|fella|deputy|assistant|pa|admin|intern|students?|pupils?|kids?|children|teenagers?|year \\w+|runner) ${GUIDED_ME})`;
export const NOT_STAFF = `(?<!(?:\\b(?:the|a|an|this|one|our) |^)${STAFF}(?: (?:at|on|from|in) (?:the )?\\w+)?(?:(?: be| was| were| ,)(?:(?!\\b(?:she|he|they|interviewer|interviewers|manager|panel|then|but)\\b)[^\\n]){0,120}| ))`;

// "she described a team that's kind", "described the place as friendly": the workplace she sells, not this room
const TEAMS =
  '(?:team|teams|place|workplace|office|company|department|unit|ward|crew|staff|colleagues|culture|environment)';
const NOT_THE_TEAM = `(?<!\\b${TEAMS} (?:that|which|who|where)(?: be| are| is|'s| 's) (?:\\w+ ){0,2})(?<!\\bdescrib\\w* (?:the |a |her |his |their |our )?(?:\\w+ )?${TEAMS} as (?:\\w+ ){0,3})`;
const NOT_THE_TEAM_BE = `(?<!\\b${TEAMS} (?:that|which|who|where) )`;
/** "a team that laughs a lot": a description of the workplace, whatever the verb. */
export const NOT_TEAM_CLAUSE = `(?<!\\b${TEAMS} (?:that|which|who|where) (?:\\w+ ){0,3})`;

/**
 * "Q: were they friendly?": a yes/no question in the notes' own Q&A is not a statement; its answer
 * decides (the `qa` cues below and in awkward-atmosphere). Used after a match, at its end.
 */
export const NOT_YES_NO_QUESTION =
  "(?!(?<=^\\W*(?:q\\W+)?(?:be|was|were|is|are|am|do|did|does|feel|felt|seem|seemed) (?:[\\w']+ ){0,4}[\\w']+)[^\\n]{0,60}\\?)";

// "lovely to meet you", "nice meeting you": the greeting formula, not the room; "nice to hear": news, not the room
const NOT_GREETING =
  '(?! to (?:meet|see|speak|talk|chat|hear from) (?:you|u|ya|with|me|us|him|her|them)\\b| meeting (?:you|u|ya)\\b| to (?:hear|know|learn)\\b)';
/**
 * "Lovely." said as a sentence of its own, or beside thanks or "okay" ("Lovely, thank you so much.", "Lovely. Okay."):
 * the acknowledgement of an answer, which a polite but cool interviewer gives after every one.
 */
const LOVELY_ACK =
  '(?!(?<=(?:^|\\n)\\W*(?:oh,? )?lovely)(?:\\W*$|\\W*\\n|\\s?[,.!]?\\s(?:thank you|thanks|okay|ok|right|so|great|good|and)\\b))';

// "had they been warmer", "if she'd been friendly": a condition, not what the room was
const IF_WHO = '(?:\\b(?:if|have|had|whether) (?:only )?)';
const IF_THEY_HAD = `(?<!${IF_WHO}(?:she|he|they|it|someone|anyone|the \\w+) (?:have |had |would |'d )?(?:be|been|was|were) (?:so |more |a bit |a little |much |any )?)`;

// "I'd have relaxed", "it would've been nice": what did not happen ("couldn't have been more welcoming" is praise, and has its "not")
const NOT_COUNTERFACTUAL =
  "(?<!(?:\\b(?:would|could|might|should|must)|'d) (?:have|'ve|of) (?:be |been |felt |feel |seem |seemed |look |looked )?(?:so |more |much |a lot |a bit |a little )?)" +
  IF_THEY_HAD;

// "congratulated me on sounding friendly", "I was friendly and polite": the candidate's own manner, not the room
// ("I felt relaxed" is the room's doing and still counts; only the trait words are the candidate's)
const NOT_MY_TRAIT =
  "(?:(?<!\\b(?:i|me)(?:'ve|'m|'d)? (?:(?!(?:she|he|they|her|him|them|it|everyone|interviewer|manager|panel)\\b)\\w+ ){0,2}(?:be|am|was|were|'m|been|being|become|became|get|got|grow|grew|stay\\w*|remain\\w*|try to be|tried to be|sound\\w*|seem\\w*|look\\w*|(?:come|came|coming) across as|act\\w*|appear\\w*|keep it|kept it)\\b (?:\\w+ ){0,2})(?<!\\b(?:i'm|im) (?:\\w+ ){0,2})(?=(?:warm|friendly|lovely|pleasant|charming|cordial|jovial|nice|kind|personable)\\b)|(?!(?:warm|friendly|lovely|pleasant|charming|cordial|jovial|nice|kind|personable)\\b))";
// "comfortable around blood", "comfortable with night shifts": at ease with the work, not the room
// (and "a lovely conversation" is how the talk went: engaging-conversation's)
const NOT_AT_EASE_WITH_WORK =
  '(?!(?<=comfortable) (?:around|about|handl\\w*|deal\\w*|do|doing|lift\\w*|answer\\w*|explain\\w*|discuss\\w*|talking about|walk\\w* through|see|seeing|giv\\w*|tak\\w*|speak\\w*|present\\w*|in front|on camera|on the phone|with\\b(?! (?:her|him|them|the (?:panel|interviewers?|manager|team|people)|everyone|each other|me|us|it all)\\b)))';
// "if you'd feel more comfortable", "bring someone if it makes you comfortable": an offer, not the room
const NOT_IF_YOU = "(?<!\\b(?<!as )if (?:you|u|i|we|they|it)(?:'d|'ll)? (?:\\w+ ){0,3})";
// "an email welcoming me to the team" days later: the offer, not the interview's warmth
const NOT_LETTER =
  '(?<!\\b(?:e - mail|e mail|email|letter|message|note|text|card|voicemail)s? (?:\\w+ ){0,3})(?!(?<=welcoming|welcome) (?:me|us) (?:to|aboard|on board|into)\\b)';
// "she told me the team is friendly", "a relaxed dress code", "a warm rejection letter": the workplace she
// describes, the rules, and what came by post are not this room
const TOLD_OF_PLACE =
  '(?:told|tell|said|say|says|explain\\w*|mention\\w*|describ\\w*|assur\\w*|promis\\w*|stress\\w*) (?:me |us )?(?:that )?(?:the |our |their |her |his |everyone in the |people in the )?(?:team|office|workplace|company|firm|practice|business|organi[sz]ation|charity|agency|hospital|clinic|surgery|hotel|restaurant|salon|garage|studio|nursery|bank|department|unit|ward|staff|culture|environment|place|school|kitchen|shop|store|site|everyone|people) (?:\\w+ )?';
const NOT_TOLD_OF_PLACE = `(?<!\\b${TOLD_OF_PLACE}(?:be|is|are|'s) (?:\\w+ ){0,3})(?<!\\bdress (?:code )?(?:be|is|was) (?:\\w+ )?)`;
const NOT_RULES_OR_POST =
  '(?! (?:dress code|dress|about (?:hours|remote|working|dress|start))\\b)(?! (?:\\w+ )?(?:letter|email|e - mail|e-mail|reply|response|voicemail|text)s?\\b)';
/**
 * "pleasant but vague", "friendly but told me nothing", "lovely, but the questions were the usual list": courtesy
 * conceded before the real verdict is not a warm room. It still is when the "but" turns to the candidate ("kind,
 * but I froze") or to a second virtue ("friendly but thorough"). Over the read sets a warm word right before such
 * a "but" was labelled warm 7 times in 21 (train-e 2 in 14, all 7 in the older hand-written sets).
 */
const CONCEDED =
  '(?:pleasant|nice|lovely|friendly|warm|kind|sweet|polite|gracious|cordial|welcoming|approachable|personable|relaxed|chill|jovial|charming)';
const NOT_CONCEDED = `(?!(?<=\\b${CONCEDED})(?: (?:tho|though|enough))? ?,? but\\b(?! (?:i|i'm|im|i've|ive|my|me|myself|because|cos|since|also|still|(?:very |really |quite )?(?:professional|thorough|focused|sharp|direct|efficient|rigorous|fair|serious|challenging|probing|businesslike))\\b))`;
/**
 * The employer selling itself in answer to a question: "we're a small team, very friendly", "it's very relaxed
 * here, like a family" (a brush-off, little-company-info's). Lemmas read "we be" for "we were" too, so the
 * surface string, tried next, still finds "we were so relaxed".
 */
const NOT_WE_ARE =
  "(?<!\\b(?:we be|we're|we are|we re|it be|it's|it is|its)[\\s,]+(?:(?:a|all|very|so|really|pretty|quite|super|small|tiny|close|friendly|relaxed|chill|informal|team|firm|bunch)[\\s,]+)*)";
/** "it would be lovely", "would've been nice": what did not happen. */
const NOT_WOULD_BE =
  "(?<!(?:\\b(?:would|wo|might|could)|'d) be (?:so |really |very |quite |pretty |absolutely )?)";
/**
 * Warmth that is not this room: a go-between's word before it ("the recruiter said the partners were friendly"), the
 * employer's public face ("their podcast, which is super warm"), and a kind of employer in general ("family firms can
 * be lovely", "is everyone this nice at small firms?").
 */
const NOT_ELSEWHERE_WARMTH =
  "(?<!\\b(?:recruiter|recruiters|agency|agent|headhunter|friend|friends|mate|cousin|sister|brother|mum|mom|dad|colleague|someone|reviews?|glassdoor)\\b[^\\n.]{0,40}\\b(?:said|say|says|told me|tell me|tells me|reckon\\w*|warn\\w*|promis\\w*|assur\\w* me)(?: that)? (?:[\\w']+ ){0,3}(?:be|are|were|is|'re|seem|seemed) (?:[\\w\"']+ ){0,3})" +
  '(?<!\\b(?:podcast|podcasts|videos?|website|blog|blog posts?|adverts?|ads|brand|branding|products|instagram|tiktok|linkedin|reviews?|glassdoor|job (?:ad|advert|description|listing|posting)|careers page)(?: ?,? (?:which|that))? (?:be|is|are|was|were|seem\\w*|look\\w*|sound\\w*) (?:\\w+ ){0,4})' +
  '(?<!\\b\\w+ (?:can|tend to|are often|are usually|are generally|be often|be usually|be generally) (?:be )?(?:so |really |very |quite |pretty )?)' +
  '(?<!\\b(?:is|are|be) (?:everyone|everybody|every \\w+|all \\w+|they all|most \\w+) (?:this|that|always|usually|so) )';
/** "she was perfectly nice": faint praise. */
const NOT_PERFECTLY = '(?<!\\bperfectly )';
/**
 * "Lovely, we'll be in touch" quoted: the interviewer's filler word. "..., which was nice": what was said, not the room.
 * "the flat's finally warm", "the weather was lovely": not people.
 */
const NOT_FILLER =
  "(?!(?<=\\b(?:say|said|says|go|goes|went|words?) ?[,:]? ?lovely) ?[,.!])(?<!, which (?:be|was|is) (?:really |very |so |quite )?(?:nice|lovely))(?<!\\b(?:flat|weather|sun|day|heating|radiator|house|building)(?: be|'s| 's| is| was)? (?:finally |nice and |lovely and |really |so |very )?warm)";
/** "a lovely old building", "a lovely question", "lovely call from the agency": a thing or an act praised, not the room. */
const NOT_A_THING =
  '(?! (?:old |little |new |big )?(?:buildings?|campus|offices?|site|questions?|sound|call|practice|idea|touch|views?|location|spot|gardens?|grounds|food|cake|lunch|weather|canteen|cafe|café|atrium|lobby|foyer|walk|commute|journey|drive|coffee|tea|pastries|biscuits|place to work|sentiment|gesture|thought|receptionists?|security(?: guards?)?|guards?|porters?|concierge|doorman|chairs?|seats?|sofas?|armchairs?|furniture)\\b)';
/** "a friendly interview is not a job offer", "a warm interviewer might be warm with everyone": interviews in general. */
const NOT_IN_GENERAL =
  "(?!(?<=\\ban? (?:\\w+ )?\\w+) interview(?:er)?s? (?:might|may|can|could|will|wo|would|does|do|doesn't|don't|is not|isn't|be not|mean|means|tend|tends)\\b)";
/** "Lovely x", "Sounds lovely", "So that was lovely.": a reply or a verdict on its own line, with no one in it. */
const NOT_A_REPLY =
  "(?!(?<=^\\W*(?:[\\w']+ ?: ?)?(?:so |oh |aw+ |ah |that be |that was |that's |that is )?lovely)\\W*(?:x+\\W*)?$)(?!(?<=\\bsound\\w* (?:so |really |very |quite )?lovely))";
/**
 * "It'll feel relaxed", told as advice or a forecast; "the only warm thing he said", the exception in a cold hour.
 * Used right after the warm word.
 */
const NOT_FORETOLD =
  "(?<!(?:\\b(?:will|gonna)|'ll) (?:feel|be|seem) (?:so |more |really |very |nice and )?\\w+)(?<!\\bthe only (?:remotely |vaguely |slightly )?\\w+)";
/** Words that lift faint praise: "really nice", "so pleasant". */
const STRONG =
  '(?:very|so+|really|super|v|genuinely|incredibly|extremely|properly|ever so+|such|such a|absolutely|truly|lovely and)';
/**
 * "She was nice", "it was pleasant": faint praise said bare. Over the 6,211 read items a sign found from these words
 * alone was right 16 times in 72 (train-e 8 in 47), so bare they count half (the `weight: 0.5` cue below) and need
 * another word for the room. Used right after the adjective.
 */
const NOT_BARE_FAINT = `(?<!(?<!\\b${STRONG} )\\b(?:nice|pleasant))`;
/**
 * "she said 'oh that's lovely, how did you...'", "said this is really nice work": the interviewer's verdict on an answer,
 * said aloud, is praise of the candidate (achievements-praised), not the room. Over read 3 in 3 such notes were not warm.
 */
const NOT_SAID_VERDICT =
  "(?<!\\b(?:say|said|says|go|goes|went|reply|replied)\\W+(?:(?:oh|aw+|ah|wow|well|yes|yeah)\\W+)?(?:that|this)(?: (?:be|is|was)|'s| 's)? (?:(?:really|so|very|such|absolutely|just|quite|a) )*)";
/** "She was lovely", "they were all warm": the interviewers described, `words` being the warmth. */
function beWarm(words: string): RegExp {
  return new RegExp(
    `${NOT_STAFF}${NOT_THE_TEAM_BE}${STATED}${NOT_WE_ARE}(?<!\\b${TOLD_OF_PLACE})(?<!\\b(?:have|had) (?:she|he|they|it) )(?<!\\b(?:we|it) (?=be\\b))(?<!, which )(?<!\\bmost (?:of them |people |interviewers? |employers? )?)(?<!\\bwhat )(?<!\\bdress(?: code)? )${NOT_SAID_VERDICT}\\b(?:be|was|were|felt|feel|seem|seemed) (?:very |so |really |super |incredibly |genuinely |all |both )?(?:(?:patient|calm|polite|helpful) and )?${NOT_ELSEWHERE_WARMTH}${words}\\b(?! of\\b| enough\\b| that\\b| to (?:yourself|yourselves|myself|ourselves)\\b)${NOT_AGAINST_THE_ROOM}${NOT_CONCEDED}${NOT_GREETING}${NOT_YES_NO_QUESTION}`,
  );
}
/**
 * Sarcasm: the advert's words mocked ("'friendly informal chat' my foot") and a warmer talk had with anything else ("I've
 * had warmer conversations with a vending machine"; lemmas read "warmer" as "warm"). Over read 0 in 4 labelled warm.
 */
const NOT_SARCASM =
  "(?! (?:[\\w-]+ ){0,2}my (?:foot|backside|arse|bum)\\b)(?<!\\b(?:have|'ve|had) (?:have |had )?(?=\\w+ (?:conversation|chat|exchange|welcome|reception)s? with\\b)\\w+)";
/**
 * "The first two were a lot warmer than this one": a comparison that puts this interview below the others, whose
 * warmth is not this room's (lemmas read "warmer" as "warm"). Used right after the warm word.
 */
const NOT_WARMER_THAN_THIS = "(?!(?:er|r)? than (?:this|today|today's|this one|the one today)\\b)";
/**
 * Session 25: one warm person, or warmth among the panel, against the room: "the woman from HR was lovely..., but it
 * didn't make the room any less tense", "friendly enough on the surface but there was this weird tension", "they were
 * friendly with each other, in-jokes and all". Used right after the warm word.
 */
const NOT_AGAINST_THE_ROOM =
  '(?! (?:with|to|towards) (?:each other|one another)\\b)(?![^.\\n]{0,100}\\bbut\\b[^.\\n]{0,60}\\b(?:tense|tension|awkward|stiff|frosty|uncomfortable|tribunal|interrogation|hostile|icy)\\b)';
/**
 * "Warm and welcoming, if your idea of welcoming is a 9am grilling": sarcasm spelt out; "warm room (radiators on full
 * blast)": the heating. Used right after the warm word.
 */
const NOT_IF_YOUR_IDEA =
  "(?![^.\\n]{0,40}\\bif (?:your|you'?re|one'?s|ur) idea of\\b)(?!(?<=warm)[^.\\n]{0,30}\\b(?:radiators?|heating|heater|heaters|air ?con|aircon|thermostat|boiling|sweltering|stuffy)\\b)";
/** Warm, friendly, comfortable room. */
export const positiveAtmosphere: SignPatterns = {
  id: 'positive-atmosphere',
  cues: [
    // "tried twice to warm the room up": the attempt, not the room; "so I went in relaxed", "I'll be more relaxed if...":
    // the candidate's mood going in, or to come, not the room
    {
      re: new RegExp(
        `${NOT_STAFF}${NOT_THE_TEAM}${NOT_COUNTERFACTUAL}${NOT_WOULD_BE}${NOT_ELSEWHERE_WARMTH}${NOT_WE_ARE}${NOT_IF_YOU}${NOT_LETTER}${NOT_TOLD_OF_PLACE}${NOT_MY_TRAIT}(?<!\\b(?:wish|wished|wishing|if only)\\b(?: \\w+){0,4} )(?<!\\b(?:try|tried|trying|attempt\\w*|pretend\\w*|struggl\\w*|effort|efforts|best) to (?:stay|be|keep|look|seem|act|appear|remain|feel|sound) (?:\\w+ )?)(?<!\\b(?:try|tried|trying|attempt\\w*)(?: \\w+)? to )(?<!\\b(?:wore|wear|wearing|dressed|shoes|clothes|outfit|suit|chair|chairs|seat|seats|sofa|bed)\\b(?: \\w+){0,2} )${NOT_SAID_VERDICT}\\b(?:warm|warmly|friendly|friendliest|welcoming|relaxed|relaxing|comfortable|comfy|at ease|easy to (?:talk|chat|yarn|speak|get on|get along)(?: to| with)?|easygoing|easy-going|lovely|pleasant|laid[- ]back|cosy|cozy|good vibes?(?! only)|great vibes?|charming|cordial|jovial|nice vibes?|positive vibes?|great atmosphere|good atmosphere|nice atmosphere|felt welcome|(?<!\\b(?:an|the|just an|then an) )informal(?! (?:lunch|dinner|drinks|breakfast|tour|coffee morning|reception|social|meal)\\b)(?!(?<=(?:^|[\\n.:;(*•-]\\s*)informal) (?:chat|call|phone call|video call|meeting|visit|catch[- ]up|interview|with)\\b)|(?<=\\b(?:an|the|just an|then an) )informal(?! (?:lunch|dinner|drinks|breakfast|tour|coffee morning|reception|social|meal|chat|call|phone call|video call|meeting|visit|catch[- ]up)\\b)|homely|good[- ]humoured|good[- ]natured)\\b${NOT_BARE_FAINT}${NOT_FORETOLD}${NOT_WARMER_THAN_THIS}(?<!\\b(?:perfectly (?:pleasant|nice|polite|fine|friendly)|(?:kids?|child|children|pupils?|students?|class|residents?|patients?|customers?|clients?|members?|guests?|dogs?|food|weather|view|building|grounds|garden|area|house|town|station|walk|commute|journey|drive|canteen|cafe|café|coffee|office|offices|lobby|foyer|premises|decor|décor|furniture|sofas?)(?: ?,? (?:which|that))?(?: (?:be|was|were|are|is|'s)|'s) (?:\\w+ ){0,3}\\w+|\\w+-friendly|(?:dog|pet|family|child|kid|wheelchair|eco|budget|user|bike|cycle|lgbtq?\\+?|mobile|beginner) friendly|make (?:the |it |this )?(?:\\w+ )?warm|(?:short|polite|brief) and friendly|i (?:soon |then |finally |eventually |quickly |gradually |actually )?relaxed|(?:went|go|going|walked|walk|came|come|arrived) (?:in|into it|there),? (?:(?:feeling|fairly|pretty|quite|really|very|so|more|a bit|reasonably) )*(?:relaxed|comfortable)|(?:i'?ll|i will|i'?d|i would) (?:be|feel) (?:(?:a lot|much|a bit|far|so|more) )*(?:relaxed|comfortable)|not comfortable|un\\w+|(?:professional|businesslike|formal|correct|courteous) (?:and|but) (?:\\w+ )?(?:cordial|pleasant)|how (?:\\w+ )?comfortable|(?:are|were|r) (?:you|u) (?:\\w+ )?comfortable))(?! (?:are|r|were) (?:you|u)\\b)${NOT_AT_EASE_WITH_WORK}${NOT_RULES_OR_POST}(?!(?<=lovely|pleasant) (?:conversation|chat|discussion|talk|natter)\\b)${NOT_A_THING}${NOT_IN_GENERAL}${NOT_A_REPLY}${NOT_CONCEDED}${NOT_FILLER}${NOT_GREETING}${NOT_YES_NO_QUESTION}${NOT_SARCASM}${NOT_IF_YOUR_IDEA}${NOT_AGAINST_THE_ROOM}(?!(?<=\\b(?:cordial|pleasant)) (?:and|but) (?:\\w+ )?(?:professional|businesslike|formal|correct|courteous)\\b)(?! (?:enough|i guess|i suppose|i think|up|regards?|go in|going in|beforehand|(?:sunny|bright|hot|crisp|cold|wet|rainy|spring|summer|autumn|winter) (?:day|morning|afternoon|evening)|(?:old |new |little |big |modern |historic )?(?:school|building|buildings|campus|premises|setting|location|grounds|view|garden|gardens|town|village|city|hotel|house|shop|store|site)(?! to work)\\b|day|evening|weekend|night|afternoon|holiday|christmas|wishes|wish|thanks|bunch|lot|crowd|company|culture|workplace|email|message|note|reminder|chaser|nudge|follow|with the (?:tools|software|language|stack)|doing|using|working (?:with|on|in)))`,
      ),
    },
    {
      re: beWarm(
        `(?:warm|friendly|welcoming|relaxed|lovely|easy to talk to|pleasant|kind|nice|approachable)\\b${NOT_BARE_FAINT}`,
      ),
      who: 'interviewer',
      worryOk: true,
    },
    { re: beWarm(`(?<!\\b${STRONG} )(?:nice|pleasant)`), who: 'interviewer', worryOk: true, weight: 0.5 },
    // rapport between the two of them: "we got along really well" ("hit it off" is engaging-conversation's),
    // "made delightful small talk with all five", "the hour flew by" ("you and I wouldn't get along" is a forecast; the staff getting
    // along is the workplace)
    {
      re: new RegExp(
        `${NOT_STAFF}${NOT_TEAM_CLAUSE}${NOT_COUNTERFACTUAL}(?<!\\b(?:would|will|could|might|should|gonna|wo)(?: \\w+){0,2} )(?<!\\b(?:staff|team|colleagues|everyone|everybody|people|nurses|employees|crew|they|all)\\b(?: \\w+){0,2} )(?:\\b(?:get|got|getting|gets) along (?:\\w+ )?(?:really |so |very |super |extremely |incredibly |just |pretty |brilliantly )?(?:well|great|famously|brilliantly|like a house on fire)\\b|\\b(?:get|got|getting|gets) on (?:\\w+ )?(?:really |so |very |super |extremely |incredibly |just |pretty )?(?:well|great)\\b|\\bwe (?:just |really |both )?got on\\b(?! (?:with|to|at|the|a|board|it|famously|like)\\b)|\\b(?:time|hour|hours|minutes|it|interview) (?:\\w+ )?(?:just |really )?(?:fly|flew|fly by|flew by)\\b|\\bthe time (?:just )?went (?:so )?(?:fast|quickly)\\b|\\b(?:make|made) to feel (?:very |so |really |most |extremely |right |completely )?(?:welcome|at home|at ease|comfortable|relaxed)\\b|\\b(?:delightful|lovely|nice|pleasant|friendly|easy|warm|fun|good|great|relaxed|natural) (?:small - talk|small talk|small-talk|chit - chat|chit chat|chitchat|chit-chat)\\b)`,
      ),
      who: 'any',
    },
    // "we're all chill here" is the employer's sales line; "a real chill in the room" is the cold
    {
      re: new RegExp(
        `${NOT_WE_ARE}(?<!\\b(?:the|a|real|that|this|slight|bit of a) )\\bchill(?:ed out)?\\b(?! (?:i guess|i suppose|enough|run|chain|store|room|section|aisle|produce|food|goods|lines?|trucks?))`,
      ),
      surface: true,
    },
    // "she was so kind", "the manager, lovely man" (not a verdict she said: "she said that's wonderful" is praise)
    {
      re: new RegExp(
        `(?<!${IF_WHO}(?:the )?)\\b${PERSON} (?:(?!not\\b|n't\\b|never\\b|no\\b|neither\\b|nor\\b|(?:say|said|says|tell|told|call|called|reply|replied)\\b)\\w+ ){0,2}?(?:be|was|were|seem|seemed|look|looked|sound|sounded)? ?(?:very |so |really |super |v |genuinely |incredibly |extremely |properly |just |all |both |quite |pretty |lovely and |nice and |ever so |such )*(?:(?:patient|calm|polite|professional|quiet|helpful) (?:and )?)?${NOT_WOULD_BE}${NOT_ELSEWHERE_WARMTH}${NOT_PERFECTLY}${KIND}\\b${NOT_BARE_FAINT}${NOT_A_THING}(?! of\\b| enough\\b| i (?:guess|suppose)\\b| (?:bunch|lot|crowd|team|place)\\b)${NOT_AGAINST_THE_ROOM}${NOT_CONCEDED}${NOT_RULES_OR_POST}${NOT_GREETING}${NOT_YES_NO_QUESTION}`,
      ),
      who: 'any',
    },
    {
      // "chatted to another applicant, a nice woman from Bolton": not the interviewer
      re: /(?<!\b(?:applicants?|candidates?|interviewees?)\b[^.\n]{0,12})\b(?:nice|lovely|sound|kind|sweet|friendly|delightful|down[- ]to[- ]earth|decent|top|proper|smashing|really nice) (?:young |old |older )?(?:bloke|guy|lady|woman|man|person|fella|fellow|chap|people|folks?|gent|gentleman|girl|oke|human|soul)\b|\b(?:a|such a|real|proper) (?:good|top) (?:sort|egg|bloke|lad|lass)\b|\bsuch a (?:nice|lovely|sweet|kind|warm) (?:person|man|woman|lady|guy)\b/,
      who: 'any',
    },
    {
      re: new RegExp(
        `${NOT_STAFF}(?:\\b(?:(?:made|bought|got|offered|offer|brought|fetched|poured)\\w* (?:me |us )?|(?:make|buy|get|bring|pour) (?:me|us) )(?:a |an |some )?(?:cup of |mug of |glass of )?(?:tea|coffee|cuppa|brew|drink|water|biscuits?|cake|snack)\\b|\\b(?:put|puts|putting|stuck|stick|flicked|flick|boiled|boil) the kettle on\\b|\\bput me at ease\\b|\\btake your time\\b)`,
      ),
      who: 'interviewer',
    },
    {
      re: new RegExp(
        `${NOT_SELF}\\b(?:put|puts|putting|set|sets) (?:me|us|everyone) (?:right |completely |straight )?at ease\\b|\\b(?:made|make|makes|helped|help|let) (?:me |us |you )?(?:feel )?(?:really |so |very |super |right |completely |entirely |totally |instantly |immediately |quite )?(?:relax|relaxed|welcome|at home|comfortable|at ease|calm|calmer|better|less nervous)\\b|\\b(?:you|one) (?:can |could |would )?(?:immediately |instantly )?relax with\\b|\\brelax\\w* (?:with|around) (?:her|him|them)\\b|\\bwarm\\w* up\\b(?! (?:question|exercise|round|task|act|activity))(?<!\\bthe warm up)`,
      ),
      who: 'any',
    },
    {
      re: /\b(?:atmosphere|vibe|vibes|mood|environment|room|energy|tone|feel|feeling|setting) (?:be|was|were|felt|feel|seemed) (?:\w+ )?(?:relax|relaxed|nice|good|great|lovely|friendly|positive|warm|calm|easy|fun|light|chill|informal|welcoming|pleasant|upbeat|happy|comfortable|amazing|brilliant|awesome|excellent|fantastic|wonderful|immaculate|cosy|cozy|supportive|encouraging|easygoing)\b/,
    },
    {
      re: /\b(?:kind|warm|friendly|gentle|soft|lovely|pleasant|easy) (?:and (?:kind|warm|gentle|friendly) )?(?:manner|demeanou?r|welcome)\b|\b(?:received|treated|welcomed) me (?:as|like) (?:a guest|family|an old friend)\b|\b(?:was|were|be) (?:dead |proper |really |well )?sound(?: out)?\b(?= *[,.!]| and\b| (?:bloke|guy|fella|lad|chap)\b)|\b(?:real|really|very|so|super|proper|properly|pretty|quite|genuinely|totally) down[- ]to[- ]earth\b/,
      who: 'any',
    },
    // the talk's tone called positive, as real writers put it: "we had a positive conversation", "the chat was very
    // positive" ("the interview was very positive" is the outcome hoped for, and "positive about my experience" a verdict)
    {
      re: /(?<!\b(?:not|n't|never|hardly|a less than|less than) (?:a |an |very |really |so |that )?)\b(?:a|very|really|such a|quite a|super|extremely|genuinely|overall) positive (?:conversation|chat|discussion|exchange|talk)\b|\b(?:conversation|chat|discussion)(?: with (?:the |my |our |her |his )?[\w-]+)? (?:was|felt|seemed|be) (?:very |really |so |quite |super |extremely |overall |genuinely )?positive\b(?! (?:about|on|re|regarding) (?:my|me|the (?:outcome|result|offer))\b)/,
      who: 'any',
    },
    // the panel's pleasure in meeting the candidate, said over and over or exclaimed: "the panel kept saying what a
    // pleasure, a genuine pleasure, it was to meet me" (the stock "lovely to meet you" at the door is not this)
    {
      re: /(?<!\b(?:i|we) (?:\w+ )?)\b(?:said|say|says|kept saying|keep saying|kept telling me|keep telling me|told me|tell me)\b[^.\n]{0,20}\bwhat an? (?:real |genuine |true |absolute |great )?(?:pleasure|joy|delight)(?:,? (?:an? )?(?:real |genuine |true |absolute )?(?:pleasure|joy|delight))?,? it (?:was|be|had been|have be|has been) to (?:meet|talk to|talk with|speak to|speak with|interview|have) (?:me|us)\b/,
    },
    // transcripts: the interviewer setting the room
    {
      re: /\b(?:so|really|very) relaxed\b|\bmaking (?:this|it) (?:so |really |very )?(?:relaxed|easy|comfortable|enjoyable)\b|\bput me at ease\b|\bmade me feel (?:welcome|at ease|comfortable|at home)\b/,
      says: 'any',
    },
    {
      re: /\bput you at ease\b|\bfriendly\b(?! (?:team|bunch|lot|crowd|place|office|department|group|school|ward|company|firm)\b)|\brelax\b|\bmake yourself (?:at home|comfortable)\b|\bget comfy\b|\b(?:dead|very|pretty|quite|totally|really|super) informal\b|\bjust a chat\b|\bno pressure\b|\bdon'?t worry\b|\bnot an interrogation\b/,
      says: 'interviewer',
      weight: 0.5,
    },
    // "Lovely." or "Lovely, thank you." after an answer and "lovely to meet you" at the door are manners: a
    // polite interviewer says them after every answer of a cool call. Kindness to a candidate who stalls is not:
    // "take your time, have some water"
    {
      re: new RegExp(
        String.raw`\b(?:want|like|fancy|get you|grab|have) (?:a |some )?(?:brew|tea|coffee|cuppa|drink|water|glass of water)\b|\btake your time\b|\b\w+ is fine,? please\b|\bcall me \w+\b|\bwelcome\b|\blovely\b${NOT_GREETING}${LOVELY_ACK}|\bno bother\b|\bgrab a seat\b|\bcome in,? come in\b`,
      ),
      says: 'interviewer',
      weight: 0.4,
    },
    {
      re: /\b(?:really |genuinely |thoroughly )?enjoyed (?:this|that|our|the|talking|chatting|speaking|meeting)\b(?! (?:[\w-]+ ){0,2}(?:side|sides|part|parts|bit|bits|job|role|project|projects|work|course|module|placement|degree|year|years|aspect|aspects|challenge|variety)\b)|\b(?:that|this) (?:was|has been) (?:really |so |genuinely )?(?:enjoyable|fun|a pleasure|lovely)\b|\b(?:same here|me too|so did i|likewise)\b[.!]?$/,
      says: 'any',
      weight: 0.4,
    },
    // Q&A notes: "Q: were they friendly? A: very, from the start"
    {
      re: /\b(?:be|was|were|do|did) (?:it|they|she|he|the (?:room|atmosphere|mood|vibe|interview|panel|interviewer|manager)|things|everyone) (?:feel |seem |felt |seemed )?(?:\w+ )?(?:friendly|warm|welcoming|relaxed|nice|lovely|kind|pleasant|comfortable)\b ?\? (?:a\W+)?(?:(?:god|oh|honestly|ugh|um|uh|erm|lol|haha|omg)\W+)?(?:yes|yeah|yep|yup|very|totally|definitely|so|extremely|really|super|lovely|100)\b/,
      qa: 'only',
    },
    // recall21: the room named by its feel: "a supportive environment throughout", "good energy in the room", "the warmth
    // in that room", "psychologically safe room"
    {
      re: new RegExp(
        `${NOT_TOLD_OF_PLACE}${NOT_COUNTERFACTUAL}` +
          /\b(?:creat\w*|set|built|fostered|made|kept) (?:an? |the )?(?:\w+ )?(?:supportive|encouraging|safe|welcoming|warm|relaxed|comfortable|friendly|collegial) (?:environment|space|atmosphere|room|tone|vibe)\b|\b(?:supportive|encouraging|nurturing) (?:feel|vibe|vibes|atmosphere|room|tone|mood)\b|\b(?:good|great|positive|nice|warm|lovely|friendly) (?:energy|vibes?|feel) (?:in|from|around) (?:the|that) (?:room|panel|interview|call)\b|\bthe warmth (?:in|of) (?:that|the) (?:room|place|interview|panel)\b|\bpsychologically safe\b|\b(?:no|zero) gotchas?\b/
            .source,
      ),
      surface: true,
    },
    // the candidate felt welcome, among friends, on side: "I felt genuinely welcome", "felt like they were on my side",
    // "felt like they wanted me to do well", "it felt safe to say I didn't know"
    {
      re: new RegExp(
        NOT_COUNTERFACTUAL +
          /\bfelt (?:genuinely |really |so |very |super |truly |instantly |immediately |completely |totally )?(?:welcome|welcomed|supported|among friends|like (?:i was |i were )?(?:among friends|with friends|one of (?:them|the team)|family))\b|\b(?:felt|seemed) like (?:they|she|he|the panel|everyone) (?:was|were|be) (?:on my side|rooting for me|in my corner)\b|\b(?:they|she|he|the panel|everyone) (?:really |genuinely |clearly |obviously )?(?:wanted|want) (?:me|people|candidates|everyone|us) to (?:do well|succeed|shine|relax|feel comfortable)\b|\bfelt safe to\b/
            .source,
      ),
      surface: true,
    },
    // session 24: the ease measured against every other: "the easiest hour I've had in ages", "the comfiest interview
    // I've ever sat" ("the easiest interview" alone may be the questions, so "easiest" is said of the time or the talk;
    // "the most enjoyable conversation in years" is the talk's, engaging-conversation)
    {
      re: /\b(?:easiest|chillest) (?:\w+ )?(?:hour|hours|chat|conversation|half[- ]hour|morning|afternoon)s? (?:i'?ve|i have|i'?d|i had|ever|in (?:ages|years|a long time|forever|my life|months))\b|\b(?:comfiest|cosiest|most chilled) (?:\w+ )?(?:interview|hour|chat|conversation)s? (?:i'?ve|i have|i'?d|i had|ever|in (?:ages|years|a long time|forever|my life|months))\b/,
      who: 'any',
      surface: true,
    },
  ],
};
