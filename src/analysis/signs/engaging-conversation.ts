import type { SignPatterns } from '../detect/types.js';

/** Two-way, relaxed, laughter. "Nobody laughed" reads as awkward instead. */
export const engagingConversation: SignPatterns = {
  id: 'engaging-conversation',
  cues: [
    { re: /\b(laugh|laughed|laughing|laughs|laughter|joking|joked around|banter\w*|giggl\w*|chuckl\w*|haha\w*|hehe|lol|lmao)\b|\bcrack\w* (up|jokes)\b|😂|🤣|😆/, neg: 'awkward-atmosphere' },
    { re: /\b(more )?like a (chat|conversation|catch[- ]up)\b(?! than)|\b(proper|real|genuine|natural|great|good|easy) (back[- ]and[- ]forth|conversation|chat|discussion)\b|\bback[- ]and[- ]forth\b|\btwo[- ]way\b/ },
    { re: /\bwe (click|clicked|clicking|hit it off|vibed|got on)\b|\bhit it off\b|\bget on (like a house on fire|really well|great)|\bgot on (like a house on fire|really well|great|so well)|\bnerd\w* out\b|\b(chat|chatting|chatted|talked|talking) (for )?(ages|\d+ (min|mins|minutes))\b|\bend\w* up (chatting|talking)\b|\bconversation (flow|flowed)\b|\bflow\w* (naturally|really well|easily)\b|\bcarried away\b|\blost track of time\b|\bswap\w* (stories|horror stories|war stories|marking)|\btime flew\b|\bbounc\w* ideas\b/ },
    { re: /\b(great|good|real|instant|easy) rapport\b/, neg: 'awkward-atmosphere' },
    { re: /^ha\b|\bha!|\bhaha|\[laugh\w*\]|\(laugh\w*\)|\bfeels like a conversation\b|\bproper conversation\b|\bi'?m enjoying this\b|\b(really|so) fun\b|\bthis has been (really )?fun\b/, says: 'any', weight: 0.4 },
  ],
};
