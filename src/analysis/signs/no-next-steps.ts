import type { SignPatterns } from '../detect/types.js';

/**
 * A close with no timeline. `closing` cues only count near the end and when nothing in
 * the text gives a next step or date (see detect/aftermath.ts); `explicit` cues say so outright.
 */
export const noNextStepsClosing: SignPatterns = {
  id: 'no-next-steps',
  cues: [
    {
      re: /\b(we|they|she|he|hr|someone|recruiter)('ll| will|'d| would)(?: (?:just|simply|definitely|probably|certainly|surely|hopefully|then|also|of course))? (be in touch|let (you|me|ya|ye) know|get back to (you|me|ya)|be in contact|contact (you|me)|reach out)\b/,
      says: 'interviewer',
      notes: true,
    },
    // any closer, any verb of getting back, with no day attached (a day anywhere cancels it)
    {
      re: /\b(we|they|she|he|hr|someone|somebody|recruiter|recruitment|recruiting|talent(?: acquisition)?|one of (?:us|them|the team)|(?:someone|somebody) from (?:hr|the \w+|\w+)|(?:my|their|our) recruiter|the (office|manager|team|school|practice|agency|company|firm|panel|board|committee|interviewer|hiring manager|recruiter|hr team|store|club|trust|council|hospital|(?:recruiting|recruitment|talent|people|hiring|resourcing|hr) team))\b( say| said| says)?( they| she| he| we| hr)?('ll| will|'d| would| is going to| are going to| was going to| were going to| gonna|'re going to|'s going to)(?: (?:just|simply|definitely|def|probably|prob|certainly|surely|hopefully|then|also|of course|obviously|likely|absolutely|soon))? ?(?:(?:\w+ ){1,6}?and (?:then )?)?(be in touch|be (?:calling|ringing|phoning|e-?mailing|texting|contacting|writing to|getting back to|getting in touch with|in touch with)(?: you| me| u| ya)?|let (you|me|u|us|ya|ye|yez|youse|yous|everyone|everybody|all (?:the )?(?:candidates|applicants)) (know|no)|get back( to (you|me|u|ya))?|be in contact|get in (?:touch|contact)|keep (?:you|me|u|us|ya) (?:posted|updated|informed|in the loop)|follow up( with (?:you|me|u|ya))?|touch base|contact( you| me| u| ya)?|reach out|communicate(?: with (?:you|me|u))?|call( you| me| u| ya)?|ring( you| me| u| ya)?|phone( you| me| u| ya)?|text( you| me| u| ya)?|e-?mail( you| me| u| ya)?|(?:message|msg|whatsapp|dm|ping)( you| me| u| ya)|write( to (you|me))?|send (an? |the )?(email|e-mail|letter|message|update|outcome)|circle back|give (?:you|me|u|ya) a (?:call|ring|bell|buzz|shout|tinkle)|drop (?:you|me|u|ya) an? (?:line|email|e-mail|mail|message|note|text)|shoot (?:you|me|u|ya) an? (?:email|e-mail|message|text)|intimate( you| me| u)?|connect with (?:you|me|u)|update( you| me| u| ya)?|inform( you| me| u| ya)?|notify( you| me| u| ya)?|advise( you| me| u| ya)?|confirm|think about it|discuss (it|that)|go through that)\b(?! (?:for|about|to (?:arrange|book|discuss|set up|schedule)) (?:the |a |an |my )?(?:offer|second|next|final|contract|start|interview|trial|medical|onboarding|paperwork|references?|meeting|assessment)\b)(?! (?:(?:you|me|u|over|across|through) )?(?:the |my |your |a |an )?(?:[\w-]+ ){0,2}(?:contract|offer|paperwork|forms?|rota|schedule|onboarding|documents?|pack|start date)\b)(?!(?: (?:you|me|u|us|ya|ye|yez|youse|yous|back|to you|to me|with (?:you|me|u|us|ya)|know|about it|everybody|everyone|all (?:the )?(?:candidates|applicants)|all of you|each of you|people))* (on|by|before|tomorrow|today|tonight|next|this|within|in (?:\w+ ){1,3}(days?|weeks?)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|that (?:evening|afternoon|night|morning|day|week)|later (?:today|that|this)|end of|first thing)\b)/,
      says: 'interviewer',
      notes: true,
      conf: 0.65,
      neg: 'ignore',
    },
    // the future said in the present, as learners of English often do: "she say 'we call'", "he said they inform you"
    {
      re: /\b(?:say|said|says)\W+(?:ok(?:ay)?,? )?(?:(?:we|they) (?:call|contact|inform|tell|communicate)(?: (?:you|u|me|us))?|i (?:call|contact|inform|tell|ring) (?:you|u)(?: back)?)\b(?! (?:when|on|by|next|tomorrow|in|within|before|after|this|at|about|if|whether)\b)/,
      surface: true,
      says: 'interviewer',
      notes: true,
      conf: 0.6,
    },
    {
      // reported, not the writer's own shrug ("he said he'd ring Monday. we'll see.")
      re: /(?:\b(?:said|says|say|told me|just|only|went|like|with)|[:'"“‘])\W*(?:\w+\W+){0,2}(we|they)('ll| will| would|'d) see\b(?! (you|u|him|her|them|everyone|the|other|more|how|if|what)\b)/,
      surface: true,
      says: 'interviewer',
      notes: true,
      conf: 0.6,
    },
    {
      // the interviewer's own words, reported: not the writer's "I'll be in touch as soon as I know more"
      re: /(?:\b(?:said|says|say|told me|just|only|went|like|with)|[:'"“‘])\W*(?:\w+\W+){0,2}i('ll| will) (be in touch|let you know|get back to you|think about it|have a (?:think|look|chat with \w+)(?: and (?:give you a (?:bell|ring|call|buzz|shout)|let you know|get back to you))?|give you a (?:bell|ring|call|buzz|shout)|pass (?:your|the|my) (?:details|cv|notes|name|application|info) on|(?:call|ring|phone|text|email|e-mail|message|whatsapp) you)\b(?! (?:on|by|before|tomorrow|today|tonight|next|this|within|in (?:\w+ ){1,3}(?:days?|weeks?)|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|later|first thing|end of)\b)/,
      says: 'interviewer',
      notes: true,
      conf: 0.6,
    },
    // the wait-and-see close, reported: "let's see how the other interviews go", "they'd 'see how it goes'"
    {
      re: /(?:\b(?:said|says|say|told me|just|only|went|like|with)|[:'"“‘])\W*(?:\w+\W+){0,2}(?:let'?s|let us) see\b(?! (?:you|u|him|her|them|your|what you|if you|whether you|a|an)\b)|\b(?:we'?ll|we will|we'?d|we would|they'?ll|they will|they'?d|they would|to)\W+see how (?:it goes|things go|it all goes|it pans out|things pan out|we go|we get on|we'?re fixed|it all shakes out|(?:the )?(?:other|rest of the) (?:\w+ )?(?:go|goes|interviews go))\b/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    {
      re: /\b(we|they) call if (yes|you'?re successful|successful|interested)\b|\bif (you'?re|you are|u r) successful\b|\bwhen (they'?ve|they have|we'?ve|we have) seen everyone\b|\bat some point\b(?!,? (?:it|i|he|she|they|we|you|the \w+|my \w+|his \w+|her \w+|their \w+) (?:felt|feel|be|was|were|seemed|seem|had|have|did|do|got|get|went|go|started|start|began|begin|realised|realise|realized|realize|noticed|notice|stopped|stop|turned|turn|asked|ask|said|say)\b)|\bin due time\b|\bsoon ?ish\b/,
      says: 'any',
      notes: true,
    },
    {
      re: /(?:will|'ll|would|'d|shall) revert\b|\brevert (?:will|would) come\b|\bin due course\b|\bdon'?t call us\b|(?:\b(?:said|says|just|with|went|told me)|[:'"“‘])\W*(?:\w+\W+){0,2}watch this space\b/,
      says: 'any',
      notes: true,
    },
    // the close in present-tense English of many first languages: "ok, we call you", "we inform you"
    {
      re: /\b(?:we|they) (?:(?:call|contact|inform|update|email|text|ring|phone) (?:you|u)|let (?:you|u) know)\b(?! (?:on|by|next|tomorrow|today|tonight|this|within|in \w+ (?:days?|weeks?)|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|later today|first thing|when|if|for (?:the|a|an))\b)/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // the pidgin future with "go": "dem go call you", "we go let you know"
    {
      re: /\b(?:we|dem|dey|they|una|e|he|she|him|oga|madam) go (?:call|ring|phone|text|email|contact|reach|inform|get back to|let (?:you|me|u) know|tell)(?: (?:you|me|u|una))?\b(?! (?:on|by|next|tomorrow|today|tonight|this|within|in (?:\w+ ){1,3}(?:days?|weeks?)|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|next)\b)/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // the subject carried over: "said they're still seeing people and would be in touch"
    {
      re: /\band (?:would|will|'ll|'d) (?:be in touch|let (?:me|you) know|get back to (?:me|you)|contact (?:me|you)|call (?:me|you))\b(?! (?:on|by|next|tomorrow|today|tonight|this|within|in \w+ (?:days?|weeks?)|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*)\b)/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // texted contractions without the apostrophe ("shed let me know"), a bare "soon", "will circle back"
    {
      re: /\b(?:shed|hed|theyd|theyll|theyre gonna|theyre going to) (?:be in touch|let (?:me|u|you) know|get back|contact|call|ring|text|email|reach out)\b|\bwell (?:be in touch|get back to (?:you|u|ya)|let (?:you|u|ya) know)\b|\b(?:decide|decision|hear|let (?:me|you|u) know|get back|be in touch|come back|revert|talk|speak|chat|catch up)\w* (?:\w+ )?['"]?(?:very |pretty |quite |really )?(?:soon(?:ish)?|shortly)['"]?(?! after| as| enough)\b|\b(?:will|'ll) circle back\b/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // the close in other words (p-notes): "said she'd 'pass it on'", "he'll 'feed back to HR'", "'you'll get an email'",
    // "HR would send something", "they will send result", "he said maybe he call"
    {
      re: /(?:\b(?:she|he|they|hr)(?:'d|'ll| would| will)? ['"‘“]?(?:pass (?:it|that|this|them) on|feed ?back to (?:hr|the team|the (?:\w+ )?manager|head office))|(?:^|[\s'"‘“:])(?:you|u)(?:'ll| will) (?:get|receive) (?:an? |the )?(?:email|e-mail|letter|text|message|call)|\b(?:hr|they|she|he|the (?:office|agency|recruiter|company))(?:'d|'ll| would| will) send (?:me |us )?(?:something|an? email|the email|an? (?:letter|message)|the results?|results?)|\bmaybe (?:she|he|they) (?:will |'ll |would |'d |might |could )?(?:call|ring|text|email|phone))\b['"’”]?(?! (?:on|by|before|tomorrow|today|tonight|next|this|within|in (?:\w+ ){1,3}(?:days?|weeks?)|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|later|first thing|end of)\b)/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // an answer only once the process is over: "once they've finished interviewing", "after they've seen the other candidates"
    {
      re: /\b(?:once|when|after) (?:they|we|the panel|the process|all (?:the )?interviews|everyone|the other candidates|the rest)(?:'ve| have| are|'re| has| is|'s)? (?:all )?(?:finished|finish|done|completed?|(?:seen|spoken to|talked to|met|interviewed) (?:everyone|everybody|all|the other|the rest)|closes|closed|wrapped up|been (?:interviewed|seen))\b|\b(?:decide|decision|let (?:you|me) know|get back to (?:you|me)|be in touch|hear)\w* (?:after|once) (?:they'?ve seen |seeing |meeting |they'?ve met )?(?:the other (?:candidates|applicants|people)|all the other|everyone else|the rest)\b|\b(?:once|when|after) (?:we|they|the (?:panel|team|board|manager|partners))(?:'ve| have|'d| had)? (?:made|reached|come to|taken) (?:a|the|their|our) (?:decision|decisions|choice)\b|\b(?:once|when|after) (?:a|the) decision(?:'s| is| has| had)?(?: been)? (?:made|reached|taken)\b/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // still seeing others, said as the close with no day: "we've got a few more to see", "we're still interviewing"
    {
      re: /(?:\b(?:we|they)(?:'ve| have)?(?: still)?(?: have|'ve)? got (?:a few|a couple|some|several|two|three|four|lots|loads|plenty) (?:more )?(?:people |candidates |applicants |interviews )?(?:more )?to (?:see|interview|talk to|speak to|meet|get through)|\b(?:we|they)(?:'re| are) still (?:seeing|interviewing|meeting|talking to) (?:a few |some |other |more |two |three |a couple of )?(?:people|candidates|applicants|others))\b(?![^.]{0,40}\b(?:by|on|next|this|within|until|till|tomorrow|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*)\b)/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // a channel but no day: "said I'd be notified by email", "told me I'd hear back", "you'll get an email either way",
    // "I was told a decision would be made and that I would be updated"
    {
      re: /\b(?:said|says|told (?:me|us)|(?:was|were|been|got) told|promised|assured (?:me|us))(?: that)? (?:(?:a|the|their) decision (?:would|will|'d|'ll) be (?:made|taken|reached) and(?: that)? )?(?:i'?d|i would|i'?ll|i will|we'?d|we would|you'?d|you would|you'?ll|you will) (?:be (?:notified|informed|contacted|updated|emailed|told|advised)|hear back|hear from (?:them|us|someone|somebody|hr|the (?:team|recruiter|office|agency|panel))|get (?:an? )?(?:email|letter|call|answer|response|outcome)(?: either way| regardless| whatever happens)?)\b(?! (?:about|that|of|on|within|in (?:\w+ ){1,3}(?:days?|weeks?)|by (?:the end|end|mon|tue|wed|thu|fri|sat|sun|tomorrow|next|this|the \d)|next|this|tomorrow|today|tonight|(?:mon|tue|wed|thu|fri|sat|sun)\w*)\b)/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // the answer handed to someone or somewhere else, with no day: "outcome will be posted on the portal", "it's with the panel now", "they'd let the agency know"
    {
      re: /\b(?:outcome|result|results|decision|answer|feedback)s? (?:will|would|'ll|'d) (?:be )?(?:posted|published|shared|uploaded|communicated|put up|available|on the portal|via|through)\b(?![^.;]{0,40}\b(?:on(?! (?:the |their |our |your )?(?:portal|website|site|system|app|email|line)\b)|by|within|in|before|next|this|tomorrow|today|after)\b)|\bit'?s (?:now |all )?with (?:the )?(?:panel|hiring manager|hiring team|board|committee|hr|head office|decision makers?)(?: now)?\W*$|\b(?:we|they|she|he|hr|recruiter)(?:'ll| will|'d| would) (?:let|tell|update|inform) (?:the|my|your) (?:agency|recruiter|agent|consultant)(?: know)?\b/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // the employer itself as the closer: "said the bank would be in touch", "the practice will let me know"
    {
      re: /\bthe [a-z]+(?: [a-z]+)? (?:would|will|'ll|'d) (?:be in touch|be in contact|get back to (?:me|you|us)|let (?:me|you|us) know|contact (?:me|you|us)|be calling(?: (?:me|you))?)\b(?! (?:on|by|before|tomorrow|today|tonight|next|this|within|in (?:\w+ ){1,3}(?:days?|weeks?)|mon(?:day)?|tues?(?:day)?|wed(?:s|nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|later today|first thing|end of)\b)/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // the decision handed upward, with no day: "she'd take it to the partners", "he has to run it past the owner"
    {
      re: /\b(?:she|he|they|we|hr)(?:'d|'ll| would| will| (?:was|were|is|are) going to| (?:has|have|had|needs?|wanted) to)(?: \w+){0,2}? (?:take|pass|put|run|send|bring)\w* (?:it|this|that|things|my (?:application|cv|details|name|notes)|me) (?:up )?(?:to|by|past|in front of|upstairs to|over to) (?:the |his |her |their |our )?(?:partners?|board|panel|directors?|senior (?:team|partners?|management)|management|boss|owner|committee|head office|higher[- ]ups|powers that be|ceo|md|founders?|hr|regional (?:manager|director|team)|area manager|(?:rest of the )?team)\b(?![^.;]{0,40}\b(?:on|by|before|tomorrow|today|tonight|next|this|within|in (?:\w+ ){1,3}(?:days?|weeks?)|mon(?:day)?|tues?(?:day)?|wed(?:s|nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|later today|first thing|end of)\b)/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // the close addressed to the candidate: "you'll hear from us", "you should hear from someone"
    {
      re: /\b(?:you|u|ya)(?:'ll| will|'d| would| should| shall)(?: (?:definitely|probably|hopefully|certainly|surely|soon))? hear (?:back )?from (?:us|them|someone|somebody|hr|the (?:team|recruiter|office|agency|hr team|panel|hiring manager))\b(?!(?: either way| regardless| one way or the other)? (?:on|by|before|tomorrow|today|tonight|next|this|within|in (?:\w+ ){1,3}(?:days?|weeks?)|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|later today|first thing|end of)\b)/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    // "we'll keep your details on file": the polite close, not after a rejection
    {
      re: /(?<!\b(?:reject\w*|unsuccessful|unfortunately|sorry|not successful|didn'?t get)\b.{0,60})\b(?:keep|kept|hold|put|have|hang on to|hold on ?to) (?:your|my) (?:details|cv|resume|application|info|information|name|number) (?:on (?:file|record|our books|the system|the books)|for (?:future|the future|later))\b/,
      says: 'interviewer',
      notes: true,
      surface: true,
      conf: 0.6,
    },
    {
      re: /\bstill (work|working) out the process\b|\bnot sure (what|about) the (process|next steps?)\b|\bi'?m not sure\.? we'?re still\b/,
      says: 'interviewer',
      notes: true,
    },
    // transcripts: the interviewer's own "I'll let you know." at the close, with no day (a day anywhere in the call cancels
    // it, and only the last turns make the ending); in notes the same words are the writer's
    {
      re: /\bi(?:'ll| will) (?:just )?(?:let you know|be in touch|get back to you)\b(?! (?:on|by|before|tomorrow|today|tonight|next|this|within|in \w+ (?:days?|weeks?)|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|later today|first thing|either way by)\b)/,
      surface: true,
      says: 'interviewer',
    },
  ],
};

/** How the interview ended, said without a word on next steps: counts only near the end of the text. */
export const noNextStepsEnding: SignPatterns = {
  id: 'no-next-steps',
  cues: [
    {
      re: /\b(thank you,? goodbye|okay,? finish|ok,? finish|that'?s all(?<!\b(?:no|nope) ?,? (?:i think )?that'?s all)(?! i'?ve| i have| i got| i can| i know| from me)|that'?s all for today|anything else\?? no\?? great|ended (it )?abruptly|(?<!\b(i|we) (just |then |finally )?)hung up|cut (the call|me) off(?! (?:before (?:i|she|he|we)(?:'d| had)? (?:\w+ )?(?:finish\w*|got to|could finish|was done)|mid|halfway|in the middle|several times|twice|a few times|again)\b)|left the call|that was all(?! (?:i|we) (?:got|heard|learned|learnt|knew|could get|found out)\b| (?:he|she|they) (?:said|told me|gave|offered) (?:about|on)\b)|and that was that|ended with|(?:wrapped|wound) (?:it |things |the (?:call|interview|chat|meeting) )?up with)\b/,
      says: 'any',
      notes: true,
      conf: 0.6,
    },
    // "that's it" after a brush-off answer ("got 'we work hard', that's it") is about the answer, not the close
    {
      re: /\b(?:just|only) ['"‘“]?(?:ok(?:ay)?,? )?(?:bye|thanks|thank you|cheers|ta)['"’”]?\W*$|\b(?:just|only) (?:a |the )?(?:handshake|wave|goodbye|nod and (?:a |the )?(?:handshake|goodbye|door))\W*$|\bthat'?s everything\b|\b(walked|showed) me out\b|\b(?=that)(?<!\b(?:asked|ask|answer\w*|got|about|describ\w*|explain\w*)\b.{0,80})(?:that was it\b|that'?s it\.?$)/,
      says: 'any',
      notes: true,
    },
  ],
};

export const noNextStepsExplicit: SignPatterns = {
  id: 'no-next-steps',
  cues: [
    // the field left empty in a note of its own: "No day.", "No date either."; nothing said on the way out
    {
      re: /^\W*(?:but |and |still )?(?:no|zero) (?:day|date|timeline|time ?frame|timescale|when)(?: (?:given|mentioned|set|said|either|at all))?\W*$|\b(?:nobody|no one|no-one|(?:he|she|they|the [a-z]+) (?:didn'?t|did not|never)) (?:really )?(?:said|say|mention\w*|told me|tell me) (?:anything|a thing|a word|much)(?: (?:else|more))? (?:at the end|at the close|as i (?:was )?(?:leaving|left)|when i left|on (?:my|the) way out)\b/,
      neg: 'ignore',
      surface: true,
    },
    // no timing offered, in other words: "didn't give a timeframe", "vague about timing", "left it open-ended"
    {
      re: /\b(?:didn'?t|did not|don'?t|do not|doesn'?t|does not|never|wouldn'?t|would not|couldn'?t|could not|won'?t|can'?t|cannot|refused to) (?:really |even )?(?:give|offer|provide|commit to|name|set|put|share) (?:me |us )?(?:(?:a|any|an|the) )?(?:timeframe|time frame|timescale|time scale|timeline|date|deadline|day|idea of (?:timing|when)|decision date)\b|\b(?:vague|cagey|cagy|evasive|non-?committal|unclear|fuzzy|woolly|wooly|hazy|wishy-washy) (?:about|on|re|regarding|as to|over) (?:the )?(?:timing|timeline|timescales?|next steps|when|dates?|the process|what happens next)\b|\b(?:left|leave|kept) (?:it|things|everything) (?:open-ended|open ended|vague|up in the air|hanging)\b|\bask\w* (?:about|what|when|if|whether)\b[^.;]{0,30}\b(?:next steps?|happens next|hear|decision|timeline|timing)\b[^.;]{0,30}\b(?:shrug\w*|(?:wasn'?t|not|isn'?t) sure|no idea|didn'?t know|don'?t know|dunno|vague|dodged|brushed|(?:couldn'?t|could not|can'?t|cannot|wouldn'?t|would not) (?:really )?say(?=\s*(?:[.;,!]|$)|\s+(?:when|how long|yet|for sure|exactly)\b)|(?:just |only )?said\W+(?:soon|hopefully|we'?ll see|it depends|depends|tbc|tbd|not long)\b(?![\s,;'"-]*(?:after|as|enough|by|on|within|next|this|tomorrow|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*)\b))/,
      neg: 'ignore',
      surface: true,
    },
    // said in the passive: "next steps weren't mentioned", "timing was never discussed", "no timeline was given"
    {
      re: /\b(?:the )?(?:next steps?|timelines?|timings?|timeframes?|time ?frames?|timescales?|decision dates?|dates?|process from here)(?: for (?:a |the )?(?:decision|answer|outcome))? (?:(?:was|were)(?:n'?t| not| never)|(?:has|have)(?:n'?t| not| never) been|never got) (?:even |really |actually )?(?:mentioned|discussed|given|brought up|covered|raised|talked about|explained|set|shared|offered)\b/,
      neg: 'ignore',
      surface: true,
    },
    // a terse note with the field left empty: "Next steps: unclear", "Timeline - none given"
    {
      re: /\b(?:next steps?|timelines?|timings?|timeframe|decision date|outcome date|when i'?ll hear|hear back)\s*[:=\-–]\s*(?:unclear|unknown|none(?: given| mentioned)?|not (?:given|mentioned|said|discussed|clear)|tbc|tbd|n\/?a|nothing|no idea|vague|\?+)(?=\W*$|\W*[,;.])/,
      neg: 'ignore',
      surface: true,
    },
    // the candidate left not knowing when: "don't know when", "whenever that may be", "god knows when"
    {
      re: /\b(?:(?:do|did) ?n'?t|do not|did not|dunno|don'?t) (?:really )?know when\b\.?$|^(?:(?:do|did) ?n'?t|do not|don'?t|dunno) (?:really )?know when\b|\bwhenever that (?:may be|might be|is|will be|'?ll be)\b|\b(?:god|who|lord) knows when\b|\bno clue when\b/,
      neg: 'ignore',
      surface: true,
    },
    {
      re: /\b(no|without( a| any)?|zero) (?:(?:info|information|details?|news|clue|idea|update) (?:on|about|re|regarding|as to|of) (?:the |any )?)?(?:(?:decision|start|firm|clear|fixed|real) )?(date|dates|timeline|timeframe|time frame|timescale|time scale|next steps?|next (?:round|stage)|mention of (next steps|a timeline|when)|word (on|about) (any |a )?(next steps?|timing|timeline|timeframe|when|dates?)|indication)\b/,
      neg: 'ignore',
    },
    {
      re: /\bno idea (if|when|whether|what)\b.{0,50}\b(stage|hear|next|step|round|decision|back)/,
      neg: 'ignore',
    },
    {
      re: /\bwithout (?:\w+ing )(?:(?:me|us|any|a) )?(?:when|how long|a date|a timeline|a timescale|a time ?frame|any timescale|any timeline|any date|any indication of when)\b|\b(no|not a|without a|without any|zero) (day|date|time|timescale|deadline|when|indication|clue|word) (given|mentioned|set|said|either)\b|\bno idea (when|what happens next|what'?s next|about next steps)\b|\b(?:no|zero) (?:idea|clue) (?:what|how) (?:happens|comes|the process is|the next step is|the plan is|it goes|things go) (?:now|from here|from now|after this|after that)\b|\bwithout (?:any|an|a) (?:idea|clue|inkling) (?:of |about |as to )?(?:when|what happens next|what'?s next|what comes next|(?:the )?next steps?|how long)\b|\bbut not when\b|\bnot (?:one|a|a single) word (?:on|about|as to|re) (?:when|timing|next steps|what happens next)\b|^\W*not when\W+not (?:how|what|who|whether)\b|\bwhen\s*\?\s*(?:dunno|no idea|who knows|no clue|not a clue|god knows|no one knows|nobody knows)\b|\bnot (said|say|tell (me|us)|mention|give|specify|indicate) (?:any |an? )?(when|how long|a date|a day|a time|a timeline|what the next|what happens|what'?s next|what the process|the next step)\b|\bnever (said|say|told me|mentioned) (when|how long|what happens next)\b|\bno (?:next|nxt) steps?\b|\bno mention of (when|what'?s next|what (?:comes|happens|happened|came|would happen|will happen) (?:next|now)|next steps?|a date|timing|(?:a |any )?timeline|(?:a |any )?time ?frame)\b|\bwho knows when\b|\(\s*when\s*\?|\bwhen though\s*\?|\bnothing (?:about|on|re:?) (?:when|what next|what'?s next|what happens next|what comes next|next steps|timing)\b|\bwithout knowing (?:how long|when|what happens)\b|\b(?:we|they)'?(?:ll| will) see\b.{0,20}\bat the end\b|\b(?:not|n't|never) say (?:if|whether|when) (?:they|i|we)'?d?\b|\bnot (said|say|mention|tell (me|us)) (anything|a thing|a word|much) about (when|next|timing|the next)\b/,
      neg: 'ignore',
    },
    // learner English without the verb's auxiliary: "No say when they call", "nobody tell me the day"
    {
      re: /\b(?:nobody|no one) (?:say|tell)s? (?:me |us )?(?:when|the day|the date)\b|(?:^|[.!?]\s*|\b(?:nobody|no one|he|she|they)\s+)(?:no|not) (?:say|tell|said|told)s? (?:me |us )?(?:nothing )?(?:about )?(?:when|the day|the date|what day|what next)\b(?![^.]{0,25}\bbut\b)/,
      neg: 'ignore',
      surface: true,
    },
    // "left without telling me anything about what happens next", "nobody said when I'd hear"
    {
      re: /\b(without|never|nobody|no one|didn'?t|did not|wasn'?t|was not|not)( (really|even|actually|once))? (tell\w*|told|say\w*|said|mention\w*|giv\w*|gave|explain\w*|a word|any word|be told|being told|receiv\w*|get|got|hear|heard)( (me|us|anyone))?( (anything|a thing|a word|much|any idea|any indication|any sense|any information|any info|any details?|information|info|details?|a clue))?( (about|on|of|as to|regarding))? (the )?(next steps?|what (happens|happened|happen|comes|came|come|would happen|will happen|was|is|be) (next|now)|what the next (step|stage) (is|was|would be|be|might be)|when (i'?d|i would|i'?ll|i will|we'?d|they'?d|they would|they'?ll|i might|to expect|a decision) ?(hear|know|get|find out|decide|be|make|come)?|a (timeline|timescale|date|decision date)|(the )?timing|the timeline)\b/,
      neg: 'ignore',
    },
    {
      re: /\b(nothing|not a word|never said|didn'?t say|didn'?t mention|did not mention|didn'?t tell|no one (said|mentioned)|nobody (said|mentioned|talked about))\b[^,;.]{0,45}\b(next steps?|(second|next) (stage|round)|what happen (next|now)|timeline|time ?frame|when (i'?d|i would|i'?ll|we'?d|they'?d|they would|they'?ll|they will) (hear|know|decide|be in touch|get back|call|ring|let)|decision|what happens (next|now)|the process)/,
      neg: 'ignore',
    },
    // the stage after this one missing from the close: "no word about a second round", "no information about the
    // further process", "without any word on whether there's a tech round", "nothing about what happens after today"
    {
      re: /\b(?:no|without (?:a |any )?|not (?:a|one) (?:single )?|nothing|zero) ?(?:real |further )?(?:word|mention|indication|info|information|details?|clue)?s? (?:at all |yet |whatsoever )?(?:about|on|of|as to|regarding|re|around) (?:(?:a|the|any|another|their) )?(?:(?:second|next|further|final|follow-?up|later|tech(?:nical)?|third) (?:round|stage|interview|step|part)s?|(?:further|next|hiring|selection|recruitment) process|process (?:from here|after this|going forward)|what (?:comes|happens|came|happened) (?:next|now|after (?:today|this|that|the interview))|whether (?:there'?s|there is|there will be|there'?ll be|there'?d be) (?:a |another |any |an? )?(?:[\w-]+ )?(?:round|stage|interview|step)s?\b)/,
      neg: 'ignore',
      surface: true,
    },
    // the close light on the next stage: "the ending was a little light on specifics about what comes next"
    {
      re: /\b(?:light|thin|short|sketchy|skimpy|sparse|hazy|fuzzy|vague|woolly|wooly|cagey|cagy) on (?:(?:the )?(?:specifics|details?|detail|info|information|particulars) )?(?:(?:about|on|re|regarding|as to|around) )?(?:the )?(?:timing|timelines?|timescales?|timeframes?|next steps?|what (?:comes|happens) next|the process from here|when (?:i'?d|i would|i'?ll|we'?d|they'?d|they would) (?:hear|know|get|find out))\b|\b(?:vague|cagey|cagy|evasive|non-?committal|unclear|fuzzy|woolly|hazy) (?:about|on|re|regarding|as to|over) what comes next\b/,
      neg: 'ignore',
      surface: true,
    },
    // no timeline laid out, the object a few words on: "recruiter didn't outline the rest of the loop or any timeline"
    {
      re: /\b(?:didn'?t|did not|never|wouldn'?t|would not|couldn'?t|could not) (?:really |even |actually )?(?:outline|mention|specify|indicate|explain|lay out|spell out|go over|go through|walk me through|talk about|touch on|cover)\b[^.;!?\n]{0,40}?\b(?:any|a|the) (?:timelines?|timescales?|timeframes?|time ?frames?|decision dates?|next steps?)\b/,
      neg: 'ignore',
      surface: true,
    },
    // hedged, the writer leaning that way: "I don't think they said anything about next steps?"
    {
      re: /\b(?:don'?t|do not) (?:think|remember|recall) (?:they|he|she|anyone|anybody|the (?:panel|interviewer|manager|recruiter)) (?:ever |even |actually )?(?:said|mentioned|told (?:me|us)|gave (?:me|us)?|brought up) (?:anything |a thing |a word |much )?(?:about |on |re )?(?:the |any |a )?(?:next steps?|timelines?|timescales?|timeframes?|timing|what happens next|when (?:i'?d|i would|i'?ll|we'?d|they'?d|they would) (?:hear|know|decide))\b/,
      neg: 'ignore',
      surface: true,
    },
    // the writer left without knowing what comes next: "dunno what happens next, they didn't say", "left not knowing
    // if I'm through to the next round", "still not sure if there's another round"
    {
      re: /\b(?:dunno|don'?t know|do not know|didn'?t know|did not know|not knowing|not sure|unsure|no idea|no clue|none the wiser)(?: (?:about|as to))? (?:what (?:happens|comes|'?s|is) next|what the next (?:step|stage) (?:is|was|would be|will be))\b|\b(?:left|leaving|walked out|came out|came away|went home|hung up)(?: \w+){0,2}? (?:not knowing|without knowing|none the wiser|with no (?:idea|clue)|clueless) (?:if|whether|when|what|about)\b[^.;!?\n]{0,40}?\b(?:next|round|stage|timeline|timing|hear|decision|through)\b|\b(?:still )?(?:not sure|unsure|no idea|dunno|don'?t know) (?:if|whether) (?:there'?s|there is|there will be|there'?ll be|i'?m through|i got through|i made it|i'?ll get) (?:a |another |the next |a second |a further |any )?(?:round|stage|interview|step)\b/,
      neg: 'ignore',
      surface: true,
    },
    // the ending told as what was missing: "No word on what happens next", "no mention of when they'd decide"
    {
      re: /\bno (?:real |further )?(?:word|mention|indication|info|information) (?:at all |yet )?(?:about|on|of|as to|regarding|re) (?:the )?(?:what (?:happens|comes|happened|came) (?:next|now)|next steps?|when (?:i'?d|i would|i'?ll|i will|we'?d|we would|they'?d|they would|they'?ll|they will|he'?d|she'?d) (?:hear|know|decide|get back|be in touch))\b/,
      neg: 'ignore',
    },
    // session 24: a goodbye in place of a next step: "just a 'cheers for coming in' and the door", "a thanks for your
    // time and out I went"
    {
      re: /\b(?:thanks?|thank you|cheers|ta) (?:for|4) (?:coming(?: in| down| along| by)?|your time|popping in|stopping by)\b[^.\n]{0,20}?\b(?:and|then) (?:the door|out (?:i went|the door|i go)|off i (?:went|go)|shown (?:out|the door)|showed me (?:out|the door))\b/,
      who: 'any',
      surface: true,
      neg: 'ignore',
    },
  ],
};
