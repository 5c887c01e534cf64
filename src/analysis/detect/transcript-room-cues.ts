/**
 * Dialogue cues for how the room feels, said aloud: the candidate's nerves, banter, warmth and
 * awkwardness (transcript-cues.ts holds what is said of the job, the company and the candidate).
 * Run as its cues are, on transcript turns only, on the surface string.
 */
import type { SignPatterns } from './types.js';

/** The candidate's own words show nerves. */
const nerves: SignPatterns = {
  id: 'candidate-nerves',
  cues: [
    {
      re: /\b(my )?mind'?s? (has |just |completely |gone |went )*(blank|gone)\b|\bi'?ve (just )?(blanked|gone blank|lost my train)\b|\blost my (train of thought|thread)\b|\b(i'?m|i am) (rambling|babbling|waffling)\b|\bsorry,? (what was|where was i|i forgot)\b|\bnot sure that was a good answer\b|\bsorry,? i'?m (a bit )?all over the place\b|\bthat came out wrong\b|\bcan i (come back to|start (that )?again|start over|try that again)\b|\blet me (start|try) (that )?again\b/,
      surface: true,
      says: 'candidate',
      worryOk: true,
      neg: 'ignore',
    },
    // the feeling said, not shown ("I'm a little bit nervous, I always say that"), is half: nerves
    // that then don't show are not the sign (corpus README); with a stumble or a blank it is
    {
      re: /\b(i'?m|i am|i feel|feeling) (a bit |a little |so |really |quite |very |super |bit |still |just )*(nervous|flustered|anxious|shaky|jittery|on edge)\b/,
      surface: true,
      says: 'candidate',
      worryOk: true,
      neg: 'ignore',
      weight: 0.5,
    },
    // "sorry, I've lost my..." cut off is half too; its own cue, so that it adds to the feeling said in the same breath
    {
      re: /\bi'?ve lost my\b(?!( \w+)? (job|mum|mom|dad|wife|husband|partner|father|mother|home|house|licen[cs]e|keys|phone|wallet|voice)\b)/,
      surface: true,
      says: 'candidate',
      worryOk: true,
      neg: 'ignore',
      weight: 0.5,
    },
  ],
};

/** Banter named aloud. Laughter is read from the whole call (detect/call-signs.ts). */
const engaging: SignPatterns = {
  id: 'engaging-conversation',
  cues: [
    {
      re: /\bthat'?s (so |very |really )?(funny|hilarious)\b|\byou'?ve suffered too\b|\b(great|good) question\b.{0,20}\b(love|like) (that|it)\b/,
      surface: true,
      says: 'any',
      conf: 0.6,
    },
  ],
};

/**
 * Warmth named aloud: enjoyed the chat, informal, relax; and the interviewer's reassurance at the start ("it's only a
 * talk, no tricky questions", "don't be nervous", "it's a relaxed one", "just a friendly chat"), which the corpus
 * labels as warmth in the room (w23, w24, t23, x03).
 */
const warmth: SignPatterns = {
  id: 'positive-atmosphere',
  cues: [
    {
      re: /\b(i'?ve|i have|i|we'?ve|really) (really |genuinely |thoroughly )?(enjoyed|loved) (this|that|it|our|talking|the (chat|conversation|interview))\b|\b(this|that) (has been|was|'s been) (really |so |genuinely )?(fun|enjoyable|lovely|great fun|a pleasure|a joy)\b|\bit'?s been (really |so |genuinely )?(fun|lovely|great fun|a pleasure|a joy) (chatting|talking|meeting|speaking)\b|\bnothing (too |very )?formal\b|\b(dead|very|really|pretty|totally|quite) (informal|relaxed|casual)\b|\bnot an interrogation\b|\b(this|it) (isn'?t|is not) (meant to be |supposed to be )?(a test|an exam|a grilling|an interrogation)\b|\b(just|only) a (friendly |informal |relaxed |casual |two-way )?(chat|conversation|natter|talk)\b|\b(this|it)('s| is) (a )?(relaxed|informal|casual|friendly) (one|chat)\b|\b(no need to|don'?t|do not) (be|get|feel) (so )?(formal|nervous|stressed|worried|scared)\b|\bno (tricky |trick )?(questions to catch you out|tricks|tricky questions|trick questions)\b|\b(relax|make yourself (at home|comfortable))\b|\b(want|like|fancy) a (brew|cuppa|coffee|tea|drink)\b/,
      surface: true,
      says: 'any',
      neg: 'ignore',
      worryOk: true,
      conf: 0.65,
    },
  ],
};

/** Said aloud in the room: "this is a bit awkward". */
const awkward: SignPatterns = {
  id: 'awkward-atmosphere',
  cues: [
    {
      re: /\b(this|that|it)( is| was| feels| felt|'s| has| got| went| is getting)?( still| now)?( gone| got| become)? (a bit |a little |quite |really |so |kind of |kinda |all a bit )?(awkward|tense|stiff|stilted|strained|uncomfortable|intimidating)\b|\bawkward (silence|pause|moment)\b|\bthe (interview|call|meeting|room|atmosphere|vibe|panel) (was|felt|got|is|feels)( \w+)? (awkward|tense|stiff|stilted|strained|uncomfortable|intimidating)\b/,
      surface: true,
      says: 'any',
      conf: 0.65,
    },
    // the format named aloud as a test: "it feels a bit like an exam", "sorry, that was a bit of a grilling"
    {
      re: /\b(feels?|felt|feeling|is|was|it'?s)( (a bit|a little|kind of|kinda|quite|very much|more))? like ((a bit of|something of|kind of) )?(an?|sitting an?|being in an?) (exam|test|interrogation|grilling|inquisition|viva|police interview)\b|\b(a bit of|quite|bit of) a grilling\b|\b(a bit of |quite )?an? (exam|interrogation|inquisition|courtroom|exam hall) (atmosphere|feel|vibe)\b/,
      surface: true,
      says: 'any',
      conf: 0.65,
    },
    // the candidate says the call is slipping and they cannot read it: "it's hard to tell how it's going",
    // "I feel this has got away from me"
    {
      re: /\b(?:hard|difficult|impossible) to (?:tell|read|know|gauge) how (?:it'?s|this is|that'?s|i'?m|things are) going\b|\b(?:this|it|that) has (?:\w+ )?(?:got|gotten|run|slipped) away from me\b/,
      surface: true,
      says: 'candidate',
      conf: 0.6,
    },
    // the candidate names, with an apology, the doubt or the silence they see: "Sorry, you look a bit
    // unconvinced", "sorry, you're frowning", "Sorry. It's very quiet. I'm not sure I'm saying the right things"
    {
      re: /\bsorry\b[.,!]? (?:i can see )?(?:you look (?:a bit |a little |quite |very )?(?:unconvinced|unsure|sceptical|skeptical|confused|puzzled|doubtful|lost)|you'?re (?:frowning|shaking your head)|(?:it'?s|it is) (?:very|really|quite|so|awfully) quiet)\b|\bi can see i (?:haven'?t|have not|didn'?t|did not) (?:convinced|persuaded) you\b|\bnot sure (?:if |whether )?i'?m saying the right things?\b/,
      surface: true,
      says: 'candidate',
      conf: 0.6,
    },
    // the candidate filling a silence: "sorry, did you want me to expand on that?", "I think it froze",
    // "are you still there?", "you've gone a bit quiet", "is everything okay?", "did I say something wrong?".
    // Half: after one real glitch it is only manners
    {
      re: /\b(?:you'?ve|it'?s|it has|you have) gone (?:a bit |very |really |quite |all )?quiet\b|\bis everything (?:okay|ok|alright|all right)\?|\b(?:did i (?:just )?say|have i (?:just )?said) something wrong\b|\b(?:did|do) you want (?:me to (?:expand|go on|say more|carry on|keep going|go into (?:more|that))|more (?:on|about|detail)|a bit more)\b|\b(?:should|shall) i (?:expand|go on|keep going|carry on|say more)\b|\bis that (?:enough|okay|ok|alright|all right)(?: (?:detail|as an answer))?\?|\b(?:i think )?(?:it|you|the call|the screen) (?:froze|frozen|has frozen|'s frozen)\b|\bare you still (?:there|with me)\b/,
      surface: true,
      says: 'candidate',
      weight: 0.5,
      conf: 0.55,
    },
  ],
};

/**
 * The panel announcing that it will not react: "I keep a neutral face in these", "we've been asked to keep neutral
 * expressions", "I don't really do smiling on calls". Every read call that says it (five writers) is labelled
 * flat-interviewer; "we can't give feedback during the interview" is said in as many calls without it, and is left.
 * The one phrase run.ts lets stand for flat-interviewer in a call beside the whole-call readings.
 */
export const NEUTRAL_FACE_SAID =
  /\b(?:keep|keeping|kept) (?:\w+ )?(?:neutral|blank|poker) (?:faces?|expressions?)\b|\bi (?:don'?t|do not) (?:really )?do (?:smiling|smiles)\b/;
const flat: SignPatterns = {
  id: 'flat-interviewer',
  cues: [
    {
      re: NEUTRAL_FACE_SAID,
      surface: true,
      says: 'interviewer',
      neg: 'ignore',
      conf: 0.6,
    },
  ],
};

/** In the order TRANSCRIPT_SIGNS reads them. */
export const ROOM_SIGNS: readonly SignPatterns[] = [nerves, engaging, warmth, awkward, flat];
