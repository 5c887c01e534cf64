import type { SignPatterns } from '../detect/types.js';

/**
 * "The company's culture is very flat", "the structure was flat": the org chart, not the person; "a flat tension
 * in the room" is the room's strain (awkward-atmosphere's).
 */
const NOT_FLAT_ORG = String.raw`(?<!\b(?:culture|structure|hierarchy|hierarchies|organi[sz]ation|org|company|firm|management|setup|set-up)\b[^.\n]{0,24})`;
const NOT_FLAT_ROOM = String.raw`(?! (?:tension|silences?|awkwardness|unease)\b)`;

/** Low energy, monotone, unreactive. Notes only: tone can't be read from a transcript. */
export const flatInterviewer: SignPatterns = {
  id: 'flat-interviewer',
  cues: [
    {
      re: /\b(?:monotone|monotonous|monotonously|robotic|robotically|lifeless|listless|low[- ]energy|unenthusiastic|unenthused|emotionless|deadpan|dead[- ]eyed|like a robot|like a machine|going through the motions|go through the motions|couldn'?t muster|could not muster|half[- ]hearted\w*|unexcited|subdued|lacklustre|lackluster|no personality|zombie|screensaver|unexpressive|inexpressive|flatly|(?:very|so|really|quite|super) (?:dry|reserved))\b/,
      who: 'interviewer',
    },
    // "flat" about a person, not a flat hierarchy, a rented flat or a joke that fell flat
    {
      re: new RegExp(
        String.raw`${NOT_FLAT_ORG}(?<!\bculture ?:? )(?<!\b(?:the|my|our|your|their|his|her|new|rented|shared|a|in|to|fall|fell|falls|go|went|lie|lay|land|landed|lands|felt|fee|be|was|minute|minutes|second|seconds|hour|hours|min|mins|sec|secs) )\bflat\b(?! (?:structure|hierarchy|hierarchies|org\w*|team|rate|fee|white|shoes?|tyres?|tire|pack|screen|out|line|share|mate|\d))${NOT_FLAT_ROOM}(?! ?,? (?:everybody|everyone|anyone|nobody|no one|no (?:boss|bosses|manager|managers|hierarchy|titles|layers))\b)`,
      ),
      who: 'interviewer',
      conf: 0.7,
    },
    {
      re: new RegExp(
        String.raw`\ba flat(?:,| and| tired| bored| dull| voice| tone| manner| sort| kind)|${NOT_FLAT_ORG}\b(?:be|was|seem|seemed|sound|sounded|felt|feel|stay|stayed|remain|remained) (?:\w+ )?flat\b(?! (?:structure|hierarchy|org\w*|team|rate|fee))(?! ?,? (?:everybody|everyone|anyone|nobody|no one|no (?:boss|bosses|manager|managers|hierarchy|titles|layers))\b)|\bflat as a (?:pancake|board|tack)`,
      ),
      who: 'interviewer',
    },
    {
      // "her voice never changed", "no change in his voice at all", "sounded bored out of her mind" (bored in the voice;
      // bored in the face is interviewer-disinterest's)
      re: /\bvoice (?:\w+ ){0,2}(?:the same|very low|so low|low|tired|flat|monotone|never changed|never change)\b|\b(?:no|zero|not (?:a|any|one)|never (?:a|any)|without (?:a|any)) (?:single )?(?:change|variation|inflection|rise|lift|emotion|expression) in (?:her|his|their|the) (?:voice|tone)\b|\bsound(?:ed|ing|s)? (?:\w+ ){0,2}?bored\b/,
      who: 'interviewer',
    },
    {
      re: /\b(?:same|even|low|bored|dull|dry|tired|sleepy|weary|dead|toneless|quiet|flat) (?:\w+ )?(?:flat |low |even |bored )?(?:tone|voice|delivery)\b/,
      who: 'interviewer',
    },
    {
      re: /\b(?:no|zero|any|little|without|walang|lacked|lacking|not much|not a lot of|not an ounce of) (?:real |visible |obvious |sign of |hint of )?(?:energy|enthusiasm|emotion|expression|reaction|spark|life|excitement|animation|personality|passion|interest in (?:anything|what i))\b(?!s? (?:either way|one way or the other|good or bad))/,
      who: 'interviewer',
      neg: 'ignore',
    },
    {
      re: /\b(?:never|barely|hardly|not|n't) (?:really |once |even |much )?react\w*\b(?! to (?:the|my|that|this|it)\b)|\b(?:never|not|n't) (?:once )?(?:sound|seem|look)\w* (?:\w+ )?(?:enthusiastic|excited|keen|animated)\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
    {
      re: /\bflicker of (?:reaction|emotion|interest|expression|a smile|warmth|enthusiasm)|\bnothing (?:i said )?(?:registered|got a reaction)\b|\b(?:talk|talking|speak|speaking)\w* to a (?:brick )?wall\b|\blike (?:a|being interviewed by a|talking to a) (?:robot|machine|screensaver|chatbot|answering machine|cardboard cutout|sat ?nav|satnav|speaking clock|recorded message|automated (?:voice|message|announcement)|text[- ]to[- ]speech)\b/,
      neg: 'ignore',
    },
    {
      re: /\benergy (?:be|was|felt|seemed) (?:very |really |so |pretty |quite |a bit |kind of )?(?:low|flat|dead|off|muted)\b|\b(?:tired|sleepy|weary|exhausted|drained) (?:man|woman|guy|lady|person|voice|sound\w*)\b/,
    },
    // tiredness heard or seen: "sounded tired", "seemed half asleep", "mumbled through the questions", "the energy of a wet weekend"
    {
      re: /(?<!\b(?:office|offices|building|room|decor|place|carpet|furniture|kitchen|shop|site|premises|space|website|brand|paint|equipment|kit)(?: \w+){0,2} )\b(?:sound|sounded|sounding|seem|seemed|look|looked|be|was|were)\w* (?:\w+ ){0,2}?(?:tired|sleepy|half[- ]asleep|exhausted|weary|drained|knackered|shattered)\b|\b(?:mumbl|dron)\w*\b(?! (?:(?:on |through )?(?:the rest of |all of |most of )?(?:my|his|her|their) (?:answers?|replies|response|responses|way|words|intro|introduction|presentation)|(?:an? )?(?:answer|apology|sorry|thanks|excuse))\b)|\benergy of an? (?:wet|damp|soggy|dead|sleepy|tired|sloth|snail|corpse)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: /\b(?:read|reading|recit\w*)\w* (?:\w+ )?(?:off|from) (?:a|the|his|her|their) script\b|\blike (?:she|he|they|someone|somebody) (?:be|was|were|is|'s|'d been)? ?(?:read|reading|recit\w*)(?: out| aloud)? (?:from |off )?(?:a |the |an )?(?:script|autocue|checklist|list|shipping forecast|phone ?book|shopping list|terms and conditions|instruction manual|manual|train timetable|timetable|legal disclaimer|disclaimer|hostage statement|ransom note|tax return)\b/,
      who: 'interviewer',
      conf: 0.65,
    },
    {
      re: /\bmhm\b.{0,30}\b(?:tone|same)|\bsame\b.{0,10}\b(?:ok|okay|mhm)\b|\b(?:mm|mhm|ok|okay|right|fine)\b,? (?:yeah,? )?(?:that'?s fine|okay|next)\b.{0,20}\b(?:every|each|whole|all)/,
      who: 'interviewer',
    },
    // still as a statue through it: "he just sat there like a stookie", "sat like a waxwork the whole hour"
    {
      re: /\b(?:sat|sit|sitting|stood) (?:there |through it )?like (?:a |an )?(?:statue|stookie|stone|waxwork|mannequin|dummy|lump of (?:wood|stone)|sphinx|block of wood)\b/,
      who: 'interviewer',
    },
    // a dull interview: "the interview was very boring"
    {
      re: /(?<!\b(?:to|for|before|after|from|on the way to) (?:the |my |an? |this )?)\b(?:interview|interviews|call|conversation|meeting|whole thing|panel) (?:itself |themselves )?(?:be|was|were|felt) (?:\w+ ){0,2}?(?:boring|dull|tedious|dreary|uninspiring)\b/,
      who: 'any',
      conf: 0.65,
    },
    // a panel member who said nothing at all: "didn't have any comments or questions"; a silence with a
    // stony face or a sigh is the cold or awkward kind, so "didn't say a word" is left to those signs
    {
      re: /\b(?:not|n't|never) (?:even |once )?(?:have|had|make|made|offer\w*) any (?:comments?|input)(?: or (?:questions?|comments?))?\b(?! (?:about|on|regarding|for me about)\b)|\bsaid (?:absolutely )?nothing (?:at all|the whole (?:time|interview)|throughout)\b/,
      who: 'interviewer',
      neg: 'ignore',
      conf: 0.65,
    },
    {
      re: /\b(?:not|n't|never|no) (?:seem )?(?:excited|enthusiastic|animated) (?:about|by) (?:anything|any of it|much)\b|\b(?:seem|seemed|look|looked|sound|sounded)\w* (?:excited|enthusiastic) about nothing\b/,
      who: 'interviewer',
      neg: 'ignore',
    },
  ],
};
