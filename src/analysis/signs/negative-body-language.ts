import type { SignPatterns } from '../detect/types.js';

/** The interviewer's closed or cold non-verbal cues. A negated smile lands here too (see interviewer-smiling). */
export const negativeBodyLanguage: SignPatterns = {
  id: 'negative-body-language',
  cues: [
    { re: /\b(arm|arms) (be |were |was )?(fold|folded|cross|crossed)\b/, who: 'interviewer' },
    { re: /\b(fold|folded|cross|crossed) (his|her|their) arms?\b/, who: 'interviewer' },
    { re: /\b(no|little|barely|hardly|never|avoid\w*|without|zero|minimal|not much|n't make|not make|not making|any)\b.{0,20}\beye[- ]contact\b/, who: 'interviewer', neg: 'ignore' },
    { re: /\blean\w* (right |way |all the way )?(back|away)\b/, who: 'interviewer' },
    { re: /\b(frown\w*|scowl\w*|glar\w*|smirk\w*|sneer\w*|grimac\w*|eye ?roll\w*|roll\w* (his|her|their) eyes)\b/, who: 'interviewer' },
    { re: /\b(stone|stony)[- ]?fac\w*|\bpoker[- ]?fac\w*|\bblank (face|expression|stare)|\bexpressionless\b|\bcold stare\b|\bunsmiling\b|\bstern\w*\b|\bstony\b/, who: 'interviewer' },
    { re: /\b(closed[- ]off|closed body language|body language (be|was|felt) (closed|cold|off|negative|defensive))\b/, who: 'interviewer' },
    { re: /\b(never|not|n't|barely|hardly) (once )?(look|looked) (at me|up)\b/, who: 'interviewer', neg: 'ignore' },
  ],
};
