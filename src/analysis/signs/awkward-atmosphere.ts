import type { SignPatterns } from '../detect/types.js';

/** Tense or uncomfortable feel: named outright, or in the telling (pauses, a joke that dies). */
export const awkwardAtmosphere: SignPatterns = {
  id: 'awkward-atmosphere',
  cues: [
    { re: /\b(awkward\w*|uncomfortable|tense|tension|stiff|stiffly|stilted|frosty|icy|strained|cringe\w*|excruciating|weird vibe|odd vibe)\b/, says: 'any', notes: true },
    { re: /\b(long|awkward|uncomfortable|painful|dead) (pause|silence)s?\b/, says: 'any', notes: true },
    { re: /(?<!than (a |an )?)\b(deposition|interrogation|cross[- ]examination|police interview|firing squad|tribunal)\b/ },
    { re: /\bjoke\b.{0,60}\b(die|died|fall flat|fell flat|flop\w*|land badly|landed badly|went nowhere|go nowhere|bomb\w*)\b/ },
    { re: /\b(walk|walked) in on\b/ },
    { re: /\b(not|neither of us|nobody|no one|n't)\b.{0,30}\bknow (what to say|whether to|where to look)/, neg: 'ignore' },
    { re: /\b(break the ice|no rapport|zero rapport|any rapport|could cut the tension|atmosphere was (off|cold|heavy)|vibe (be|was) (off|weird|odd|strange|cold))\b/, neg: 'ignore' },
    { re: /\b(the )?(interview|room|atmosphere|mood|whole thing) (be|was|felt|feel) (so |really |very |just |a bit |kind of )?(weird|odd|off|strange|cold|heavy|uncomfortable)\b/ },
  ],
};
