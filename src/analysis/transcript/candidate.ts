/** Which speaker is the candidate: matched to a given name, or guessed from how people talk. */
import { matchCount } from '../exec-all.js';
import type { Transcript, Turn } from '../types.js';
import { isSelfAlias, ROLE_NAMES } from './speakers.js';

type Candidate = NonNullable<Transcript['candidate']>;

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Case- and accent-insensitive; full name, then first name, then a partial match; "me"/"you" find a self-named speaker. */
export function matchSpeaker(given: string, speakers: string[]): string | undefined {
  const g = fold(given);
  if (!g) return undefined;
  const folded = speakers.map((s) => ({ s, f: fold(s) }));
  const exact = folded.find((x) => x.f === g);
  if (exact) return exact.s;
  if (isSelfAlias(g)) return folded.find((x) => isSelfAlias(x.f))?.s;
  const gFirst = g.split(' ')[0] as string;
  const byFirst = folded.filter((x) => x.f.split(' ')[0] === gFirst);
  if (byFirst.length === 1) return byFirst[0]?.s;
  if (g.length >= 3) {
    const partial = folded.filter((x) => x.f.includes(g) || (x.f.length >= 3 && g.includes(x.f)));
    if (partial.length === 1) return partial[0]?.s;
  }
  return undefined;
}

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

/** Higher means more like the interviewing side. */
function interviewerScores(turns: Turn[], speakers: string[]): Map<string, number> {
  const questions = new Map<string, number>();
  const words = new Map<string, number>();
  let totalWords = 0;
  const phrases = new Map<string, number>();
  let totalQuestions = 0;
  const tells = new Map<string, number>();
  for (const t of turns) {
    tells.set(
      t.speaker,
      (tells.get(t.speaker) ?? 0) + (HOST_TELL.test(t.text) ? 1 : 0) - (GUEST_TELL.test(t.text) ? 1 : 0),
    );
    const q = matchCount(/\?/g, t.text);
    totalQuestions += q;
    const n = t.text.split(/\s+/).length;
    totalWords += n;
    words.set(t.speaker, (words.get(t.speaker) ?? 0) + n);
    questions.set(t.speaker, (questions.get(t.speaker) ?? 0) + q);
    phrases.set(
      t.speaker,
      (phrases.get(t.speaker) ?? 0) +
        matchCount(ASKS, t.text) +
        matchCount(HOSTS, t.text) -
        matchCount(ANSWERS, t.text),
    );
  }
  const scores = new Map<string, number>();
  for (const s of speakers) {
    const qShare = totalQuestions ? (questions.get(s) ?? 0) / totalQuestions : 0;
    const p = phrases.get(s) ?? 0;
    // The interviewee answers, so usually says a good share of the words; a quiet panellist does not.
    const wordShare = totalWords ? (words.get(s) ?? 0) / totalWords : 0;
    let score = 2 * qShare + 0.3 * Math.max(-3, Math.min(3, p)) - 0.8 * wordShare;
    score += 1.5 * Math.max(-1, Math.min(1, tells.get(s) ?? 0));
    const lower = s.toLowerCase();
    if (ROLE_NAMES.has(lower) && !isSelfAlias(lower)) score += 2;
    if (turns[0]?.speaker === s) score += 0.15;
    scores.set(s, score);
  }
  return scores;
}

export function guessCandidate(turns: Turn[], speakers: string[]): Candidate | undefined {
  const self = speakers.find((s) => isSelfAlias(s));
  if (self) return { name: self, how: 'guessed', confidence: 0.9 };
  if (speakers.length < 2 || turns.length < 2) return undefined;
  const scores = interviewerScores(turns, speakers);
  const ranked = [...speakers].sort((a, b) => (scores.get(a) ?? 0) - (scores.get(b) ?? 0));
  const [best, second] = [ranked[0] as string, ranked[1] as string];
  const margin = (scores.get(second) ?? 0) - (scores.get(best) ?? 0);
  // Two speakers with a clear gap lands near 0.85; a near-tie stays near a coin flip.
  const cap = speakers.length === 2 ? 0.88 : 0.75;
  const confidence = Math.min(cap, 0.45 + 0.35 * Math.min(1, margin));
  return { name: best, how: 'guessed', confidence: Math.round(confidence * 100) / 100 };
}
