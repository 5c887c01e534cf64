import type { SignPatterns } from '../detect/types.js';

/** Doubts about the candidate, more than once: each doubt weighs 1; "twice", "kept pushing back" or "several concerns" weigh 2. */
export const raisedConcerns: SignPatterns = {
  id: 'raised-concerns',
  minWeight: 2,
  repeats: true,
  cues: [
    { re: /\b(question|questioned|questioning|doubt|doubted|doubting|worried|concerned|unsure|not sure|skeptical|sceptical|push|pushed|pushing|challenge|challenged|probed|pressed|grill|grilled)\b( back)?.{0,40}\b(whether|if|about my|on my|my|i'?d|i would|i could|i had|i have|i was|i'm)\b/, who: 'interviewer', neg: 'ignore' },
    { re: /\b(come|came|coming) back to (it|that|this)\b|\basking again\b|\basked again\b|\bagain if\b/, who: 'interviewer', weight: 1 },
    { re: /\bask\w* (me )?(\w+ )?(whether|if) (i|i'?d|my)\b.{0,40}\b(cope|really|actually|enough|handle|ever|only|able|ready|manage|could|bigger|experience)\b/, who: 'interviewer' },
    { re: /\bmight need work\b|\bnot (quite )?(ready|enough) (for|to)\b|\b(is|be|was) not enough for\b/, who: 'interviewer' },
    { re: /\b(2x|x2|twice|two times|three times|more than once|repeatedly|kept (asking|pushing|questioning|challenging|probing|coming back|going back)|keep (ask|push|question|challenge|probe))\b/, who: 'interviewer', weight: 2 },
    { re: /\b(several|multiple|a few|a couple of|some|lots of|a lot of|two|three|four|real|serious) (doubts|concerns|objections|reservations|worries)\b/, weight: 2 },
    { re: /\b(raise|raised|voice|voiced|express|expressed|mention|mentioned|had) (a |one )?(concern|doubt|reservation|objection|worry)\b/, who: 'interviewer' },
    { re: /\b(not|n't) (think|sure) (he|she|they) (bought|buy|was convinced)|\bnot convinced\b|\bconvinc\w* (him|her|them)\b|\bwasn'?t sold\b/, neg: 'ignore' },
    { re: /\bwe (really )?need someone who\b|\b(on the small side|too junior|not enough experience|lack of experience|gap in my (cv|resume))\b/, who: 'interviewer' },
    { re: /\b(worry|concern)\b|\bnot sure about\b|\byou('ve| have) not\b|\byou haven'?t\b|\bhave you\?|\bdifferent game\b|\bi'?ll be honest\b/, says: 'interviewer', neg: 'ignore' },
  ],
};
