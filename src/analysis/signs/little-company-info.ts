import type { SignPatterns } from '../detect/types.js';

const ASKED_CULTURE = '\\b(culture|values?|what it\'?s like (working|to work)|like (working|to work) there|work(ing)? there|how (the |their |people |the teams? |everyone )?(teams? )?work|work together|environment|team (be|is|\'s) like|the company|day to day)';
const BRUSH_OFF = '\\b(find out|like a family|handbook|fast[- ]paced|it\'?s fine|they\'?re fine|they be fine|different in every|chang\\w* the subject|mov\\w* on|next question|that was that|that be that|brush\\w*|fob\\w*|dodg\\w*|deflect\\w*|shrug\\w*|like any \\w+|buzzwords?|generic|non[- ]answer|didn\'?t really answer|not really answer)';

/** Little about the company, its culture or how people work there, including culture questions brushed off. */
export const littleCompanyInfo: SignPatterns = {
  id: 'little-company-info',
  cues: [
    { re: /\b(nothing|little|not much|hardly anything|almost nothing|barely anything|no idea|no sense|no feel)\b.{0,25}\b(about|of|for) (the |their )?(company|firm|business|organisation|organization|culture|place|employer|team culture|values)\b/, neg: 'ignore' },
    { re: new RegExp(`${ASKED_CULTURE}\\b.{0,140}?${BRUSH_OFF}`) },
    { re: /\b(never|not|n't|didn't) (really )?(talk|say|tell|mention|explain)\w* (anything |much )?about (the |their )?(company|culture|firm|team|values)/, neg: 'ignore', who: 'interviewer' },
    { re: /\blike any \w+|\bit'?s a (warehouse|job|company|business)\b/, says: 'interviewer', weight: 0.5 },
  ],
};
