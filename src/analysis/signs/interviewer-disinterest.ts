import type { SignPatterns } from '../detect/types.js';
import { NOT_SELF } from './interviewer-smiling.js';
import { hurryCues } from './interviewer-disinterest-hurry.js';
import { spokenCues } from './interviewer-disinterest-spoken.js';

// Things an interviewer can attend to instead of the candidate; the strong ones count with any look,
// screens only when the looking lasted ("kept looking at her screen"), since screens are also shared.
const GADGET =
  '(?:phone|mobile|cell|iphone|emails?|e-mails?|inbox|messages|texts|slack|teams chat|whatsapp|notifications?|(?:smart ?|apple |fitbit )?watch|pager|radio)';
const SCREEN = '(?:laptop|computer|pc|screen|monitor|tablet|ipad|other screen|second screen)';
const POSS = '(?:his |her |their |the |an? |some |its |har |him )?(?:own |work |other |second )?';
const LASTING =
  '(?:keep|kept|constantly|always|busy|still|mostly|often|stay|stayed|be|was|were|sat there|sit there|sitting there|just)';
// things read in an interview: looking up from them is a cold manner (negative-body-language), not a distraction
const PAPERWORK =
  '(?: (?:his |her |their |the |a )?(?:own )?(?:notes?|notepad|pad|paper|papers|sheet|clipboard|script|questions?|pass|file|folder|cv|resume|form|list|checklist)\\b)';

/** Distracted, bored or hurrying interviewer. First-person subjects are blocked: "I kept checking the time" is the candidate. */
/** Typing the interviewer said was notes on the answers: "typing throughout, but said she was taking notes". */
const NOTES_TAKEN = String.raw`(?![^.\n]{0,80}\b(?:taking|take|took|making|make|made) (?:some )?notes?\b)`;
/** Typing as a task set to the candidate: "the rest was a typing test", "a typing speed check". */
const NOT_A_TASK = String.raw`(?! (?:test|tests|speed|skills?|exercise|assessment|task|check)\b)`;

/**
 * One lapse, owned up to: "looked at her phone once when it rang, apologised and turned it off", "yawned once but
 * apologised, he'd been on nights". Not when it kept happening ("kept checking it... sorry, one sec"). Used right
 * after a device or yawn match.
 */
const NOT_EXCUSED_ONCE = String.raw`(?:(?<=\b(?:keep|kept|constantly|always|repeatedly)\b[^.\n]{0,40})|(?!(?=[^.\n]{0,15}\bonce\b)(?![^.\n]*\b(?:again|twice|constantly|repeatedly|several times|a few times)\b)[^.\n]{0,80}\b(?:apologi\w*|sorry|excuse\w*)\b))`;

/**
 * The phone as the way something was said, not a distraction: "the recruiter said on the phone yesterday that...",
 * "she offered it to me on the phone". Talking on the phone stays ("still talking on the phone when he came in").
 * A chat, call or round held on the phone is the medium too ("a quick chat on the phone, then a video call").
 * Used right before "on the phone".
 */
const NOT_SAID_ON_PHONE =
  '(?<!\\b(?:say|said|says|tell|told|tells|ask|asked|explain\\w*|mention\\w*|offer\\w*|interview\\w*|screen\\w*|hear|heard|accept\\w*|confirm\\w*|reject\\w*|invit\\w*|ring|rang|rung|call|called|reach\\w*)(?: (?:me|us|him|her|them|it|this|that))? )(?<!\\b(?:a|an|the|my|our|quick|short|brief|first|initial|second|long|little|proper|\\d+[- ]?min(?:ute)?s?) (?:\\w+ )?(?:chat|conversation|catch[- ]up|round|screen|screening|interview|call)s? )';
/**
 * A look explained away in the same sentence: "kept checking his watch but that was because we'd overrun",
 * "on her laptop the whole time but it was bc she was taking notes". Used right after the match.
 */
const NOT_EXPLAINED = String.raw`(?![^.\n]{0,60}\bbut (?:(?:that|it|this)(?: ?'s| be| was| were| is)? |(?:be|was|were|is) )?(?:only |just |all |actually )?(?:because|cos|cause|bc|b\/c|coz)\b)`;
/**
 * A yawn owned up to with its reason: "yawned and then laughed and said sorry, new baby at home". Not when it kept
 * happening. Used right after the yawn.
 */
const NOT_EXCUSED_TIRED = String.raw`(?:(?<=\b(?:keep|kept|constantly|always|repeatedly)\b[^.\n]{0,40})|(?![^.\n]{0,80}\b(?:apologi\w*|sorry)\b[^.\n]{0,30}\b(?:new baby|baby|newborn|night shifts?|nights|on call|jet ?lag\w*|up all night|long day|early start|no sleep|teething)\b))`;

export const interviewerDisinterest: SignPatterns = {
  id: 'interviewer-disinterest',
  cues: [
    // devices: "checking her phone", "texting under the table", "answering emails"; plain "on" needs an owner
    // ("she was on her phone", not "rejected on email" or "a project on mobile money")
    {
      re: new RegExp(
        `\\b(?:check\\w*|glanc\\w*|look\\w*|(?:half[- ]?)?watch(?:ing|ed|es)?|star(?:e|ed|ing)|scroll\\w*|text\\w*|tap\\w*|typ\\w*|read\\w*|answer\\w*|repl\\w*|respond\\w*|fiddl\\w*|play\\w*|mess\\w*|swip\\w*|peek\\w*|press\\w*|punch\\w*|us(?:e|ed|ing)) (?:away |about |around |round )?(?:at |on |in |into |through |to |with |down at |around on |away at |pon )?${POSS}${GADGET}\\b(?! (?:\\w+ )?every (?:morning|evening|night|day|hour|week)\\b)${NOT_EXCUSED_ONCE}${NOT_EXPLAINED}|(?<!\\b(?:customers?|clients?|callers?|patients?|members?|parents?|people|tenants?|guests?|someone|somebody)\\b(?: \\w+){0,2} )(?<!\\b(?:later|afterwards|after that|next day|next morning|that (?:evening|afternoon|night))\\b[^.\\n]{0,20})${NOT_SAID_ON_PHONE}\\bon (?:his|her|their|the|an?|its|har|him) (?:own |work |other |second )?(?!watch\\b)${GADGET}\\b|\\bon (?:phone|mobile|slack|whatsapp) (?=half|the whole|most of|all the|throughout|the entire|constantly|again)`,
      ),
      who: 'interviewer',
    },
    {
      re: new RegExp(
        `\\b${LASTING} (?:\\w+ )?(?:look\\w*|glanc\\w*|star(?:e|ed|ing)|typ\\w*|tap\\w*|click\\w*|scroll\\w*) (?:at |on |down at )?${POSS}${SCREEN}\\b|\\blook\\w* (?:all the time|the whole time|constantly|mostly) (?:at|on|in) ${POSS}${SCREEN}\\b|\\b(?:look|star|glanc)\\w* (?:at |on )${POSS}${SCREEN} (?:most of|the whole|all the|half)\\b|\\b(?:look|star|glanc)\\w* at (?:other|different|their other|their own) (?:screens|monitors|tabs|windows)\\b`,
      ),
      who: 'interviewer',
    },
    {
      re: new RegExp(
        `\\beyes? (?:keep |kept |be |was |were |stay |stayed )?(?:(?:glue\\w* to|on|fix\\w* on|down at) ${POSS}(?:${GADGET}|${SCREEN})|(?:drift|dart|drop|wander|flick)\\w*)`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: new RegExp(
        String.raw`\b(?:texting(?! (?:me|you|u|us|back|by|on|later|tomorrow|tonight|next|this|(?:mon|tue|wed|thu|fri|sat|sun)\w*)\b)|scrolling|on (?:his|her|their) phone|${NOT_SAID_ON_PHONE}on (?:facetime|a call|another call|(?<!\b(?:customers?|clients?|callers?|patients?|members?|parents?|people|tenants?|guests?|someone|somebody|deal\w* with|handl\w*|calm\w*|help\w*|talk\w* to|speak\w* to)\b(?: \w+){0,2} )(?<!\b(?:later|afterwards|after that|next day|next morning|that (?:evening|afternoon|night))\b[^.\n]{0,23})the phone|a different call))\b|\b(?:phone|mobile|laptop) (?:under|below) the (?:desk|table)|\bphone (?:face up|out|right there) on the (?:desk|table)`,
      ),
      who: 'interviewer',
    },
    {
      re: /\b(?:take|took|taking|answer|answered|answering|get|got|getting) (?:a |an |another |her |his |their |two |three |several )?(?:phone )?(?:call|calls)\b(?! back| about (?:me|my|the candidate)\b| (?:saying|say|says|said|from (?:them|hr|the (?:company|firm|recruiter|agency|school|office|employer|hiring manager|manager|director|principal|head))\b|to say|telling|tell|offering|offer|asking (?:me|if i|whether i)|ask (?:me|if i|whether i)|inviting|invite)\b)|\bcall\w* away\b|\bstep\w* out to take\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: /\bmore interested in (?:his|her|their|the|what)\b|\bmore (?:focused|concerned) (?:on|with|about) (?:his|her|their|checking|ticking|getting|filling|finishing|the (?:clock|time|form|checklist|script|list))\b|(?<!\b(?:flat|monotone|enthusiasm|energy|droning)\b[^.\n]{0,60})\brather be (?:anywhere|somewhere) else\b(?![^.\n]{0,60}\b(?:flat|monotone|tone|enthusiasm|energy|droning)\b)/,
      who: 'interviewer',
    },
    {
      re: new RegExp(
        `\\blook\\w* up from(?!${PAPERWORK}) (?:his|her|their|the|a)\\b|\\b(?:barely|hardly|never|rarely|not once|n't) (?:once )?(?:even )?(?:look|glance)\\w* up\\b(?! at me)(?= from(?!${PAPERWORK})| the whole| all| once|$| during| throughout)`,
      ),
      who: 'interviewer',
      neg: 'ignore',
    },
    // time: "one eye on the clock", "kept looking at his watch" (not when the interviewer gave the reason: "looked at the
    // clock, but explained the room was booked until 3")
    {
      re: new RegExp(
        /(?:\b(?:glanc\w*|look\w*|check\w*|star(?:e|ed|ing)|eye\w*|watch\w*) (?:at |on )?(?:the |his |her |their )?(?:clock|watch|time)\b|\bclock[- ]?watch\w*|\beye on the (?:clock|time)\b)(?![^.\n]{0,50}\b(?:he|she|they) (?:explain\w*|apologi[sz]\w*)\b)/
          .source + NOT_EXPLAINED,
      ),
      who: 'interviewer',
    },
    {
      re: new RegExp(
        '(?:' +
          /\bhear\w* (?:him|her|she|he|them|they)? ?(?:click|clicking|type|typing)|\bhear\w* (?:the )?(?:keys|keyboard|typing|clicking)\b/
            .source +
          ')' +
          NOTES_TAKEN,
      ),
    },
    {
      re: new RegExp(
        String.raw`\b(?:typing|typed|types away|type away|dey type)\b(?! (?:up )?(?:my |some |a few |up |down |out )?(?:notes?|answers?|what i)\b)(?! (?:test|tests|speed|skills?|exercise|assessment)\b)${NOTES_TAKEN}`,
      ),
      who: 'interviewer',
      conf: 0.6,
      surface: true,
    },
    // typing as a habit through the answers: "she'd type every so often even when I wasn't talking"
    {
      re: /\b(?:she|he|they)(?:'d| would) (?:\w+ )?type\b(?! (?:of|in|up (?:my|the|her|his) notes)\b)/,
      surface: true,
      who: 'any',
      conf: 0.6,
    },
    // busy with the work through the interview: "didn't stop what he was doing the whole time", "carried on prepping"
    {
      re: /(?:\bnot|n't|\bnever) (?:even |once )?(?:stop|stopped|pause|paused) (?:what (?:he|she|they) (?:be|was|were) (?:doing|do)|working|(?:his|her|their) (?:work|prep|prepping|service))\b|\b(?:carried|carry|carrying|kept) on (?:working|prepping|cooking|serving|with (?:his|her|their) (?:work|prep|paperwork|emails?))\b(?! (?:after|once|when) (?:i|we)\b)/,
      who: 'any',
      neg: 'ignore',
      conf: 0.65,
    },
    // "and kept typing away": the subject check would take the "I" of the clause before
    {
      re: new RegExp(
        `${NOT_SELF}\\b(?:kept|keep|keeps|still|busy|was|were) (?:\\w+ )?typing\\b${NOT_A_TASK}${NOTES_TAKEN}(?! up (?:my|the|our|what i) (?:answers?|notes?|responses?|said)\\b)`,
      ),
      who: 'any',
      conf: 0.6,
      surface: true,
    },
    // attention elsewhere (not the candidate's search: "using the time to apply elsewhere")
    {
      re: /\b(?:distracted|distract|uninterested|disinterested|not interested|disengaged|checked out|check out|half[- ]listen\w*|zoned out|zone out|multitask\w*|mind (?:be |was )?(?:elsewhere|somewhere else)|somewhere else|miles away|million miles away|away with the fairies|in (?:another|a different) world|preoccupied|(?<!\b(?:apply|applying|applied|applications?|look|looking|looked|search\w*|interview\w*|work|working|worked|job|jobs|offers?|roles?|go|going|went|move|moving|moved)(?: \w+){0,2} )elsewhere)\b(?! ?\?)/,
      who: 'interviewer',
    },
    // "sounded bored", "a bored monotone", "flat, bored": boredom heard in the voice is flat-interviewer's (read items
    // whose only disinterest cue was such a clause: 3 of 18 right, train-e 0 of 15); "looked bored" still counts,
    // a monotone beside it or not
    {
      re: /(?<!\b(?:would|will|'d|'ll|might|could|gonna|to|get|gets|getting)(?: \w+){0,2} )(?<!\bsound\w* (?:\w+ ){0,2})\bbor(?:ed|e)\b(?! (?:voice|tone|sounding|way|face|me|you|us|to death))(?:(?<=\b(?:look|seem)\w* (?:\w+ ){0,2}bor\w+)|(?<!\b(?:monotone|drone|flat|voice|tone)\b[^\n]{0,60})(?![^\n]{0,60}\b(?:monotone|drone|murmur|flat|voice|tone)\b))/,
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: /\b(?:not|n't|never|barely|hardly) (?:really |even |properly |actually |fully |at all )?(?:listen\w*|pay\w* (?:any |much )?attention|focus\w*)\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    {
      re: /\b(?:couldn'?t|could not|can'?t) care less\b|\b(?:not|n't) (?:seem to |really )?care\b|\bcouldn'?t be bothered\b|\b(?:annoyed|irritated|impatient|fed up) (?:to be|about being) (?:there|here|on the call)\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    {
      re: /\b(?:not|n't) (?:want|wanna) to be (?:there|here|on the call|in the room)\b|\bcouldn'?t wait to (?:leave|get rid|be done|finish|get out|wrap)|\bkeen to (?:be finished|finish|get (?:it|this|me) over|wrap|move on|get rid)/,
      who: 'interviewer',
      neg: 'ignore',
    },
    // hurry and a short slot (interviewer-disinterest-hurry.ts)
    ...hurryCues,
    // serving other people mid-interview: "kept serving customers in between my answers", "on his laptop the entire time",
    // "spent the whole time on her laptop"
    {
      re: new RegExp(
        '(?:' +
          /\b(?:kept|keep|keeps|was|were|be|busy|still|also) (?:\w+ )?(?:serv\w*|deal\w* with|help\w*|see\w* to) (?:other )?(?:customers?|clients?|people|someone else|staff|the queue)\b|\b(?:on|check\w*|look\w* at|star\w* at|glued to|typ\w* (?:on|into)|tapp\w* (?:on|at)|read\w*|scroll\w* (?:on|through)) (?:his|her|their) (?:laptop|computer|ipad|tablet|screen|monitor|notes|papers?) (?:the (?:entire|whole) (?:time|interview|call|way through)|throughout|all the time|most of|while i (?:talk|spoke|answer|was talking|was answering))|\bglued to (?:his|her|their) (?:laptop|computer|ipad|tablet|screen|monitor|phone)\b|\bspen[dt]\w* (?:the (?:entire|whole) (?:time|interview|call|hour|meeting)|most of (?:the|it)(?: (?:time|interview|call|hour|meeting))?|half (?:of )?the (?:time|interview|call|hour|meeting)) (?:on|glued to|typing on|tapping (?:on|at)|looking at|staring at|scrolling) (?:his|her|their) (?:phone|mobile|laptop|computer|ipad|tablet|screen|monitor|(?:other|second) (?:screen|monitor)|emails?)\b|\bnot look\w* at me,? (?:only|just) at (?:the|his|her|their) (?:paper|papers|notes|screen|laptop|computer|cv)\b/
            .source +
          ')' +
          NOTES_TAKEN +
          NOT_EXPLAINED,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    // interrupting themselves: "'sorry, one sec' every few minutes", "kept muting to talk to someone", "'hold on' every five minutes"
    {
      re: /\b(?:one sec|one second|one moment|one minute|hold on|hang on|bear with me|just a sec|just a second)\b[^.\n]{0,12}\bevery (?:few|couple of|two|three|four|five|ten|\d+|other) (?:min|mins|minutes|questions?|answers?)\b|\bkept (?:going on mute|muting|putting (?:me|us) on hold)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // ending before the slot was over: "'we're a bit over time' at minute 25 of a 45-minute slot"
    {
      re: /\b(?:over time|out of time|wrap\w*|end\w*|finish\w*|call\w* it|cut)\b[^.\n]{0,25}\bat (?:minute|min) \d+ of (?:a|an|the|my|our) \d+[- ]?(?:min|mins|minute)\b/,
      who: 'any',
      conf: 0.6,
    },
    // the phone interrupting: "her phone went and she answered it", "his phone kept buzzing and he picked it up"
    {
      re: /\bphone (?:\w+ ){0,2}?(?:ring|rang|rung|ringing|buzz\w*|go|went|goes|going|vibrat\w*|ping\w*)\b(?! (?:for|to|through|with|by|in|on|about)\b).{0,40}?\b(?:answer\w*|pick\w* (?:it )?up|pick\w* up|take|took|taking|check\w*|read|reading|look\w* at|glanc\w* at)(?: it)?\b(?![^.\n]{0,40}\b(?:put|puts|turn\w*|switch\w*|flip\w*|silenc\w*|mut\w*) (?:it |the phone |the call )?(?:face ?down|away|off|over|on silent|silent)\b)|\bphone (?:keep|kept|keeps) (?:ring|buzz|go|ping|vibrat)\w*/,
      who: 'any',
      conf: 0.65,
    },
    // busy with something else: driving through a call ("the man was driving, I could see the road"),
    // off to other people or jobs ("said she'd got other people to see", "ran off to help at the till"),
    // a task while interviewing ("fixing the printer while he interviewed me"), "looking at her nails"
    {
      re: /\b(?:he|she|they|man|woman|guy|lady|manager|owner|interviewer|recruiter|boss|director|mgr|hr|person|bloke|dude|chef|supervisor|panellist)\s+(?:be|was|were|is)(?: (?:still|literally|actually|apparently|probably|clearly|obviously|definitely|basically))? driv(?:e|ing)(?= ?(?:[,.;:!?)\n—–-]|$|\b(?:and|during|while|the whole|throughout|i think|lol|apparently|on (?:speaker|the phone|hands-?free))\b))|\b(?:while|whilst) (?:(?:he|she|they) (?:be|was|were) )?driv(?:e|ing)\b|\bfrom (?:his|her|their) (?:car|van|truck|lorry)\b|\b(?:got|had|have|has) (?:other|more|loads of|lots of|a lot of) (?:people|candidates|interviews|applicants) (?:to see|waiting|lined up|to get through)\b|\b(?:(?:ran|run|rush|rushed|dash|dashed|left|leave|bounce|bounced|pop|popped)(?: off)?|(?:go|goes|went) off) to (?:go )?(?:help|serve|deal with|see to|sort out)\b|\b(?:fix|repair|mend|cook|stock|sort|clean|eat|do)\w* (?:\w+ ){0,3}(?:while|whilst) (?:he |she |they )?(?:interview\w*|talk\w* to|(?:was|were) interview\w*) me\b|\b(?:look\w* at|fil\w*|pick\w* at|do\w*) (?:his|her|their) nails\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // attention outside the room: "kept looking past me at the door", "staring out the window"
    {
      re: /\b(?:look|glanc|star|gaz)\w* (?:right )?(?:past me(?= ?[?,]? ?(?:at|to|towards|out|into|through)\b)|out (?:of )?the window|at the door|towards the door|over at the door)\b|\blook\w* down (?:at|into) (?:his|her|their) lap\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // a slot cut down: "it was meant to be an hour", "she had a hard stop"
    {
      re: /\b(?:meant|supposed|scheduled|booked|planned|set|down) (?:to (?:be|last|take|run) |for )(?:an? |one |a full |the full )?(?:hour|\d+ ?min\w*)\b(?! (?:and|but) (?:went|ran|it went|it ran|we went|we ran))/,
      who: 'any',
      conf: 0.6,
      weight: 0.5,
    },
    {
      re: /\b(?:meant|supposed|scheduled|booked|planned) (?:to (?:be|last|take|run) |for )(?:an? |one |a full |the full )?(?:hour|\d+ ?min\w*)\b,? but (?:it |we |she |he |they )?(?:\w+ )?(?:finish|end|be over|was over|be done|was done|wrap|cut|last|took|take)\w*\b/,
      who: 'any',
      conf: 0.65,
    },
    // email or admin done during the interview
    {
      re: /\b(?:be|was|were|kept|keep|still|busy|also) (?:\w+ )?(?:do|doing|answer\w*|clear\w*|catch\w* up on) (?:his |her |their |some |the )?(?:emails?|e-mails?|inbox)\b/,
      who: 'interviewer',
    },
    // other desk work done while the candidate talks: "marking essays during my presentation", "signing
    // paperwork the whole time I talked" (the while is needed: "marking essays" alone is the job)
    {
      re: /\b(?:mark(?:ing|ed)|grad(?:ing|ed)|sign(?:ing|ed)|fill(?:ing|ed) (?:in|out)|sort(?:ing|ed)|doing|did|read(?:ing)?|(?:going|went) through) (?:\w+ )?(?:essays|papers|paperwork|scripts|homework|assignments|forms|invoices|rotas|timesheets|post|mail|other work|something else)\b,? (?:during (?:my|the|our|most of)|while i|the whole time|all through|throughout)\b/,
      who: 'interviewer',
    },
    { re: /\bhard stop\b/, who: 'interviewer', conf: 0.6 },
    // "answered a text mid-answer", "scrolled through something on his tablet"
    {
      re: new RegExp(
        `\\b(?:answer|repl|respond)\\w* (?:to )?(?:a |an |some |the )?(?:text|message|dm)\\b|\\b(?:scroll|tap|typ|swip|fiddl)\\w* (?:\\w+ ){0,3}?on ${POSS}(?:${GADGET}|${SCREEN})\\b|\\b(?:look|star|glanc|read)\\w* (?:at )?(?:something|stuff|things) (?:else )?on ${POSS}(?:${GADGET}|${SCREEN})\\b|\\bsomewhere (?:more important|better|else) to be\\b`,
      ),
      who: 'interviewer',
    },
    // wanting it over: "just wanted to get it over with", "couldn't have looked less interested"
    {
      re: /\bget (?:it|this|the (?:interview|call|meeting)|things|me) over with\b|\b(?:clearly|obviously|just|really|visibly) want\w* to (?:leave|go home|get out|be elsewhere|get back to)\b|\bless (?:interested|engaged|bothered)\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    // camera off or a late start alone is weak: each needs one more sign of inattention
    {
      re: /\bcamera (?:be |was |stay |stayed |kept )?off\b|\b(?:nobody|no one|not|none of them) (?:\w+ )?on camera\b|\bcamera (?:angle|point)\w* at\b/,
      who: 'interviewer',
      conf: 0.6,
      weight: 0.5,
    },
    { re: /\b(?:cut|cutting|kept cutting) me off\b|\binterrupt\w*\b/, who: 'interviewer', conf: 0.6 },
    {
      re: /\b(?:read|reading|look|looking)\w* (?:at )?(?:something )?(?:off )?to the side\b|\banother (?:tab|window)\b/,
      who: 'interviewer',
    },
    {
      re: new RegExp(
        String.raw`\byawn\w*\b${NOT_EXCUSED_ONCE}${NOT_EXCUSED_TIRED}|\bchin (?:on|in) (?:his|her|their) hands?\b`,
      ),
      who: 'interviewer',
    },
    {
      re: /\b(?:barely|hardly|never|not|n't) (?:really )?engag\w*\b(?! with (?:my|the|what|any))|\bstar\w* (?:\w+ )?(?:past|over|behind) (?:my|your|ur) (?:shoulder|head)\b|\bwant\w* (?:it|this|me|us|the (?:interview|call|meeting)|things) (?:done|over|finished|out of the way)\b/,
      who: 'any',
      neg: 'ignore',
    },
    {
      re: /\b(?:minutes?|mins?),? (?:in and out|and out|and done|and gone|done)\b|\bbusy with (?:other|something|another|his|her|their)\b|\bphone (?:ring|rang|rung|ringing|kept ringing|went off)\w* (?:\w+ )?(?:the whole time|all the time|constantly|non-?stop|again|twice|during|in the middle)(?![^.\n]{0,40}\b(?:silence|ignore|decline|reject|switch it off|turn it off|put it away|without look\w*)\b)|\bread\w* (?:it|my (?:cv|resume|application|portfolio)) for the first time\b|\b(?:talk|chat)\w* (?:to|with) (?:someone|somebody) else\b|\b(?:take|took|taking|answer\w*) (?:a |another )?(?:phone )?call (?:in the middle|halfway|mid[- ]\w+|during)\b/,
      who: 'any',
      conf: 0.65,
    },
    {
      re: /\b(?:be|keep|kept|while|start|started) (?:busy |still |literally |just )?(?:eat|eating|munch\w*)\b|\beat(?:ing)? (?:a |his |her |their )(?:sandwich|lunch|breakfast|dinner|snack|crisps|salad|burger|apple)\b|\bcrossword\b|\bsudoku\b|(?<!\b(?:had|have|has|'d|'ve)(?: (?:already|previously|once|also|recently))? )\bdo\w* (?:other|some other|his other|her other|their other|something|some) (?:work|stuff|things|else)\b|\breading something\b|\bhad (?:another|a|the next) (?:meeting|call|interview) (?:to get to|straight after|right after|after|booked|waiting|at)\b|\bhad another (?:meeting|call)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: new RegExp(
        `${NOT_SELF}\\b(?:talk|chat)\\w* (?:to|with) (?:someone|somebody|his|her|their|a colleague|a client|other)\\b.{0,20}\\b(?:instead|whole time|half the time)|\\bover (?:his|her|their) shoulder\\b`,
      ),
      who: 'any',
      conf: 0.65,
    },
    {
      re: /\bask\w* (?:me )?to repeat\b|\bhad to repeat (?:myself|everything|things|the answer)/,
      who: 'any',
      conf: 0.6,
    },
    {
      re: /\bsorry,? what was (?:that|the question)\b|\bcan you (?:repeat|say) that(?: again)?\b/,
      who: 'interviewer',
      conf: 0.6,
    },
    {
      re: /\bsa(?:y|id|ys) (?:sorry,? )?(?:i'?m|i am|im) (?:just |a bit |so )?(?:multitasking|busy|in a rush|running late|distracted|finishing|answering|replying|typing|on another)/,
      who: 'any',
    },
    { re: /\bskip\w* (?:the|a|over|past)\b/, who: 'interviewer', conf: 0.55 },
    // attention parked elsewhere without a device: "put me on hold to deal with something",
    // "kept an eye on the line as we talked", "had to pretend interest", notes "to keep yourselves awake"
    {
      re: /\bput (?:me |us )?on hold\b(?! by (?:the |an? )?(?:switchboard|receptionist|reception|operator|system|hr|recruiter|assistant|secretary|front desk)\b)(?![^.!?\n]{0,40}\b(?:before|until) (?:the|my|our) (?:interview|call|meeting) (?:start|began|begin))|\b(?:kept|keep|keeping|had|have|with) (?:one |half an )eye on\b|\bkept an eye on (?:the|his|her|their|a|an) (?!clock\b|time\b|watch\b)[^.!?\n]{0,30}\b(?:as|while|whilst|when) (?:we|i)\b/,
      who: 'interviewer',
      conf: 0.65,
      surface: true,
    },
    {
      re: /\b(?:pretend|pretended|pretending|feign|feigned|feigning|fake|faked|faking) (?:to be )?(?:any |some )?interest(?:ed)?\b|\b(?:keep|kept|keeping|stay|stayed|staying) (?:yourselves|yourself|himself|herself|themselves|him|her|them) awake\b|\b(?:nodding|nodded|nod|dozing|dozed|doze) off\b|\bfell asleep\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    // interest withheld: "didn't seem interested in my work", "never looked engaged"
    {
      re: /\b(?:not|n't|never|hardly|barely) (?:really |even |at all )?(?:seem|look|sound|appear)\w* (?:\w+ )?(?:interested|engaged|bothered|attentive)\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    // leaving mid-interview: "walked out of the room halfway to sort something" (an unread CV is unprepared, not inattentive)
    {
      re: /\b(?:left|leave|leaves|leaving|walked out of|walk out of|stepped out of|step out of) the room (?:\w+ ){0,3}?(?:mid|midway|halfway|in the middle|during|twice|three times|several times|a few times)\b/,
      who: 'interviewer',
      conf: 0.65,
      surface: true,
    },
    // an abrupt stop: "abruptly stopped the interview", "ended it suddenly"
    {
      re: /\b(?:abruptly|suddenly) (?:stop|stopped|end|ended|cut|wrap|wrapped|finish|finished|close|closed|terminat\w*|hang up|hung up)\b|\b(?:stop|stopped|terminat\w*) (?:the (?:interview|call|meeting) |it |things )?(?:abruptly|suddenly)\b/,
      who: 'interviewer',
      surface: true,
    },
    // transcripts: the interviewer's own words (interviewer-disinterest-spoken.ts)
    ...spokenCues,
    // hurried in other words (p-notes): "when I try to explain my project he stop me", "'okay okay next question'",
    // "flipped through my portfolio in about 30 secs"
    {
      re: /\bwhen i (?:try|tried|trying|start\w*|began) to (?:explain|talk|answer|finish|describe|show)\b[^.\n]{0,40}?\b(?:she|he|they) (?:stop|stops|stopped|cut|cuts|interrupt\w*) me\b(?! to (?:ask|clarify|check|dig|probe|follow))|\b(?:okay|ok)[,!]? (?:okay|ok)[,!]? next (?:question|one|q)\b|(?<!\b(?:i|we) (?:\w+ )?)\b(?:flipped|flicked|skimmed|leafed|glanced) (?:through|over|at) (?:my|the) (?:portfolio|cv|resume|work|book|samples|application|drawings|sketchbook)\b[^.\n]{0,20}?\bin (?:about |like |maybe |under |barely )?(?:\d+|ten|twenty|thirty|a few) (?:seconds|secs|sec|s)\b/,
      who: 'any',
      surface: true,
      conf: 0.65,
    },
    // session 24: the candidate made to feel in the way of their day: "felt like I was interrupting her day", "as if I
    // was keeping him from something" ("interrupting them just by being there" is the room's, awkward-atmosphere)
    {
      re: /\b(?:like|as if|as though) i (?:was|were|'?d been|had been) (?:interrupting|intruding on|disturbing|keeping (?:him|her|them) from|getting in the way of|eating into|wasting) (?:his|her|their) (?:\w+ )?(?:day|lunch|work|morning|afternoon|schedule|time|meeting)\b|\b(?:like|as if|as though) i (?:was|were|'?d been|had been) keeping (?:him|her|them) from something\b/,
      who: 'any',
      surface: true,
    },
  ],
};
