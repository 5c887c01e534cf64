/**
 * How each speaker of a call talks, as cues to who is being interviewed. Each cue gives every
 * speaker an "interviewer-likeness" (higher: more like the side that hires), so the guess can
 * weigh the cues and say how far they agree.
 */
import { matchCount } from '../exec-all.js';
import type { Turn } from '../types.js';
import { isSelfAlias, ROLE_NAMES } from './speakers.js';

const ASKS =
  /\b(tell me about|walk me through|talk me through|can you (?:tell|describe|give|walk)|how would you|what would you|why do you|why are you|describe a time|give me an example|what made you|any questions for (?:me|us)|what questions do you have|do you have any questions)\b/gi;
const HOSTS =
  /\b(here at|our team|we're looking for|we are looking for|i'm the|i am the|i lead|i run the|the role is|this role|the position|we're hiring|thanks for (?:joining|coming|making the time)|the team is|this is \p{Lu}\p{L}+,? (?:one of )?(?:our|who))\b/giu;
const ANSWERS =
  /\b(thanks for having me|thank you for having me|thanks? (?:you )?for seeing me|in my (?:last|current|previous) (?:role|job|position)|at my (?:last|current|previous)|my (?:cv|resume|résumé)|i applied|i've been working|i have been working|i worked (?:at|on|as)|when i was at|my background)\b/gi;

/** Near-certain tells: only the host asks for the guest's questions; only the guest thanks them for the invitation. */
const HOST_TELL =
  /\b(?:(?:do you have|have you got|any) (?:any )?(?:other |more |final )?questions(?: for (?:me|us))?\?|what questions do you have|welcome)\b/i;
const GUEST_TELL =
  /\bthank(?:s| you)(?: both| all| so much)? for (?:having|seeing|inviting|interviewing) me\b/i;

const YOU = /\b(?:you|your|yours|yourself)\b/gi;
const I = /\b(?:i|me|my|mine|myself)\b/gi;
// The interviewer speaks for the firm ("we're looking for", "our team"); the candidate for themself.
const WE = /\b(?:we|us|our|ours|ourselves)\b/gi;
// Captions often drop the question mark: a sentence that opens like a question is one anyway.
const FLAT_QUESTION =
  /(?:^|[.!]\s+)(?:tell me|walk me|talk me|what|how|why|when|where|which|who|can you|could you|would you|do you|did you|have you|are you|were you)\b[^.?!]*(?:[.!]|$)/gi;
// Teams marks people from outside the organisation that hosts the call.
const GUEST_LABEL = /\((?:guest|external|unverified)\)/i;

/** A cue's name, how much it weighs, and its interviewer-likeness for each speaker. */
export interface Cue {
  name: string;
  weight: number;
  bySpeaker: Map<string, number>;
}

interface Tally {
  words: number;
  you: number;
  i: number;
  we: number;
  questions: number;
  earlyQuestions: number;
  longest: number;
  phrases: number;
  tells: number;
}

function tallies(turns: Turn[], speakers: string[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const s of speakers)
    out.set(s, {
      words: 0,
      you: 0,
      i: 0,
      we: 0,
      questions: 0,
      earlyQuestions: 0,
      longest: 0,
      phrases: 0,
      tells: 0,
    });
  const early = Math.ceil(turns.length / 3);
  turns.forEach((t, at) => {
    const a = out.get(t.speaker);
    if (!a) return;
    const words = t.text.split(/\s+/).filter(Boolean).length;
    a.words += words;
    a.longest = Math.max(a.longest, words);
    a.you += matchCount(YOU, t.text);
    a.i += matchCount(I, t.text);
    a.we += matchCount(WE, t.text);
    const q = matchCount(/\?/g, t.text) + matchCount(FLAT_QUESTION, t.text);
    a.questions += q;
    if (at < early) a.earlyQuestions += q;
    a.phrases += matchCount(ASKS, t.text) + matchCount(HOSTS, t.text) - matchCount(ANSWERS, t.text);
    a.tells += (HOST_TELL.test(t.text) ? 1 : 0) - (GUEST_TELL.test(t.text) ? 1 : 0);
  });
  return out;
}

const clamp = (x: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, x));

function cueOf(name: string, weight: number, speakers: string[], f: (s: string) => number): Cue {
  return { name, weight, bySpeaker: new Map(speakers.map((s) => [s, f(s)])) };
}

/** Every cue for every speaker. Rates are pulled toward the call's own so a quiet speaker's few words prove little. */
export function candidateCues(turns: Turn[], speakers: string[]): Cue[] {
  const t = tallies(turns, speakers);
  const get = (s: string): Tally => t.get(s) as Tally;
  const sum = (k: keyof Tally): number => speakers.reduce((n, s) => n + get(s)[k], 0);
  const words = sum('words') || 1;
  const youRate = sum('you') / words;
  const weShare = (sum('we') + 1) / (sum('we') + sum('i') + 2);
  const questions = sum('questions');
  const early = sum('earlyQuestions');
  const longest = sum('longest') || 1;
  const even = 1 / speakers.length;
  const PRIOR = 60; // words' worth of the call's own rate added to each speaker's
  return [
    // the interviewer asks about you; the candidate talks about themself
    cueOf('you per word', 3, speakers, (s) => {
      const own = (get(s).you + PRIOR * youRate) / (get(s).words + PRIOR);
      return youRate ? clamp(own / youRate - 1, -1, 1) : 0;
    }),
    cueOf('we against I', 2, speakers, (s) => {
      const own = (get(s).we + 8 * weShare) / (get(s).we + get(s).i + 8);
      return clamp((own - weShare) * 3, -1, 1);
    }),
    cueOf('asks early', 1, speakers, (s) => (early ? get(s).earlyQuestions / early - even : 0)),
    cueOf('asks', 1, speakers, (s) => (questions ? get(s).questions / questions - even : 0)),
    // answers run long; a quiet panellist's turns do not
    cueOf('longest answers', 1, speakers, (s) => even - get(s).longest / longest),
    cueOf('interview phrases', 0.3, speakers, (s) => clamp(get(s).phrases, -3, 3) / 3),
    cueOf('host or guest tells', 1.5, speakers, (s) => clamp(get(s).tells, -1, 1)),
    cueOf('named by role', 2, speakers, (s) => (ROLE_NAMES.has(s.toLowerCase()) && !isSelfAlias(s) ? 1 : 0)),
    cueOf('guest label', 2, speakers, (s) => (GUEST_LABEL.test(s) ? -1 : 0)),
    cueOf('opens the call', 0.15, speakers, (s) => (turns[0]?.speaker === s ? 1 : 0)),
  ];
}
