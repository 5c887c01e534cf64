import type { SignPatterns } from '../detect/types.js';
import { NOT_STAFF, NOT_TEAM_CLAUSE } from './positive-atmosphere.js';

// "worried they'd laugh at me" is a forecast, "I could have answered with witty banter" what did not happen;
// laughter that happened skips the worry check
const HAPPENED =
  "(?<!\\b(?:would|might|will|could|may|to|not|gonna|wo|'d|'ll)(?: \\w+){0,2} )" +
  "(?<!\\b(?:could|would|might|should|must)(?: not| ?n't)? (?:have|'ve|of)(?: \\w+){0,5} )";
// "I asked about the culture and she laughed and said 'you'll see'": a laugh that answers a culture question is a brush-off
const NOT_BRUSH_OFF =
  "(?<!\\bask\\w*\\b[^\\n]{0,100}\\b(?:culture|values?|work there|working there|work here|how (?:they|you|it|the team|people|everyone) work|what it(?: be|'s| is) like|what (?:the |your |their )?(?:team|place|company|office|firm|department) (?:be|was|is|'s) like|how (?:decisions?|things?) (?:get|are|be) (?:made|make|decided|decide)|ambiente|dynamics|environment|atmosphere|(?:good|great|nice) place to work|(?:like|liked|enjoy|enjoyed|love|loved) about (?:working|work|it|the (?:job|place|company))|best (?:thing|part) about (?:working|work|the job))\\b[^\\n]{0,120})";
// the candidate's own nervous laugh is not the room laughing (nor is being laughed at: "laughing at me");
// nor is a kind laugh over a slip ("laughed and said don't worry"), a laugh at none of the jokes, a half laugh or one alone
const NOT_MY_LAUGH =
  "(?<!\\b(?:i|i'm|im) (?:just |only |even |also |nervously |awkwardly |kind of |sort of |be )?)" +
  // "I just said 'houses?' and laughed": the writer's own laugh after their own words
  '(?<!\\bi (?:just |then |only |kind of |sort of )?(?:said|say|answer(?:ed)?|repl(?:ied|y)|blurt(?:ed)?|shrug(?:ged)?|mumble(?:d)?)\\b[^.!\\n]{0,40}\\b(?:and|then) )';
/**
 * Laughter that did not happen in the room: a try that fell flat ("I tried to get a bit of a laugh going"), the
 * writer's sarcasm ("well, that was a barrel of laughs"). ("It was a laugh" may be meant either way, and stays.)
 */
const NOT_IRONY =
  '(?<!\\btr(?:y|ied|ying|ies) to (?:\\w+ ){0,5})' + '(?<!\\b(?:barrel|bundle|bag|laugh riot|riot) of )';

/**
 * Laughter that is not shared with the candidate: a laugh marked as strained ("an awkward laugh", "a polite laugh",
 * "nervous laughter"), one at the laugher's own jokes, the panel laughing among themselves ("they were joking
 * with each other before I came in"), and a joke that "usually gets a laugh" but "got nothing". Used right before
 * the laugh word.
 */
const NOT_UNSHARED =
  '(?<!\\b(?:awkward|nervous|polite|forced|fake|uncomfortable|strained|hollow|tight|embarrassed|tense|pained)(?:ly)? (?:little |bit of (?:a )?|kind of (?:a )?)?)' +
  '(?![a-z]*\\b[^.\\n]{0,30}\\bat (?:his|her|their) own (?:jokes?|stor(?:y|ies)|puns?|quips?)\\b)' +
  '(?!(?<=\\b(?:they|panel|panellists|interviewers|two of them|both of them|others|staff|colleagues)\\b[^.\\n]{0,40})[a-z ]{0,30}\\b(?:with each other|to each other|among(?:st)? themselves|between themselves)\\b)' +
  '(?<!\\b(?:usually|normally|always|often|generally) (?:gets?|got|earns?|draws?) (?:a |some )?(?:big |good )?)' +
  '(?![a-z]*\\b[^.\\n]{0,25}\\b(?:and|but) (?:i )?(?:got|get|gets) (?:nothing|silence|zilch|crickets|a blank|blank (?:looks|stares|faces)|no reaction)\\b)';

/** Laughter after mockery ("every question was mocked, and roaring laughter followed") is at the candidate. */
const NOT_MOCKING =
  '(?<!\\b(?:mock(?:ed|ing|s)?(?! (?:interviews?|exams?|tests?|trials?|assessments?|negotiations?|presentations?|ups?)\\b)|ridicul\\w*|made fun of|making fun of|sneer\\w*)\\b[^.!?\\n]{0,80})';

/**
 * Two-way, relaxed, laughter. The writer's own "lol" or 😂 is not laughter in the room, so notes
 * need the laughing to be part of the story; in transcripts "ha" said aloud counts, weakly.
 */
export const engagingConversation: SignPatterns = {
  id: 'engaging-conversation',
  cues: [
    {
      re: new RegExp(
        `${NOT_STAFF}${NOT_TEAM_CLAUSE}${HAPPENED}${NOT_BRUSH_OFF}${NOT_MY_LAUGH}${NOT_IRONY}${NOT_MOCKING}${NOT_UNSHARED}(?<!\\bhalf\\W{1,3})\\b(?:laugh|laughed|laughing|laughs|laughter|joking|joked|joke around|joked around|banter\\w*|giggl\\w*|chuckl\\w*|in stitches|in fits|creas\\w* up|crack\\w* up|crack\\w* (?:a few |some )?jokes|(?:make|made|making|share|shared|swap\\w*|trade\\w*) (?:a few |some |lots of |a couple of )?jokes|had a (?:good |real )?laugh|good laugh|a giggle|in hysterics|fell about|falling about|in (?:bits|tatters)(?= (?:at|over|laughing)\\b)|(?:have|had|having|leave|left|get|got) (?:me|us|her|him|them|everyone|the (?:whole )?(?:panel|room)) in (?:bits|tatters|hysterics|fits|stitches))\\b(?<!\\bthe banter)(?!(?: kindly| gently| softly| nicely)?,?(?: and| but| then)?(?: (?:said|say|says|told me|went|was like))?\\W*(?:don'?t worry|do not worry|no worries|never mind|not to worry|it'?s (?:ok|okay|fine|alright|all right|normal)|we carried on|moved on)\\b| (?:at none|alone)\\b)(?! (?:it off|to (?:himself|herself|themselves)|at (?:me|the candidate|my expense)\\b))`,
      ),
      worryOk: true,
      // session 25: "had a great laugh with the other candidates in the waiting room": not with the interviewer
      notAt:
        /(?=[^.\n]{0,40}\b(?:with|among|alongside) (?:the |some |a few |two |three |all the )?(?:other|fellow) (?:candidates?|applicants?|interviewees?)\b|[^.\n]{0,60}\bin the waiting (?:room|area)\b)/y,
    },
    // "I laughed so much": the laughing was shared even when the writer tells it
    {
      re: new RegExp(
        `${NOT_TEAM_CLAUSE}${HAPPENED}${NOT_BRUSH_OFF}${NOT_UNSHARED}\\blaugh\\w* (?:so much|so hard|a lot|loads|the whole (?:time|way|interview))\\b`,
      ),
      worryOk: true,
    },
    {
      re: new RegExp(
        NOT_STAFF +
          /(?<!\b(?:would|will|'d|'ll|gonna|going to|supposed to|meant to|expect\w*|promis\w*|hop\w*|treat (?:it|this)|approach (?:it|this))(?: \w+){0,3} )(?:(?<!\bwould )\b(?:more |just |really |basically )?like a (?:\w+ )?(?:chat|conversation|catch[- ]up|natter)\b(?! than an? (?:chat|conversation))|\b(?:proper|real|genuine|natural|great|good|easy|two[- ]way|lovely|fun|flowing|cracking|cracker of a|belter of a|brilliant|free[- ]flowing|relaxed|open|enjoyable|lively|animated|engaging|good[- ]humou?red|collegial|collegiate|convivial|companionable|genial) (?:(?:technical|professional|intellectual|two[- ]way|honest|adult) )?(?:back[- ]and[- ]forth|conversation|chat|discussion|dialogue|exchange|chinwag|natter|yarn|chit[- ]?chat)\b(?! (?:with|to) (?:the |a |an |another |one of the |some )?(?:receptionist|security|guard|porter|driver|cleaner|doorman|concierge|(?:other |fellow )?(?:candidates?|applicants?|interviewees?))\b|[^.\n]{0,40}\b(?:while|whilst) (?:i|we) (?:wait|waited|was waiting|were waiting)\b)|\b(?:a|proper|real|lots of|some|good|great|nice|easy|natural|fun|constant) back[- ]and[- ]forth\b|\bback[- ]and[- ]forth (?:with|between|the whole time|the entire time|all the way through|throughout|non-?stop)\b|\b(?:talk|chat|banter|bounc)\w* (?:\w+ ){0,5}back[- ]and[- ]forth\b|\bwe (?:\w+ )?(?:talk|chat)\w* (?:loads|lots|a lot|so much|about everything|about all sorts)\b|\btwo[- ]way (?:street|thing|conversation)\b|\b(?:very|really|super|quite|more|so|pretty|nice and|relaxed and|properly) conversational\b)(?! ?,? by which i mean\b)/
            .source,
      ),
    },
    // real writers tell it of themselves and the interview (real22 round): "I really clicked with the manager",
    // "the interview flowed", "it felt like having a conversation with a mentor", "discussed all things under the sun"
    {
      re: new RegExp(
        NOT_STAFF +
          /(?:\b(?:i|she|he|they|and i|and she|and he) (?:really |just |instantly |immediately |totally |definitely |genuinely )?(?:clicked|gelled|bonded) (?:with|instantly|straight away|right away|immediately|over)\b|\b(?:interview|conversation|chat|discussion|talk)s? (?:just |really |really just |naturally |nicely |so |then |had )?flowed\b|\bit (?:all |just |really )?flowed\b(?! (?:out|down|over|in)\b)|\bfelt (?:more )?like (?:i was |we were |i'd |i had |we'd |we had )?(?:having|had|just having) a (?:\w+ )?(?:conversation|chat) with\b|\b(?:many|all sorts of|all|lots of) things under the sun\b|\b(?:talk|chat|discuss)\w* (?:about )?(?:anything and everything|everything and anything|everything under the sun)\b)/
            .source,
      ),
    },
    {
      re: /\b(?:not|n't|never|nothing) (?:really |even |at all |remotely )?(?:feel|felt|seem|seemed|like)\w* (?:like )?(?:an? |the )?(?:formal |real |proper |typical |normal )?interview\b|\bmore like (?!an? (?:grilling|interrogation|exam|test|trial|cross|deposition|inquisition|interview))[^.\n]{0,40}than (?:an? )?(?:formal )?(?:interview|interrogation|q ?& ?a)\b|\bless (?:like )?(?:an? )?interview\b|\bmore (?:of )?an? (?:chat|conversation|natter|discussion|catch[- ]up) than\b|\bforgot (?:it|this) (?:be|was) an interview\b/,
      neg: 'ignore',
    },
    // "we got on (really well)" is getting along, positive-atmosphere's; "like a house on fire" is more than that
    {
      re: new RegExp(
        `${NOT_STAFF}${NOT_UNSHARED}(?:${
          /\bwe (?:just |really |kind of |sort of |then |both |also |had |ended up |spent \w+ |be |got )?(?:click|clicked|clicking|hit it off|vibed|vibe|bonded|bond|gelled|geeked out|nerded out|chat|chatted|chatting|talked shop|talk shop|swapped|gossiped|riffed)\b|\bhit it off\b|\b(?:talk|talked|talking|chat|chatted|chatting) like (?:old |good |long[- ]lost )?(?:friends|mates|pals|colleagues)\b|\blike (?:old|good|long[- ]lost) (?:friends|mates|pals|buddies)\b|\blike (?:we|we'd|we had|we have) (?:\w+ )?(?:know|knew|known) each other\b|\b(?:talk|talked|speak|spoke|chat|chatted)\w* (?:to|with) me like (?:a |an )?(?:old )?(?:friend|brother|sister|mate|family|pal)\b|\b(?:take|took|taking) the (?:mick|mickey|piss) (?:out of )?each other\b|\b(?:ribb|teas)\w* each other\b|\b(?:get|got) on (?:like a (?:house|hoose) on fire|famously)|\bnerd\w* out\b|\bgeek\w* out\b|\btalk\w* shop\b|\b(?:had|have|having) (?:a |such a )?(?:good |proper |great |real |long |bit of a |quick )?(?:yarn|natter|chinwag|blether|banter)\b|\b(?:laugh|grinn)\w* and (?:chatting|nattering|yarning|joking)\b|\bchatting away (?:with|to) (?:me|us)\b/
            .source
        })`,
      ),
    },
    {
      re: /\b(?:chat|chatting|chatted) (?:for )?(?:ages|hours|\d+ (?:min|mins|minutes))\b|\bwe (?:\w+ )?(?:talk|talked|chat|chatted|yarn|yarned|natter|nattered|blether|blethered)\w* (?:\w+ ){0,6}for (?:ages|hours|(?:like |about |almost |nearly |over |a good |well over )?(?:an hour|half an hour)|(?:a good |about |like |the first )?(?:\d+|five|ten|fifteen|twenty|thirty) (?:min|mins|minutes))\b|\bend\w* up (?:chatting|talking|laughing|swapping|geeking|nerding|debating|arguing|trading|yarning|nattering|blethering|bantering|joking|gossiping|reminiscing|riffing|bonding|bouncing|comparing (?:notes|stories)|having (?:a |such a )?(?:laugh|natter|yarn|chat|chinwag|debate))\b|\bspen[dt] (?:half|most|much|a lot|ages|the whole|a good while|a good chunk) (?:of )?(?:the )?(?:time|interview|hour|call|while)? ?(?:just )?(?:chat|talk|laugh|swap|debat|discuss|argu|geek|nerd|bicker|riff)\w*|\bwe (?:\w+ )?spen[dt] (?:like |about |a good |almost |nearly |over |well over )?(?:\d+|five|ten|fifteen|twenty|thirty|forty) (?:min|mins|minute|minutes) (?:just )?(?:chat|talk|laugh|swap|debat|geek|nerd|bicker|riff|yarn|natter)\w*|\bconversation (?:flow|flowed|flowing|just flowed|range|ranged|wander|wandered|drift|drifted|meander|meandered)\b|\bflow\w* (?:naturally|really well|easily|nicely)\b|\bcarried away\b|\blost track of (?:the )?time\b|\b(?:got|get|getting) (?:so |really |that |too |very )?(?:into|absorbed in|wrapped up in|caught up in|deep into) (?:the |our |that |this )?(?:conversation|chat|discussion|talking|chatting|it)\b[^.\n]{0,40}\b(?:went|ran|running|go|overran) (?:\w+ ){0,3}?over\b|\b(?:went|ran|run|going|overran) (?:\w+ ){0,3}?over (?:because|cos|cuz|as|since) we (?:got |were |kept )?(?:talking|chatting|chatted|talked|nerding|geeking|so into)\b|\b(?:conversation|chat|discussion|talk|exchange) between (?:two )?(?:peers|equals|colleagues)\b|\b(?:conversation|chat|discussion|talk|exchange|debate|natter) between (?:two|2) (?!(?:\w+ )?(?:other|of|panel|interviewers?|members?|meetings?|candidates?)\b)(?:\w+ )?\w+\b|\b(?:talk\w*|chat\w*|debat\w*|spoke|speaking|treat\w* me) (?:\w+ )?(?:like|as) (?:an? )?(?:peers?|equals?)\b|\bswap\w* (?:stories|horror stories|war stories|anecdotes|notes on)|\btime fl(?:ew|y)\b|\bbounc\w* ideas\b|\b(?:we|she|he|they)\b (?:\w+ ){0,4}?(?:tangent|tangents|sidetrack\w*)\b/,
    },
    // two equals talking: "like two engineers", "just two people talking it through", "it stopped being a performance"
    {
      re: /(?<!\b(?:would|'d|i|we|you|they|should|could) )\blike (?:two|2) (?!(?:min|minute|sec|second|hour|hr|day|week|month|year|time)s?\b)(?:\w+ ){0,2}?(?:\w+s|people|men|women)\b|\b(?:just|only|simply) (?:two|2) (?:\w+ )?(?:\w+s|people|men|women) (?:talking|chatting|nattering|having a (?:chat|natter|conversation|yarn)|swapping|working|geeking|nerding)\b/,
      surface: true,
    },
    {
      re: /\bstop (?:be|being|feel|feeling|seem|seeming) (?:like )?(?:an? )?(?:\w+ )?(?:performance|interview|test|exam|interrogation|audition|grilling|quiz|assessment|q ?& ?a)\b/,
    },
    // mocking something together: "we were roasting the canteen food", "we slagged off the weather"
    {
      re: /\bwe (?:\w+ ){0,3}?(?:roast|roasting|roasted|slag\w* off|slag\w* each other|rag\w* on|moan\w* about|rant\w* about|whing\w* about|grip\w* about|bitch\w* about|reminisc\w*|commiserat\w*|poke fun at|poking fun at|poked fun at|mak\w* fun of|made fun of)\b/,
    },
    // "we had the craic about the hurling", "good craic the whole way"; "it felt like talking with a colleague rather than being examined"
    {
      re: /\b(?:had|have|having) (?:the |a |great |good |some |mighty |savage )?craic\b|\b(?:good|great|mighty|savage) craic\b|\blike (?:talk|chat|speak)\w* (?:to|with) (?:an? )?(?:colleague|peer|equal|fellow \w+)\b|\brather than (?:being )?(?:examined|interrogated|grilled|quizzed|tested)\b/,
    },
    {
      re: /\b(?:great|good|real|instant|easy|natural|immediate|strong) (?:rapport|chemistry|connection)\b|\b(?:had|have|felt|feel) (?:a |some |real |an )?(?:rapport|connection)\b/,
      neg: 'block',
    },
    // a good room told in rapport words: "the interview was a lot of fun", "we were throwing ideas back at each
    // other, there was a buzz", "the chemistry was good, it had a good flow", "chatting for a long time after",
    // "it was wonderful talking with someone who gets it", "like talking to an old friend", "I really enjoyed our
    // chat" ("fun to prepare", "like talking to a wall", "cash flow" and "his phone buzzed" are not)
    {
      re: new RegExp(
        `${NOT_STAFF}${NOT_TEAM_CLAUSE}${HAPPENED}(?:${
          /\b(?:interview|interviews|conversation|chat|discussion|session|it|lunch|whole thing) (?:\w+ ){0,2}?(?:be|was|were|felt|feel) (?:actually |really |genuinely |honestly |just |also |so |such |super |very |great |good |real |a lot of |lots of |loads of |so much |a bunch of |tons of )*fun\b(?! (?:to|fact|times|thing|way|work\w*|job|place|role|company|team)\b)|\b(?:most |really |such a |so )fun (?:interview|conversation|chat|discussion)s?\b|\b(?:throw|threw|thrown|bounc\w*|bat|batted|batting|kick|kicked|kicking|toss\w*|spark\w*|trad\w*|swap\w*|riff\w*)\w* (?:\w+ )?ideas? (?:around|about|back and forth|back - and - forth|back-and-forth|back at each other|off each other|off one another|between us|with each other|at each other)\b|\bthere (?:be|was) (?:such |a |real |definite |genuine |great |proper |an instant )+buzz\b(?! (?:about|around|in) the (?:office|place|building|company|floor|school|ward))|\b(?:the )?(?:chemistry|rapport|banter|flow|conversation) (?:be|was|felt|feel|seemed|seem) (?:\w+ )?(?:good|great|instant|natural|amazing|excellent|brilliant|strong|easy|there|effortless|lovely|electric)\b|\b(?:a |such a |really |very |pretty )?(?:good|great|nice|natural|easy|lovely|real) flow (?:to it|to the (?:conversation|interview|chat))|\b(?:conversation|chat|discussion|talk|things|everything) (?:just |really |naturally |easily |so |then |soon )?flow\w*\b|\b(?:chat|chatting|chatted|yak\w*|natter\w*|gab\w*|chinwag\w*) (?:away )?(?:\w+ ){0,3}?for (?:a long time|ages|hours|a good while|a long while|so long|over an hour|an hour|half an hour|ages and ages)\b|\bwe (?:\w+ )?(?:talk|talked|talking) for (?:ages|hours)\b|\blike (?:talk\w*|chat\w*) (?:to|with) (?:an? )?(?:old |good |long[- ]lost |long - lost )?(?:friend|friends|mate|mates|pal|pals|buddy)\b|\b(?:i|we) (?:really |genuinely |thoroughly |both |just )*enjoy\w* (?:the |our |that )?(?:conversation|chat|discussion|exchange|talk|banter|talking|chatting)\b(?! (?:about|to you|with you))|\b(?:it|this|that) (?:be|was|'s|is) (?:\w+ )?(?:wonderful|great|fun|lovely|refreshing|a joy|a pleasure|such a pleasure|brilliant|fantastic|amazing|so nice|really nice) (?:to )?(?:talk|chat|speak)\w* (?:with|to) (?!(?:you|u|ya)\b)/
            .source
        })`,
      ),
    },
    // the talk itself charged, as real writers put it: "the air was electric as we talked", "the room was buzzing the
    // whole time we spoke" (a buzzing phone, a busy shop floor are not the talk)
    {
      re: /\b(?:air|atmosphere|room|energy|vibe|conversation|discussion)(?! (?:in|on|at|of) (?:the )?(?:shop|store|floor|office|kitchen|city|town|street))(?: \w+){0,2}? (?:was|were|felt|be) (?:just |really |so |absolutely |totally |completely )?(?:electric|electrifying|crackling|buzzing)\b(?=[^.\n]{0,40}\b(?:we|us|our|between)\b)/,
      who: 'any',
    },
    // transcripts: enjoyment said aloud, each weak alone (laughter is counted over the whole call, detect/call-signs.ts)
    {
      re: /\bfeels like a conversation\b|\bproper conversation\b|\bi'?m enjoying this\b|\b(?:really|so) fun\b|\bthis has been (?:really |so |such )?(?:fun|a pleasure|great fun)\b/,
      says: 'any',
      weight: 0.4,
    },
    {
      re: /\b(?:really |genuinely |thoroughly )?(?:enjoyed|enjoy) (?:this|that|our|the(?! rest)|talking|chatting|speaking|meeting)\b(?! (?:[\w-]+ ){0,2}(?:side|sides|part|parts|bit|bits|job|role|project|projects|work|course|module|placement|degree|year|years|aspect|aspects|challenge|variety)\b)|\b(?:i'?m|i am) (?:really |genuinely )?enjoying (?:it|this) (?:too|as well)\b|\b(?:that|this) (?:was|has been) (?:really |so |genuinely |actually )?(?:enjoyable|fun|a pleasure)\b|(?<![^\n])(?:\w+,? )?(?:same here|me too|so did i|likewise)\b(?:[.!]|$)/,
      says: 'any',
      weight: 0.5,
    },
    // recall21: the format named and set aside for talk: "less Q&A, more of a discussion", "not a Q&A at all; more like a
    // brainstorm", "half interview, half chinwag"
    {
      re: /\b(?:less|not (?:a|an)|not really (?:a|an)|wasn'?t (?:a|an)|wasn'?t really (?:a|an)|no|never (?:a|an)) (?:formal )?(?:q ?& ?a|q and a|interrogation|grilling|interview|question[- ]and[- ]answer)(?: session)?\b(?: at all| really)?[,;:—–-]*\s*(?:and |but |it was |it felt |just )?(?:more|much more) (?:of |like )?(?:an? )?(?:discussion|brainstorm\w*|dialogue|exchange|conversation|chat|chinwag|natter|catch[- ]up|two[- ]way)\b|\bhalf (?:an? )?(?:interview|q ?& ?a),? half (?:an? )?(?:chat|chinwag|natter|conversation|catch[- ]up|discussion|banter)\b/,
      surface: true,
      neg: 'ignore',
    },
    // the talk called two-way as such: "the discussion was genuinely two-way", "it was very interactive", "very conversational"
    {
      re: /\b(?:discussion|conversation|interview|chat|call|it|the whole thing|round|session|panel)\b(?: \w+){0,2}? (?:was|were|felt|seemed) (?:really |genuinely |very |so |properly |super |quite |truly )?(?:two[- ]way|interactive|collaborative|conversational|a (?:real |genuine |proper )?dialogue|a (?:real |genuine |proper )exchange)\b(?! (?:team|place|culture|environment|workplace|company|office|department|bunch|group|crowd|firm)\b)|^\W*(?:very|really|super|so|quite|properly|genuinely) (?:conversational|interactive)\b/,
      surface: true,
    },
    // joking on both sides and talk that meshes: "she cracked a joke, I cracked one back", "finishing each other's sentences",
    // "discussing with me like a peer", "whiteboarding together"
    {
      re: /\bcrack\w* (?:a |one |some )?(?:joke|one)s? back\b|\bjok\w* back\b|\bfinish\w* each other'?s sentences\b|\b(?:talk\w*|discuss\w*|spoke|speak\w*|chat\w*) (?:with |to )?me (?:like|as) (?:a|an) (?:peer|equal|fellow \w+)\b|\b(?:whiteboard\w*|brainstorm\w*|riff\w*|jamm\w*|sketch\w*|problem[- ]solv\w*) (?:it |ideas |things )?(?:out )?together\b|\bmore (?:like )?pairing than\b/,
      surface: true,
    },
    // "a genuinely fun interview" (not the writer's "what a fun interview" said in irony)
    {
      re: /(?<!\bwhat an? (?:\w+ )?)\b(?:genuinely|really|actually|properly|such a|a|so|surprisingly) fun (?:interview|chat|conversation|call|hour|panel|discussion)\b/,
      surface: true,
    },
    // session 24: a rally of ideas: "more of a ping-pong rally than an interview", "we bounced ideas off each other",
    // "she'd riff on something I said"
    {
      re: /\bping[- ]?pong\b(?! (?:table|ball|balls|bat|bats|paddle|room|tournament))|\bbounc\w* (?:ideas|thoughts|things|stuff) (?:back and forth|off each other|off one another|around)\b|\bbounc\w* off (?:each other|one another)\b|\briff(?:ed|ing|s)? (?:on|off) (?:each other|one another|what i said|something i said|my)\b|\bspark\w* off (?:each other|one another)\b/,
      who: 'any',
      surface: true,
    },
  ],
};
