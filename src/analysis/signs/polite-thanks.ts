/**
 * "Thank you, that's great." and "That's great, thanks." are thanks for an answer, as a polite interviewer
 * gives after every one, not praise of the work. Put around a "that's great" pattern: not after thanks, and
 * not followed by them.
 */
export const NOT_AFTER_THANKS = String.raw`(?<!\b(?:thank you|thanks)(?: (?:so|very) much)?\s?[,.!]?\s)`;
export const NOT_BEFORE_THANKS = String.raw`(?!\s?[,.!]?\s(?:thank you|thanks)\b)`;
