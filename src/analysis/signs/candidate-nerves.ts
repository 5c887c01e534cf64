import type { SignPatterns } from '../detect/types.js';

/** The candidate's own nerves or unpreparedness. Cues about someone else ("she was nervous") are dropped by subject. */
export const candidateNerves: SignPatterns = {
  id: 'candidate-nerves',
  cues: [
    {
      re: /(?<!\bthe )(?<!\bthe (most|real|big) )\b(?!nervous (post|thread|update|message|wait)\b)(nervous|nerves|flustered|panic|panicked|panicking|tongue[- ]tied|jittery|rattled|frazzled|choked|stammer\w*|stutter\w*|fumbl\w*|stumbl\w*|rambl\w*|waffl\w*|fluff\w*|babbl\w*|word vomit|messed up|mess up|messing up|botch\w*|bombed|blanked|blanking|drew a blank|draw a blank|went blank|go blank|going blank|froze up|i froze|i freeze|i was frozen|clammy|sweaty palms|palms (were )?sweat\w*|my face was on fire|went (bright )?red|going red|go red|turned red|brain fog|brain freeze|deer in (the )?headlights)\b/,
      who: 'candidate',
      surface: true,
    },
    {
      re: /\b(i was|i'?m|i am|i got|i felt|i be|my (hands?|voice|legs|knees)( \w+){0,2}) (so |really |visibly |a bit |bit |literally |still |quite )*(shaking|shaky|trembling|cracked|cracking|wobbly|wobbling|quivering)\b/,
      surface: true,
      worryOk: true,
      neg: 'ignore',
    },
    {
      re: /\b(talking|talked|speaking|spoke) (way |far |much )?too fast\b|\bsaid (um|uh|erm|like) (a (hundred|million|thousand)|so many|loads of|lots of) times\b|\b(didn'?t|don'?t|did not|do not) think i (made|make) (any )?sense\b|\bcalled (the|them|their|it) \w*( \w+)? by (the wrong|their (competitor|rival)'?s|the (competitor|rival)'?s|another|a different|the old)\b|\b(got|get|said) (the|their) (company|firm|company'?s|brand'?s?) name wrong\b|\bwrong (company )?name\b/,
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
      re: /\b(lose|lost|losing) (my |the )?(train of thought|thread|track|words|place)\b|\b(?:completely|totally|mind|just) (?:went |go |going )?blank\b|\bforgot (?:everything|it all)\b|\b(?:said|say|used|mention\w*) (?:the|their) (?:wrong|competitor'?s?|rival'?s?) (?:\w+ )?name\b|\b(?:gave|give|giving) (?:some |a |the |two |a few )?wrong answers?\b|\b(?:say|said|saying) (?:um|uh|erm) a lot\b|\bface (?:was |is )?(?:burning|on fire)\b|\bagitated\b|\btensed\b|\bhands? (?:were |was )?(?:shaking|trembling|sweating|wet|clammy)\b|\bmind (go|went|going) (blank|empty)\b|\b(it )?(just )?(go|went) (out of|from) my head\b|\bgone out of my head\b|\btrip\w* over my words\b/,
      who: 'candidate',
    },
    {
      re: /\b(forgot|forget|forgetting|couldn'?t remember|could not remember|did not remember|didn'?t remember|couldn'?t recall|couldn'?t name|could not name)\b.{0,40}\b(name|product|company|sector|question|what|their|the|grade|figure|number|word|words|ceo)\b/,
      who: 'candidate',
    },
    {
      re: /\b(didn't|did not|don't|do not|couldn't|could not|not) (really |even |actually )?(know|find|name|say) (much |anything |a lot |enough )?(about )?(the company|their (product|customer|client|business|mission|values|ceo|app|services?|competitors)|what (they|their \w+|the company) (actually |even )?(do|does|did|sell|sells|make|makes)|who (their|your) (main )?(customers|clients|competitors))/,
      who: 'candidate',
      neg: 'ignore',
    },
    // freezing up: "I totally froze when she asked", "froze on the first question", "my brain just froze"
    {
      re: /\b(?:totally|completely|just|kinda|kind of|sort of|literally|actually) (?:froze|freeze|frozen)\b|\b(?:froze|freeze|frozen) (?:up|completely|totally|solid|on (?:the|a|her|his|their)|when (?:she|he|they)|like a)\b|\b(?:brain|mind|head) (?:\w+ )?(?:froze|freeze|frozen)\b/,
      who: 'candidate',
      worryOk: true,
    },
    {
      re: /\b(unprepared|underprepared|not prepared|didn't prepare|didn't do my homework|hadn't prepared)\b/,
      who: 'candidate',
      neg: 'ignore',
    },
    {
      re: /\b(i'm|i am|i be|im) (a little |a bit |so |really |quite |very )?(bit )?(nervous)|\b(completely )?blank(ed|ing)\b|\bgone out of my head|\bnot sure who your|\bcouldn't find much\b|\bcould not find much\b|\bsorry,? (i'm|i am) (blanking|lost)/,
      says: 'candidate',
    },
  ],
};
