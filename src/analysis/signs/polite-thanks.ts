/**
 * "Thank you, that's great." and "That's great, thanks." are thanks for an answer, as a polite interviewer
 * gives after every one, not praise of the work. Put around a "that's great" pattern: not after thanks, and
 * not followed by them.
 */
export const NOT_AFTER_THANKS = String.raw`(?<!\b(?:thank you|thanks)(?: (?:so|very) much)?\s?[,.!]?\s)`;
export const NOT_BEFORE_THANKS = String.raw`(?!\s?[,.!]?\s(?:thank you|thanks)\b)`;

/**
 * Praise said out of habit: "'great answer' after every question, even the one I fluffed", "said it about twelve
 * times", "I think she says that to everyone", "a verbal tic". The writer hears a reflex, not a verdict on the work.
 * Put right after a praise match; looks to the end of the sentence.
 */
export const NOT_A_HABIT = String.raw`(?![^.\n]{0,80}\b(?:after|to|for|with) (?:pretty much |nearly |almost |literally |just about )?(?:every|each|all)(?: single| one)?(?: of (?:my|the|our))? (?:answers?|questions?|repl(?:y|ies)|candidates?|one|thing|response|responses)\b|[^.\n]{0,60}\b(?:\d+|a dozen|dozens of|several|many|ten|twelve|twenty|a hundred|a million|about \w+) times?\b|[^.\n]{0,120}\b(?:verbal tic|(?:say|says|said) (?:that|it|this) to (?:everyone|everybody|all of us|every \w+)|to everyone)\b)`;
