import type { SignPatterns } from '../detect/types.js';
import { NOT_SELF } from './interviewer-smiling.js';

/** The interviewer's closed or cold non-verbal cues. A negated smile lands here too (see interviewer-smiling). */
export const negativeBodyLanguage: SignPatterns = {
  id: 'negative-body-language',
  cues: [
    // Face and arms are the interviewer's unless the writer says "I" or "my": the matcher's subject check
    // would read "stared at me stony-faced" or "asked about my CV, arms folded" as the candidate.
    {
      re: new RegExp(
        `${NOT_SELF}\\b(?:arm|arms) (?:be |were |was |stay |stayed |kept |remain |remained )?(?:firmly |tightly )?(?:fold|folded|cross|crossed)\\b`,
      ),
      who: 'any',
    },
    {
      re: /\b(?:fold|folded|cross|crossed|folding|crossing) (?:his |her |their |both )?(?:\w+ )?arms?\b/,
      who: 'interviewer',
    },
    {
      re: /(?<!\b(?:so|too|as) )\bmuch eye[- ]contact\b|\b(?:no|little|barely|hardly|never|avoid\w*|without|zero|minimal|not much|n't make|not make|not making|any|limited|poor|scarcely|rarely)\b.{0,20}\beye[- ]contact\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    {
      re: /\blean\w* (?:right |way |all the way |well )?(?:back|away)\b|\bs[ai]t\w* (?:right |way |well |all the way )?back\b(?! (?:down|up|and (?:listen|relax)))|\bslouch\w*|\brecline\w*/,
      who: 'interviewer',
    },
    {
      re: new RegExp(
        `${NOT_SELF}\\b(?:frown\\w*|scowl\\w*|glar\\w*|smirk\\w*|sneer\\w*|grimac\\w*|eye ?roll\\w*|roll\\w* (?:his |her |their )?eyes|tut(?:ted|ting|s)?|purs\\w* (?:his |her |their )?lips|shak\\w* (?:his |her |their )?head|shook (?:his |her |their )?head)\\b(?![^.!?\\n]{0,40}\\?)`,
      ),
      who: 'any',
    },
    {
      re: new RegExp(
        `${NOT_SELF}(?:\\b(?:stone|stony)\\s?-?\\s?fac\\w*|\\bpoker\\s?-?\\s?fac\\w*|\\bblank (?:face|expression|stare|look)|\\bexpressionless\\b|\\b(?:cold|icy|hard|blank|dead) (?:stare|look|eyes|gaze)\\b|\\bunsmiling\\b|\\bstern\\w*\\b|\\bstony\\b|\\bstar\\w* (?:at me )?blankly\\b|\\bjust star(?:e|ed|ing) at me\\b)`,
      ),
      who: 'any',
    },
    // a straight face held all through ("straight face the whole hour"); a moment of one is not a manner, and mine is not theirs
    {
      re: /\bstraight(?: ?- ?| )?fac(?:e|ed)\b(?= ?,? (?:the whole|all (?:the way|through|the time)|throughout|the entire|from start to finish|start to finish|for the (?:whole|entire|full)))/,
      who: 'interviewer',
    },
    {
      re: /\b(?:closed[- ]off|closed body language|defensive body language|body language (?:be|was|felt|seemed) (?:very |really |quite |so )?(?:closed|cold|off|negative|defensive|stiff|hostile))\b/,
      who: 'interviewer',
    },
    // "looked at me" already names someone else as the subject, so these skip the subject check
    {
      re: /\b(?:never|not|n't|barely|hardly|scarcely|rarely|seldom|without|nuh|nae|didnae|dinnae) (?:once |even |ever |really )?(?:look|glance|glanced|looked|looking)\w* (?:up )?(?:at|pon) (?:me|you|u|mi)\b|\b(?:never|not|n't|barely|hardly|rarely) (?:once |even |really )?(?:look|glance)\w* (?:my|our|your) way\b|\b(?:never|not|n't|barely|hardly|scarcely|rarely) (?:once |even )?(?:look|looked|looking|glance\w*) up from\b(?! (?:his |her |their |the )?(?:laptop|phone|crossword|computer|emails?|screen|monitor|sudoku|paper\b|newspaper))|\b(?:never|not|n't|barely|hardly|scarcely|rarely) (?:once )?(?:look|looked)\w* up\b(?! from| (?:the|their|its|his|her|a|an|what|how|who|where|which|on|about)\b)|\b(?:look|looked|looking) (?:straight through|through|everywhere but at|anywhere but at) me\b|\b(?:look|looked|looking|star\w*|gaz\w*) (?:right |straight )?past me\b(?! ?[?,]| (?:at|to|towards|out|into|through)\b)|\b(?:would ?n't|wouldn'?t|could ?n't|couldn'?t|not|never|n't|barely|hardly|did not) (?:\w+ )?(?:look|meet|met|hold|held) (?:me in the eyes?|my eyes?|my gaze)\b|\bkept look\w* away\b/,
      who: 'any',
      neg: 'ignore',
    },
    // "looking at me like I owe them money": a hostile look, told by simile
    {
      re: /\b(?:look|looked|looking|star\w*|glar\w*) at me (?:like|as if|as though) (?:i|i'?d|i was|i had|i owe|i stole|i killed)\b/,
      who: 'any',
      conf: 0.6,
    },
    {
      re: /\b(?:look|looked|star\w*|gaz\w*) down (?:at|to|into) (?:his|her|their|the)\b(?! lap\b)|\bface (?:be |was )?like (?:thunder|a (?:slapped|smacked|wet) (?:fish|arse|backside|weekend)|a wet weekend|a bulldog|a funeral|stone|granite|a brick wall)\b|\bgave me the cold shoulder\b|\bcold shoulder\b/,
      who: 'any',
    },
    {
      re: new RegExp(
        `${NOT_SELF}(?<!\\b(?:atmosphere|room|vibe|mood|weather|office|outside|it|building|air)(?: \\w+){1,2} )(?<!\\b(?:atmosphere|room|vibe|mood|it|air|place)\\b (?:be|was|were|felt|seemed) (?:\\w+ )?\\w+ ?, ?(?:and |even |but |a bit |quite |very |like |so )*)(?<!\\b(?:interview|call|meeting|chat|conversation|process|whole thing|things)\\b[^.,;\\n]{0,40} (?:be|was|were|felt|feel|seemed|seem|start|started|begin|began|kick off|kicked off|open|opened|get off|got off) (?:\\w+ ){0,2})\\b(?:cold|coldly|frosty|icy|chilly|stand[- ]?offish|aloof|unwelcoming|hostile)\\b(?!(?<=\\b(?:a|the|bad|heavy|stinking|nasty|horrible|streaming|head|chest|common|awful|terrible) cold)(?: ?[.;!)]| ?$| ?,? (?:and|so|which|but|from|that|at the time|all week)\\b))(?! (?:edge|air|atmosphere|vibe|feel|feeling|silence|room|rooms|office|day|morning|water|drink|brew|coffee|tea|call|calls|calling|caller|email|outreach|feet|weather|snap|outside|in here|shower|showers|sweat|turkey|hands|fish|store|stores|storage|chain|start|case|war|front|spell|sore|sores|food|meat|press|pressed|reading|read|open|opening)\\b)(?<!\\b(?:know|knew|known|knows|knowing|caught|catch|catching) (?:\\w+ ){0,3}(?:cold|coldly|frosty|icy|chilly|stand[- ]?offish|aloof|unwelcoming|hostile))(?! ?,? but (?:i|he|she|they) (?:\\w+ )?(?:not|n't|cannot|can't))`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    // glances between them that shut me out ("looked at each other and not at me"); two of them looking at each
    // in a silence is the room's awkwardness, not a cold face
    {
      re: /\bexchang\w* (?:\w+ )?(?:look|glance)s?\b|\b(?:look|glance)\w* at each other,? (?:and|but|instead of|rather than) (?:not )?(?:at )?me\b|\bgave each other (?:a |the )?look\b|\bstar\w* (?:\w+ )?(?:past|over|behind) (?:my|your|ur) (?:shoulder|head)\b/,
      who: 'any',
    },
    // a sour face held at the candidate: "face squeezed like somebody owe her money", "his face all screwed up"
    {
      re: new RegExp(
        `${NOT_SELF}\\bface (?:all |was |be |kept |stayed )?(?:squeezed|squeeze|screwed up|scrunched(?: up)?|pinched|puckered|sour)\\b`,
      ),
      who: 'any',
      conf: 0.65,
    },
    // a cold reaction told by the face alone: "their faces dropped", "his expression went blank"
    {
      re: new RegExp(
        `${NOT_SELF}\\b(?:face|faces|expression|expressions) (?:just |visibly |immediately |instantly )?(?:drop|dropped|fell|fall|falls|sank|sink|went (?:blank|cold|stony|sour|hard|white|serious|dark))\\b`,
      ),
      who: 'any',
      conf: 0.65,
    },
    // looks that judge: "a couple of dirty looks", "gave me a withering look", "looked me up and down", "her smile faded"
    {
      re: new RegExp(
        `\\b(?:dirty|filthy|disapproving|withering|sideways|disgusted|sour|scathing) (?:look|looks|glance|glances)\\b|\\bside[- ]?eye\\b|\\blook\\w* me up and down\\b|${NOT_SELF}\\bsmile (?:just |quickly |soon )?(?:faded|fade|vanished|vanish|disappeared|disappear|dropped|drop)\\b`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    // "refused to look at me", "their refusal to look at me"
    {
      re: /\brefus\w* to (?:even )?(?:look at|meet|make eye[- ]contact with) (?:me|my (?:eyes?|gaze))\b|\brefus\w* to (?:even )?make eye[- ]contact\b/,
      who: 'any',
      neg: 'ignore',
    },
    // a withheld smile reads cold, unless the same sentence paints low energy ("no energy, didn't crack a smile"): then it is flat-interviewer's;
    // a false smile ruled out ("smiled all through, not the polite fixed smile") is warmth, not its lack
    {
      re: /\b(?:not|n't|never|no|zero|nobody|no one|without|nor|barely|hardly|nuh|nae|didnae|dinnae)\b(?! (?:(?:the|a|an|that|your|some|any|his|her|their) )?(?:\w+ )?(?:polite|fixed|fix|fake|forced|false|plastic|tight|professional|customer[- ]service|practi[sc]ed|practi[sc]e|painted[- ]on|paint on) (?:smile|grin)\b) (?:(?!and\b|but\b|hurry\b|problem\b|worries\b)\w+ ){0,5}?(?:smile|smiled|smiles|smiling|grin|grinned)\b(?<!\b(?:energy|tired|neutral|nod|serious|bored|monotone|flat|dead|sleep\w*|low|dry)\b.{0,60})(?!.{0,60}\b(?:energy|tired|neutral|nod|bored|monotone|flat|dead|sleep\w*|dry|low)\b)/,
      who: 'interviewer',
      neg: 'ignore',
    },
    {
      re: /\b(?:no|zero|not an ounce of|without any) warmth\b(?<!\b(?:monotone|flat|bored|tired|dull|droning)\b.{0,40})/,
      who: 'interviewer',
      neg: 'ignore',
      conf: 0.65,
    },
    // a withheld greeting or a stare: "didn't offer a handshake", "no handshake, no hello", "he just stared", "couldn't crack him"
    {
      re: /\b(?:not|n't|never|no|without)\b (?:even )?(?:(?:offer|give|put out|shake|stand up to shake)\w* (?:me |my )?(?:a |his |her |their )?)?hand(?:shake)?\b(?! (?:sanitiser|sanitizer|gel|wash|luggage|baggage|written|over|in|out)\b)|(?<=\b(?:he|she|they) (?:just |only )?)(?:stared|stares)\b(?! (?:at|into|out|down|off|through) (?!me\b))|\bcould(?:n'?t| not) (?:\w+ )?(?:crack|read|warm up) (?:him|her|them)\b(?! (?:up|out|in|on|about)\b)|\bcould(?:n'?t| not) get (?:a|one) smile out of\b/,
      who: 'interviewer',
      neg: 'ignore',
      conf: 0.65,
    },
    // turned away: "sat turned away from me", "her chair angled towards the window"
    {
      re: new RegExp(
        `${NOT_SELF}\\b(?:turn|turned|angled|twisted)\\w* (?:\\w+ )?away from me\\b|\\b(?:body|chair|shoulders?|back) (?:be |was |were |half |stay |stayed |kept )?(?:turn|turned|angled) (?:away|towards the (?:window|door|wall))\\b|\\bremain\\w* turned (?:away|towards)\\b`,
      ),
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: new RegExp(`${NOT_SELF}\\b(?:unimpressed|raised (?:an |his |her |their )?eyebrows?)\\b`),
      who: 'any',
      conf: 0.65,
    },
    // calls: the candidate names the cold face they see ("sorry, you're frowning", "I can see you've folded your arms",
    // "you both look very stern", "you're shaking your head", "your arms are folded")
    {
      re: /\byou'?re (?:(?!not\b)\w+ )?(?:frowning|scowling|glaring|glowering|shaking your heads?|rolling your eyes)\b|\byour arms are (?:still )?(?:folded|crossed)\b|\byou(?:'ve| have) (?:(?!not\b|never\b)\w+ )?(?:folded|crossed) your arms\b|\byou (?:all |both )?look (?:(?!not\b)\w+ ){0,2}(?:unimpressed|unconvinced|annoyed|cross|irritated|displeased|serious|stern|sceptical|skeptical|bored|fed up)\b|\byou (?:all |both )?(?:don'?t|do not) look (?:very |too |so |that |entirely |fully |quite )?(?:convinced|impressed|persuaded|pleased|happy|sure)\b/,
      surface: true,
      says: 'candidate',
    },
    // calls: the panel owns up to it, even while explaining it away ("don't read anything into Graham's frown")
    {
      re: /\bi'?m (?:\w+ )?(?:frowning|scowling)\b|\b(?:my|his|her|\w+'s) (?:frown|scowl|stony face|poker face)\b|\b(?:keep|keeping|kept) (?:\w+ )?(?:neutral|straight|blank|poker|stony) faces?\b|\bif (?:we|i) look (?:a bit |a little |quite |very )?(?:stony|stern|blank|cold|grumpy|unimpressed)\b/,
      surface: true,
      says: 'interviewer',
      neg: 'ignore',
    },
  ],
};
