import type { SignPatterns } from '../detect/types.js';

/** The candidate's own nerves or unpreparedness. Cues about someone else ("she was nervous") are dropped by subject. */
export const candidateNerves: SignPatterns = {
  id: 'candidate-nerves',
  cues: [
    { re: /\b(nervous|nerves|flustered|panic|panicked|panicking|shaking|shake|shaky|tongue[- ]tied|jittery|sweating|sweaty|rattled|frazzled|choke|choked|stammer\w*|stutter\w*|fumbl\w*|stumbl\w*|rambl\w*|waffl\w*|blank|blanked|blanking|froze|freeze|freezing|babbl\w*|word vomit|mess up|messed up|messing up|botch\w*|bomb|bombed)\b/, who: 'candidate' },
    { re: /\b(lose|lost|losing) (my |the )?(train of thought|thread|track|words)\b|\bmind (go|went|going) (blank|empty)\b|\b(it )?(just )?(go|went) (out of|from) my head\b|\bgone out of my head\b|\btrip\w* over my words\b/, who: 'candidate' },
    { re: /\b(forgot|forget|forgetting|couldn't remember|could not remember|can't remember)\b.{0,40}\b(name|product|company|sector|question|what|their|the)\b/, who: 'candidate' },
    { re: /\b(didn't|did not|don't|do not|couldn't|could not|not) (really )?(know|find) (much |anything |a lot |enough )?(about )?(the company|their (product|customer|client|business|mission|values)|what they do|who (their|your) (main )?(customers|clients))/, who: 'candidate', neg: 'ignore' },
    { re: /\b(unprepared|underprepared|not prepared|didn't prepare|didn't do my homework|hadn't prepared)\b/, who: 'candidate', neg: 'ignore' },
    { re: /\b(i'm|i am|i be|im) (a little |a bit |so |really |quite |very )?(bit )?(nervous)|\b(completely )?blank(ed|ing)\b|\bgone out of my head|\bnot sure who your|\bcouldn't find much\b|\bcould not find much\b|\bsorry,? (i'm|i am) (blanking|lost)/, says: 'candidate' },
  ],
};
