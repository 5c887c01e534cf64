import type { SignPatterns } from '../detect/types.js';

/**
 * The interview still ahead in the same sentence: "interview in 2 hours and I'm shaking", "my
 * interview is tomorrow and I'm so nervous". Dread before it is worry, not nerves that showed.
 */
const AHEAD = String.raw`(?<!\binterview(?:'s| is)? (?:in (?:an?|\d+|one|two|three|a few|a couple of) (?:hours?|hrs?|mins?|minutes)|tomorrow|tmrw|tonight|later today)\b[^.!?\n]{0,30})`;

/**
 * Nerves named but not shown: "I was not, in my own assessment, nervous", "I did not, so far as I can
 * tell, appear nervous", "I keep thinking I talked too fast", "maybe I looked nervous"; nor dread
 * before an interview still ahead.
 */
const NOT_SHOWN =
  AHEAD +
  String.raw`(?<!\bi (?:was|am|'m|did|do|felt|feel|got|seemed|looked|appeared)(?: not|n'?t)\b(?:(?!\bi (?:was|felt|got|am|'m)\b)[^.;!?]){0,40}?)(?<!\b(?:keep|kept|keeps|can'?t stop|cannot stop) (?:thinking|wondering|worrying|replaying|feeling|asking myself)(?: it)?(?: that| if| whether)?(?: maybe| perhaps)? i (?:\w+ )?)(?<!\b(?:maybe|perhaps|possibly|might have|may have|might've|may've|in case) i (?:\w+ )?)`;

/**
 * Worry before or after the interview: "nervous the night before", "nerves in the car park", "nervous before this" (said in the call),
 * "my nerves were through the roof before it started", "nervous that the next one will be the same".
 */
const BEFORE = String.raw`(?:before(?=,? (?:but|and|though|yet)\b|[.,;!?]|$)|the (?:night|day|evening) before|(?:all|that) (?:morning|week|night)|beforehand|before (?:it|the interview|going in|i went in|we started|the call|hand|this|today|now)|this morning|last night|on the (?:way|train|bus|drive|tube)|in the (?:car|car park|waiting room|lobby|reception|queue)|(?:going|go|walking|walk) in|while (?:i was )?waiting|waiting (?:in|at|outside|for (?:my|the|them|him|her|it|ages|an hour))|when (?:i )?(?:got|received|heard|saw|read|opened) (?:the |an |a |their |that )?(?:invitation|invite|call|email|e-mail|letter|news|message)|afterwards|after (?:it|the interview|the call|i left)|the whole (?:week|night|weekend) before|for nothing|over nothing|by (?:the )?(?:traffic|train|trains|bus|journey|commute|parking|rain|weather|delays?|lift|directions)|(?:about|over) (?:the )?(?:result|outcome|decision|email|call)|about (?:hearing|the (?:result|outcome|decision|call|email|next round)|what they|whether|if)|for (?:the (?:result|outcome|decision|call|next round)|tomorrow|next week|round two)|that (?:it|they|this|the next one|i|she|he)(?:'ll| will| won'?t| might| may| would| could| is going to| are going to))\b`;

/** The candidate's own nerves or unpreparedness, as shown: clammy hands are felt, not shown (corpus README, c219). Cues about someone else ("she was nervous") are dropped by subject. */
export const candidateNerves: SignPatterns = {
  id: 'candidate-nerves',
  cues: [
    {
      re: new RegExp(
        String.raw`(?<!\bthe )(?<!\bthe (most|real|big) )${NOT_SHOWN}(?<!\b(?:deal\w*|cop\w*|manag\w*|handl\w*|control\w*|overc[oa]m\w*|calm\w*|settl\w*) (?:with )?(?:my |your |the |any |their )?)\b(over[- ]?explain\w*|flustered|panic|panicked|panicking|tongue[- ]tied|jittery|rattled|frazzled|choked(?! on (?:my|a|the|some|his|her) (?:\w+ )?(?:coffee|tea|water|drink|food|sandwich|biscuit|lunch|breakfast|toast|crisps|gum|mint|croissant))|stammer\w*|stutter\w*|fumbl\w*|stumbl\w*(?! upon\b| across\b| on(?:to)? (?:this|a|an|the|my|your) (?:blog|site|website|page|post|thread|article|forum|ad|advert|listing|posting|vacancy)\b)|rambl\w*|waffl\w*|rabbit\w* on|witter\w*|blather\w*|prattl\w*|blabber\w*|fluff\w*|babbl\w*|word vomit|messed up|mess up|messing up|botch\w*|(?<!\b(?:thought|think|felt|feel|sure|convinced|worried|figured|assumed|guess\w*|reckon\w*|paranoia|fear|fears|worry|feeling) (?:that )?i'?d? (?:had |have )?(?:totally |completely |just )?)bombed|blanked|blanking|drew a blank|draw a blank|went blank|go blank|going blank|froze up|i froze|i freeze|i was frozen|my face was on fire|went (bright )?red|going red|go red|turned red|brain fog|brain freeze|deer in (the )?headlights)\b(?!(?<=\b(?:panic\w*|flustered|jittery|rattled|frazzled))(?: \S+){0,3}? ${BEFORE})(?! inside\b| (?:on )?(?:to|at) (?:my|a) (?:mum|mom|mam|dad|friend|partner|wife|husband|sister|brother|mate|flatmate|roommate|bf|gf|boyfriend|girlfriend|family|therapist)\b)`,
      ),
      who: 'candidate',
      surface: true,
    },
    // the feeling named: not when it is before or after the interview ("nervous the night before"), nor asked about,
    // nor a habit ("that's just what I do when I'm nervous"), nor a mild one ("slightly nervous", "a bit nervous":
    // felt, not shown, by the corpus README; real stories tell them beside answers that went fine)
    {
      re: new RegExp(
        String.raw`(?<!\bthe )(?<!\bthe (most|real|big) )${NOT_SHOWN}(?<!\b(?:deal\w*|cop\w*|manag\w*|handl\w*|control\w*|overc[oa]m\w*|calm\w*|settl\w*) (?:with )?(?:my |your |the |any |their )?)(?<!\bwhen(?:ever)? (?:i'?m|i am|i get|i feel) (?:\w+ )?)(?<!\b(?:sound|sounds|sounding|come across|coming across) (?:like )?(?:a |an |such a )?)(?<!\b(?:slightly|somewhat|mildly|a little|a bit|a tad|a touch|a wee bit|kind of|kinda|sort of|a little bit) )(?<!\b(?:reason|right|need|cause) to (?:be|feel|get) )\b(?!nervous (post|thread|update|message|wait)\b)(nervous|nervousness|nerves)\b(?! inside\b)(?!(?<=\bnerv\w{0,8})(?: \S+){0,5}? ${BEFORE}|(?<=\bnerves) ?\?)`,
      ),
      who: 'candidate',
      surface: true,
      // session 25: "me forgetting I was supposed to be nervous": the nerves forgotten
      notAt:
        /(?<=\bforg[eo]t\w* (?:that )?(?:i (?:was|were|am|'m) )?(?:(?:supposed|meant) to (?:be|feel) |to (?:be|feel|get) |about (?:being |my )?))/y,
    },
    {
      re: new RegExp(
        AHEAD +
          String.raw`(?:${/\b(i was|i'?m|i am|i got|i felt|i be|my (hands?|voice|legs|knees)( \w+){0,2}) (so |really |visibly |a bit |bit |literally |still |quite |actually |audibly )*(shaking|shaky|trembling|cracked|cracking|wobbly|wobbling|quivering|shook|trembled|wobbled|quavered|quavering)\b(?! inside\b)|\bmy (?:voice|hands?|legs|knees|mouth|lips|jaw) (?:(?!would |will |might |could |may )\w+ ){0,2}?(?:shook|trembled|wobbled|cracked|quavered|shake|shaking|tremble|trembling|went (?:all )?(?:shaky|wobbly|squeaky|high))\b/.source})`,
      ),
      surface: true,
      worryOk: true,
      neg: 'ignore',
    },
    {
      re: new RegExp(
        String.raw`${NOT_SHOWN}(?:\b(talking|talked|speaking|spoke|speak|talk|speaks|talks) (way |far |much |so |very |a bit |a little |really )?too (fast|quick|quickly)\b|\b(?:mixed|mix|muddled|muddle|got|get) up (?:the|their) (?:\S+ ){0,4}?names?\b|\b(?:said|saying|say) the same (?:thing|point|stuff) (?:twice|again|over and over|three times)\b|\brepeat\w* myself\b|\bcould hear myself (?:rambling|going on|waffling|babbling|talking in circles)\b|\b(?:my answers? (?:were|was)|i was) (?:all over the place|a (?:total |complete |bit of a )?mess|a wreck)\b(?!,?(?: \S+){0,2}? ${BEFORE})|\bknew (?:nothing|very little|next to nothing|zilch) about (?:the company|them|their|the firm|the business|the school|the trust|what they)\b|\b(?:couldn'?t|could not) (?:remember|think of|recall) (?:anything|a thing|a single thing|my own|a single (?:example|answer|word)|an? (?:answer|example|single example)|any (?:good |decent |real )?(?:examples?|answers?))\b|\b(?:had|have) no idea what (?:the company|they|the firm|the business|the organi[sz]ation|the charity|the school) (?:actually |even |really |exactly )?(?:do|did|does|made|make|makes|sell|sold|sells)\b(?! (?:with|to|next|about|after|then)\b)|\bmade (?:a (?:complete |total |right |bit of a )?(?:fool|idiot|mess|hash) of (?:myself|it|the (?:interview|answer|question)))\b|\bflubb?(?:ed|ing)?\b)`,
      ),
      who: 'candidate',
      surface: true,
    },
    {
      re: /(?<!\b(?:probably|maybe|perhaps|must have|might have|may have) )\b(?:said|say|says|saying) (um|uh|erm|uhm|umm|ehm|eh|like|sorry) (?:about |like |literally |probably |maybe |at least |over )?(a (hundred|million|thousand|dozen|gazillion|zillion|billion)|(?:six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of|dozens of)|so many|too many|many|loads of|lots of|\d+) times\b|\b(didn'?t|don'?t|did not|do not) think i (made|make) (any )?sense\b|\bcalled (the|them|their|it) \w*( \w+)? by (the wrong|their (competitor|rival)'?s|the (competitor|rival)'?s|another|a different|the old)\b|\b(got|get|said) (the|their) (company|firm|company'?s|brand'?s?) name wrong\b|\b(?:got|get|said|spelled|spelt|pronounced) (?:the|their) (?:\S+ ){0,2}?names? (?:of (?:the|their|his|her) \w+ )?wrong\b|\bwrong (company )?name\b/,
      who: 'candidate',
      surface: true,
    },
    {
      re: /\b(hadn'?t|had not|haven'?t|didn'?t|did not|never) (even )?(installed|downloaded|used|tried|read|looked at|checked|researched|looked up|visited)\b.{0,20}\b(it|their|the (app|product|website|site|company|annual report|job description))\b/,
      who: 'candidate',
      neg: 'ignore',
      surface: true,
    },
    {
      re: /\b(lose|lost|losing) (my |the )?(train of thought|thread|track|words|place|composure|nerve)\b|\b(?:had|got|have|get|having|getting) (?:a |an |such a )?(?:major |total |complete |massive |bit of a |real )?mental block\b|\b(?:went|gone|flew|slipped|vanished) (?:clean |right |straight |completely |totally |clear )?out of my (?:head|mind)\b|\bi (?:was|went) (?:a bit |completely |totally |rather |all )?(?:all over the place|round the houses|around the houses)\b|\b(?:completely|totally|mind|just) (?:went |go |going )?blank\b|\bforg[eo]t(?:ten)? (?:everything|it all|all (?:of )?(?:it|my answers|what i (?:had )?prepared?|i (?:had )?prepared?))\b|\b(?:said|say|used|mention\w*) (?:the|their) (?:wrong|competitor'?s?|rival'?s?) (?:\w+ )?name\b|\b(?:gave|give|giving) (?:some |a |the |two |a few )?wrong answers?\b|\b(?:say|said|saying) (?:um|uh|erm) a lot\b|\bface (?:was |is )?(?:burning|on fire)\b|\bagitated\b|\btensed\b|\bhands? (?:were |was )?(?:shaking|trembling)\b|\b(?:mind|brain|head) (?:just |totally |completely |fully |kind of |kinda |literally )?(?:go|went|going|goes|gone|was|turned) (?:totally |completely |fully |just |all |literally )?(?:blank|empty|white|to mush|to jelly)\b|\b(?:mind|brain|head) (?:just |totally |completely |kind of |kinda |literally )?(?:switched off|switch off|shut down|stopped working|short[- ]circuited|stalled|melted|turned to mush|went to mush|crashed|glitched|went offline|left the building|checked out)\b|\b(it )?(just )?(go|went) (out of|from) my head\b|\bgone out of my head\b|\btrip\w* over my words\b/,
      who: 'candidate',
    },
    {
      // not absorption: "we both forgot the clock", "forgot the time we were having so much fun"; not a habit ("I always forget the details")
      re: /(?<!\b(?:we|both|both of us|we both|we'd both|we had both) )(?<!\b(?:always|usually|often|sometimes|normally|tend to) )\b(forgot|forget|forgetting|couldn'?t remember|could not remember|did not remember|didn'?t remember|couldn'?t recall|couldn'?t name|could not name)\b(?! (?:about )?(?:the |all about the |what )?(?:time|clock|hour|we were|where we were|it was an interview|it was a job interview|i was (?:in|being) (?:an|interviewed)))(?! (?:all )?about (?:the|my) nerves)(?! (?:my|his|her|their|the) (?:umbrella|keys|key|wallet|purse|coat|jacket|bag|lunch|charger|glasses|badge|lanyard|pass|passport|laptop|water bottle|bottle|scarf|hat|gloves|headphones)\b).{0,40}\b(name|product|company|sector|question|what|their|the|grade|figure|number|word|words|ceo)\b/,
      who: 'candidate',
    },
    {
      re: /\b(didn't|did not|don't|do not|couldn't|could not|not) (really |even |actually )?(know|find|name|say|tell (?:him|her|them|the \w+)|explain|answer) (much |anything |a lot |enough )?(about )?(the company|their (product|customer|client|business|mission|values|ceo|app|services?|competitors)|what (they|their \w+|the company) (actually |even )?(do|does|did|sell|sells|make|makes)|who (their|your) (main )?(customers|clients|competitors))/,
      who: 'candidate',
      neg: 'ignore',
    },
    // the blank as a verb: "I did blank once", "then blanked on", "I blank completely on the second question"
    // ("trying not to blank" is negated, "what if I blank" is worry)
    {
      re: /\b(?:i|did|then|and|just|totally|completely|kinda|kind of|sort of) blank(?: out)?(?= on\b| once\b| twice\b| completely\b| totally\b| for a\b| at (?:the|one|some|that)\b| when\b| halfway\b| mid\b| a (?:couple|few) (?:of )?times\b)/,
      who: 'candidate',
      surface: true,
    },
    // slips in a second language, and fillers heaped up: "I make mistakes in my English", "my English become very bad",
    // "I mix English and Spanish words", "ummed and ahhed", "lots of ums", "I say sorry many times" (the said-um cue above)
    {
      re: /\b(?:make|makes|made|making) (?:\w+ ){0,2}?(?:mistake|mistakes|errors) (?:in|with) (?:my |the )?(?:english|grammar|french|german|spanish|italian|dutch|language|pronunciation|words)\b|\bmy (?:english|french|german|spanish|italian|dutch|grammar|japanese|mandarin|words|sentences) (?:\w+ )?(?:become|became|becomes|got|get|went|go|was|were|getting|turned) (?:very |so |really |all |a bit |a little |more |totally |completely |quite )?(?:bad|terrible|worse|broken|wrong|jumbled|muddled|mixed up|confused|stuck|awful|horrible|poor|messy|a mess)\b|\bmix(?:ed|ing|es)? (?:up )?(?:english and \w+|\w+ and english|my languages|the languages|two languages|languages)(?: words)?\b|\bumm?(?:ed|ing|'d|-ed|-ing) and (?:a+h+|e+r+|uh+)(?:ed|ing|'d|-ed|-ing)\b|\b(?:lots|loads|plenty|a lot|full|so many|too many|a ton|tons|a million|hundreds|dozens) of (?:ums|umms|uhs|erms|errs|ahs)\b/,
      who: 'candidate',
      surface: true,
    },
    // speech that failed or ran on: "couldn't get my words out", "could barely speak", "answers came out jumbled",
    // "talked way too much", "went on and on" (not the interviewer's, not "we talked too long")
    {
      re: /\b(?:couldn'?t|could not|could barely|could hardly|can'?t|cannot|barely could|hardly could|couldnae|cannae|cudnae|no fit|couldn|cyaan|cudn'?t) (?:\w+ )?(?:get (?:my|the) words (?:out|oot)|remember wetin|get a word out|speak|talk properly|string (?:a|two) (?:\w+ )?(?:sentence|sentences|words) together|form (?:a )?(?:sentence|sentences)|think straight|answer (?:the |a |even |simple |basic )*(?:simple |basic |easy )?questions?)\b|\b(?:my )?(?:answers?|words|sentences|it all|everything) (?:just )?(?:came|come|coming) out (?:all |completely |totally )?(?:jumbled|wrong|garbled|muddled|backwards|in the wrong order|a mess|weird|messy|mangled|scrambled)\b|\bword salad\b|\bwords (?:just |simply )?(?:wouldn'?t|would not|didn'?t|did not|won'?t) come(?: out)?\b|\bmumbl\w* (?:through |my way through )?(?:most of |all of |half of |some of |the rest of )?(?:my |the )?(?:answers?|responses|replies|intro|introduction|words|way through)\b|\b(?:my )?(?:head|mind|brain|thoughts) (?:was|were|went|be|is|got) (?:all )?(?:scatter(?:ed)?|all over the place|everywhere|a mess|mush|jelly|fried|foggy|fuzzy)\b|(?<!\bwe (?:\w+ )?|\b(?:am|was|were|are|do|did) (?:i|we) (?:\w+ )?)\b(?:talk\w*|spoke|speak\w*|waffl\w*) (?:way |far |much |a bit |so |really )?too much\b|\b(?:went|go|going|kept going) on and on\b|\bcouldn'?t stop (?:talking|myself|rambling|babbling)\b|\bover-?shar\w*\b/,
      who: 'candidate',
      neg: 'ignore',
      surface: true,
    },
    // nerves that arrived in the room, told in the past: "it wasn't just her, I got really nervous" (a "not" in the
    // clause before is not this clause's; "I didn't get nervous" has no "I got" and does not match)
    {
      re: new RegExp(
        String.raw`${NOT_SHOWN}\bi (?:got|became|grew) (?:really |so |very |super |incredibly |quite |extremely |more and more |increasingly |pretty )?(?:nervous|flustered|rattled|jittery)\b(?!(?: \S+){0,3}? ${BEFORE})`,
      ),
      who: 'candidate',
      neg: 'ignore',
      surface: true,
    },
    // questions that beat the candidate, and feedback that the nerves showed: "some of their questions stumped me",
    // "said I lacked confidence", "came across as nervous"
    {
      re: /\b(?:stump|stumps|stumped|floor|floors|floored) me\b|\bi (?:was|be|got|get) (?:completely |totally |a bit |really |utterly |well and truly )?(?:stump|stumped|floored)\b/,
      who: 'any',
      surface: true,
    },
    {
      re: /\b(?:lacked|lack|lacking|lacks) (?:in )?(?:confidence|self[- ]confidence|composure)\b(?! in (?:my|me|the|him|her|them|their)\b)|\bcame across as (?:\w+ )?(?:nervous|unconfident|under[- ]?confident|anxious|timid|flustered)\b/,
      who: 'candidate',
      surface: true,
    },
    // legs that gave way: "my knees buckled"
    {
      re: /\bmy (?:knees?|legs?) (?:\w+ )?(?:buckl\w*|gave way|give way|went (?:weak|wobbly|to jelly)|turned to jelly|turn to jelly|were (?:like )?jelly|be (?:like )?jelly)\b/,
      who: 'candidate',
      surface: true,
    },
    // hands that could not keep still: "kept fiddling with my pen", "fidgeting the whole time" (not the interviewer's pen)
    {
      re: /\b(?:fidget\w*|fiddl\w* with (?:my|the) \w+|wring\w* my hands|bouncing my (?:leg|knee)s?|tapping my (?:foot|feet|pen|fingers)|playing with my (?:hair|pen|ring|rings|sleeves?|necklace|lanyard)|picking at my (?:nails|sleeves?|fingers))\b/,
      who: 'candidate',
      surface: true,
    },
    // the accident that shows nerves, and tears: "knocked my coffee over", "burst into tears" (not afterwards in the car)
    {
      re: /\b(?:knock\w*|spill\w*|spilt|tipp\w*) (?:over )?(?:my|the|a|their|his|her|a full|the whole) (?:\w+ )?(?:water|coffee|tea|glass|cup|drink|mug|bottle|jug)\b|(?<!\b(?:home|car|outside|afterwards|after|later|then|bus|train) (?:and )?(?:i )?(?:just )?)\b(?:start\w* crying|burst into tears|teared up|welled up|was in tears|broke down in tears|started to cry|began to cry)\b(?! (?:\w+ ){0,3}?(?:after|afterwards|in the car|on the (?:way|bus|train|drive)|at home|when i got home|later|laughing|of (?:joy|relief|happiness)|with (?:joy|relief|happiness)))/,
      who: 'candidate',
      surface: true,
    },
    // the company confused with another: "I confuse the name of the company with another one", "mixed them up with their competitor"
    {
      re: /\bconfus(?:e|ed|es|ing) (?:the|their|them|it) (?:\S+ ){0,5}?with (?:another|a different|the wrong|their (?:competitor|rival)|a competitor|a rival|the competitor|the rival|the other)\b|\bmix(?:ed|ing)? (?:them|it|the company|the (?:firm|brand|name)) up with (?:another|a different|the wrong|their (?:competitor|rival)|a competitor|a rival|the competitor|the rival|the other)\b/,
      who: 'candidate',
      surface: true,
    },
    // freezing up: "I totally froze when she asked", "froze on the first question", "my brain just froze"
    {
      re: /\b(?:totally|completely|just|kinda|kind of|sort of|literally|actually) (?:froze|freeze|frozen)\b|\b(?:froze|freeze|frozen) (?:up|completely|totally|solid|on (?:the|a|her|his|their)|when (?:she|he|they)|like a)\b|\b(?:brain|mind|head) (?:\w+ )?(?:froze|freeze|frozen)\b/,
      who: 'candidate',
      worryOk: true,
    },
    // nerves said not to show take one back: "i was SHAKING inside but i dont think it showed"
    {
      re: /\b(?:don'?t|dont|didn'?t|didnt|did not|do not) think (?:it|they|he|she|anyone|anybody|the panel) (?:show\w*|notic\w*|could tell|saw|picked up on it)\b|\b(?:it|they|my nerves) (?:didn'?t|did not|never) (?:show|come through)\b|\b(?:nobody|no one|noone) (?:noticed|could tell)\b|\bhid (?:it|them|my nerves) (?:well|ok|okay|fine|pretty well|really well)\b|\b(?:didn'?t|didnt|did not|never) (?:let (?:it|them) )?show (?:it|them)\b|\b(?:kept|held) it (?:all )?together\b|\b(?:don'?t|dont|didn'?t|didnt|did not|do not) think (?:it|that|they|any of it) came across\b|\b(?:it|they|my nerves) (?:didn'?t|didnt|did not|never) (?:come|came) across\b/,
      weight: -1,
      neg: 'ignore',
      worryOk: true,
    },
    // nerves explained by what was only felt take one back: "so nervous my palms were sweating", "nervous, heart pounding"
    // (clammy hands are felt, not shown; shaking hands or a cracking voice are shown and stay)
    {
      re: /\b(?:nervous|nerves|anxious)\b,?(?: that| and| i could feel| with)?,? (?:my |i had |i could feel my )?(?:(?:hands|palms) (?:were |was |got |went |all )?(?:so |really |a bit |very |all )?(?:sweat\w*|clammy|damp|wet|cold)|heart (?:was )?(?:pounding|racing|thumping|hammering|beating)|stomach (?:was )?(?:churning|in knots|doing (?:flips|somersaults))|butterflies)\b/,
      weight: -1,
      neg: 'ignore',
      worryOk: true,
      surface: true,
    },
    {
      // not someone else's lack of preparation: "the hiring manager was not prepared whatsoever"
      re: /(?<!\b(?:he|she|they|manager|interviewer|interviewers|recruiter|panel|boss|director|chef|head|lead|host|hr|person|man|woman|guy|lady|team|company|firm|school|everyone|both|nobody)(?: [\w'-]+){0,3} (?:be|was|were|is|are|seem|seemed|seems|look|looked|looks|appear|appeared|appears|sound|sounded)(?: (?:very|really|so|totally|completely|clearly|obviously|quite|a bit|just|also|equally))? )\b(unprepared|underprepared|under-prepared|ill[- ]prepared|poorly prepared|badly prepared|not prepared|didn't prepare|didn't do my homework|hadn't prepared)\b|\b(?:zero|hardly any|barely any|not enough) (?:research|prep|preparation)\b|\b(?:did|had done|'d done) (?:no|zero|little|hardly any|barely any) (?:research|prep|preparation|homework)\b/,
      who: 'candidate',
      neg: 'ignore',
    },
    // told the way real writers tell it: nothing to ask when the moment came ("couldn't think of a single question to
    // ask", "stage fright"), the company's name got wrong, the missing homework that surfaced ("my lack of research
    // on the company came into view")
    {
      re: /\bcould(?:n'?t| not) (?:think of|come up with) (?:a single|any|one|even one|anything|a)(?: (?:new|good|decent|sensible|intelligent|smart|other|more))? (?:question|questions|thing to ask|answer|example|word)s?\b|\bstage fright\b|\bmispronounc\w* (?:the |their |its |her |his )?(?:company'?s |firm'?s |school'?s |store'?s |shop'?s |interviewer'?s |manager'?s |[\w-]+ )?names?\b|\bmy (?:total |complete |obvious |utter )?lack of (?:research|preparation|prep|homework|reading)\b/,
      who: 'candidate',
      surface: true,
    },
    // said aloud: not having looked them up, "I didn't get a chance to look at the website properly", "I'm not sure what you do";
    // not a story of a slip at work ("because I didn't check the care plan")
    {
      re: /\b(?:didn'?t|did not|haven'?t|have not|hadn'?t|had not) (?:really |actually |properly |even )?(?:get|have|had|find|got) (?:a chance|the chance|time|round|around) to (?:look|read|research|check|prepare|prep|go through)\b|\b(?:didn'?t|did not|haven'?t|have not|hadn'?t|had not) (?:really |actually |properly |even )?(?:look\w*|read|research\w*|check\w*|prepar\w*) (?:at |up |into |on )?(?:your|you|much about|the (?:\w+ )?(?:company|firm|business|website|site|web ?page|careers|job (?:description|advert|ad|spec)|advert|role|annual report|brief|linkedin|organi[sz]ation|charity|school|trust|practice|team page))\b|\b(?:i'?m|i am) not (?:too |that |very |really |entirely )?(?:sure|familiar)(?: with)? (?:what|who|about|with) (?:you|your|the company|the firm|the business)\b/,
      says: 'candidate',
      neg: 'ignore',
      surface: true,
    },
    {
      // the feeling said aloud ("I'm a bit nervous") is transcript-cues' half cue: said is not shown
      re: /\b(completely )?blank(ed|ing)\b|\b(?:gone|go|went|going) (?:completely |totally |a bit |just )?blank\b|\bgone out of my head|\bnot sure who your|\bcouldn't find much\b|\bcould not find much\b|\bsorry,? (i'm|i am) (blanking|lost)/,
      says: 'candidate',
    },
    // recall21: the mind gone, in more words: "mind went a bit blank", "my brain just went offline", "my mind is empty"
    {
      re: /\b(?:my |me )?(?:mind|brain|head) (?:just )?(?:went|go|goes|going|gone) (?:a bit |a little |kind of |sort of |completely |totally |utterly |fully |just |all )?(?:blank|empty|offline|to mush|to jelly|numb|walkabout|awol|missing)\b|\bmy (?:mind|brain|head) (?:is|was|be|became|become) (?:\w+ )?(?:empty|blank)\b/,
      surface: true,
      who: 'candidate',
    },
    // shown nerves: "hands were visibly shaking", "bottled it", "couldn't stop fidgeting",
    // "I repeat the same thing two times", "voice wobbly"
    {
      re: /\b(?:hands?|legs|knees|voice) (?:were|was) (?:visibly |literally |actually |noticeably |physically |still |so |really )*(?:shaking|trembling|shaky|wobbly|quivering)\b|\bvoice,? (?:all )?(?:wobbly|shaky|trembling|cracking|quivering|wavering)\b|\bbottled it\b|\b(?:couldn'?t|could not|can'?t) stop (?:fidgeting|shaking|stammering|stuttering|babbling|rambling|blushing|giggling|trembling)\b|\brepeat(?:ed|ing)? (?:myself|the same (?:thing|point|answer|story|example)s?)\b|\bcouldn'?t find my way back\b/,
      surface: true,
      neg: 'ignore',
      who: 'candidate',
      worryOk: true,
    },
    // not knowing the company's basics: "didn't even know who their main competitor was"
    {
      re: /\b(?:i )?(?:didn'?t|did not) (?:even )?know (?:who|what) (?:their|the company'?s|the firm'?s) (?:main |biggest |key )?(?:competitors?|rivals?|products?|ceo|founder|mission|clients?|customers?|services?) (?:was|were|is|are)\b/,
      surface: true,
      neg: 'ignore',
      who: 'candidate',
    },
    // preparation missing and shown: "I hadn't prepped, didn't even know what the current exhibition was", "couldn't
    // remember the name of their CEO", "I was bad prepared"
    {
      re: /\bi (?:had ?n'?t|had not|didn'?t|did not) (?:really |even |properly |actually )?(?:prep(?:ped|ared)?|prepare|research(?:ed)?|read up)\b(?! (?:much|a lot|loads|too much)\b)|\b(?:i was|i'?m|i am|i be) (?:so |very |really |totally |completely )?(?:bad|badly|poorly|not|under)[- ]?prepared\b|\b(?:couldn'?t|could not|can'?t) (?:even )?remember (?:the name of )?(?:their|the company'?s|the firm'?s) (?:main )?(?:ceo|founder|md|chief executive|competitors?|products?|mission|values|clients?)\b|\bforgot (?:the name of )?(?:their|the company'?s|the firm'?s) (?:ceo|founder|md|chief executive|main product|mission)\b/,
      surface: true,
      neg: 'ignore',
      who: 'candidate',
    },
  ],
};
