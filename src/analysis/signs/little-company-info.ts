import type { SignPatterns } from '../detect/types.js';

const ASKED_CULTURE = '\\b(culture|ethos|values?|vibe|what it\'?s like (working|to work)|like (working|to work) (there|here|at|for|with)|like to work (at|for|with)|work(ing)? there|how (the |their |people |the teams? |everyone |they )?(teams? )?(work|get on|run)|work together|environment|team (be|is|\'s) like|the company|the (firm|business|shop|school|agency|owners?|organisation|organization|place)|what (the |it )(\\w+ )?(\'s|is|be|was) like|day to day)';
/** Replies that give nothing: deferrals, shrugs, stock lines. */
const BRUSH_OFF = '\\b(find out|you\'?ll see|you will see|like a family|handbook|fast[- ]paced|it\'?s fine|they\'?re fine|they be fine|different in every|chang\\w* the subject|mov\\w* on|next question|that was (that|it)|that be (that|it)|brush\\w*|fob\\w*|dodg\\w*|deflect\\w*|shrug\\w*|like any \\w+|buzzwords?|generic|non[- ]answer|didn\'?t really answer|not really answer|on the website|website|ask (the |hr|your )?(recruiter|hr|manager|team)|normal \\w+|it\'?s (retail|a job|a café|a cafe|the civil service|hospitality|the nhs|a warehouse|a \\w+, innit|busy|ok|okay|alright)|innit|(all )?(very )?busy|small outfit|traditional|nothing more|nothing else|wouldn\'?t elaborate|didn\'?t elaborate|won\'?t elaborate|no elaboration|vague|you know what it\'?s like|get used to it|same as (anywhere|everywhere)|like (anywhere|everywhere) else|nothing special|we\'?ll see|for later|later|pick it up|(said|told|got|was told) (me )?(only|just)|only that|nothing further|it\'?s a (\\w+ ){1,2}(place|department|firm|company|team|outfit|bunch|school|shop)|annual report|(short|general|vague|stock|one-line|one-word|brief|bland) (reply|answer|response)|friendly bunch|heads down|mate)';

/** Little about the company, its culture or how people work there, including culture questions brushed off. */
export const littleCompanyInfo: SignPatterns = {
  id: 'little-company-info',
  cues: [
    { re: /\b(nothing|little|not much|hardly anything|almost nothing|barely anything|no idea|no sense|no feel|zero|not a thing|sod all|nada)\b.{0,25}\b(about|of|for|on) (the |their |what the )?(company|firm|business|organisation|organization|culture|place|employer|team culture|values|ethos|agency|shop|store|school|hotel)\b/, neg: 'ignore' },
    { re: new RegExp(`${ASKED_CULTURE}\\b.{0,140}?${BRUSH_OFF}`) },
    { re: /\b(never|not|n't|didn't|nobody|no one|no-one) (really )?(talk|say|tell|mention|explain|said|told)\w* (me |us )?(anything |much |a thing |a word )?about (the |their |how the |how )?(company|culture|firm|team works|values|business|organisation|organization|\w+ team works|place)/, neg: 'ignore' },
    { re: /\bhow little (they|he|she) (told|said|shared|gave)\b|\b(no|zero) (culture|company) (stuff|info|information|talk|chat)\b|\bnothing on the (company|culture|firm|place)\b/, neg: 'ignore' },
    { re: /\blike any \w+|\bit'?s a (warehouse|job|company|business|café|cafe)\b|\byou know what it'?s like\b|\byou'?ll get used to it\b|\byou'?ll (see|find out)\b|\bit'?s (all )?on the website\b|\bask (the )?(recruiter|hr)\b|\bit'?s the civil service\b/, says: 'interviewer', weight: 0.5 },
    { re: /\b(wouldn't|would not|didn't|did not|won't|couldn't|refused to|declined to) (really )?(elaborate|expand on (it|that)|go into (it|detail|that))\b|\bnever (actually )?(been|worked) (to|at|in) the (office|site|company|building)\b/, neg: 'ignore' },
  ],
};
