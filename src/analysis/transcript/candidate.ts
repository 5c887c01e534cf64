/** Which speaker is the candidate: matched to a given name, or guessed from how people talk. */
import type { Transcript, Turn } from '../types.js';
import { candidateCues, type Cue } from './candidate-cues.js';
import { isSelfAlias } from './speakers.js';

type Candidate = NonNullable<Transcript['candidate']>;

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A display name's words: an e-mail's local part split at its dots and dashes ("sam.patel@…" is
 * "sam patel"), a surname-first "Patel, Sam" as it is, a tool's "(Guest)" as one more word.
 */
function wordsOf(folded: string): string[] {
  const local = folded.includes('@') ? folded.slice(0, folded.indexOf('@')) : folded;
  return local.split(/[^\p{L}]+/u).filter(Boolean);
}

/** The one speaker `test` picks, or none when it picks none or several. */
function onlyOne<T extends { s: string }>(list: T[], test: (x: T) => boolean): string | undefined {
  const hits = list.filter(test);
  return hits.length === 1 ? hits[0]?.s : undefined;
}

/**
 * Case- and accent-insensitive; full name, then a speaker holding every word of it (an e-mail, a
 * device, "Patel, Sam"), then the first name, then the surname, then a partial match; "me"/"you"
 * find a self-named speaker. A word matches only when one speaker alone has it.
 */
export function matchSpeaker(given: string, speakers: string[]): string | undefined {
  const g = fold(given);
  if (!g) return undefined;
  const folded = speakers.map((s) => {
    const f = fold(s);
    return { s, f, w: wordsOf(f) };
  });
  const exact = folded.find((x) => x.f === g);
  if (exact) return exact.s;
  if (isSelfAlias(g)) return folded.find((x) => isSelfAlias(x.f))?.s;
  const gWords = wordsOf(g);
  const first = gWords[0];
  const last = gWords.length > 1 ? gWords[gWords.length - 1] : undefined;
  const found =
    (gWords.length > 0 ? onlyOne(folded, (x) => gWords.every((w) => x.w.includes(w))) : undefined) ??
    (first !== undefined ? onlyOne(folded, (x) => x.w[0] === first) : undefined) ??
    (first !== undefined && first.length > 1 ? onlyOne(folded, (x) => x.w.includes(first)) : undefined) ??
    // a surname with the first name's initial, or alone: "S. Patel", "Patel"
    (last !== undefined && last.length > 1
      ? onlyOne(
          folded,
          (x) => x.w.includes(last) && (x.w.length === 1 || x.w.some((w) => w[0] === first?.[0])),
        )
      : undefined);
  if (found) return found;
  if (g.length >= 3) return onlyOne(folded, (x) => x.f.includes(g) || (x.f.length >= 3 && g.includes(x.f)));
  return undefined;
}

/** The cue's pick: the one speaker it finds least like an interviewer, or none on a tie. */
function pickOf(cue: Cue): string | undefined {
  const ranked = [...cue.bySpeaker].sort((a, b) => a[1] - b[1]);
  const [first, second] = ranked;
  if (!first || !second || second[1] - first[1] < 1e-9) return undefined;
  return first[0];
}

export function guessCandidate(turns: Turn[], speakers: string[]): Candidate | undefined {
  const self = speakers.find((s) => isSelfAlias(s));
  if (self) return { name: self, how: 'guessed', confidence: 0.9 };
  if (speakers.length < 2 || turns.length < 2) return undefined;
  const cues = candidateCues(turns, speakers);
  const score = (s: string): number => cues.reduce((n, c) => n + c.weight * (c.bySpeaker.get(s) ?? 0), 0);
  const ranked = [...speakers].sort((a, b) => score(a) - score(b));
  const [best, second] = [ranked[0] as string, ranked[1] as string];
  const margin = score(second) - score(best);
  // How much of the cues' weight points at the same speaker: cues that disagree make the guess less sure.
  let agree = 0;
  let picked = 0;
  for (const c of cues) {
    const pick = pickOf(c);
    if (pick === undefined) continue;
    picked += c.weight;
    if (pick === best) agree += c.weight;
  }
  const agreement = picked ? agree / picked : 0;
  // Two speakers, a clear gap and cues that agree land near 0.9; a near-tie stays near a coin flip.
  const cap = speakers.length === 2 ? 0.9 : 0.8;
  const confidence = 0.45 + (cap - 0.45) * Math.min(1, margin / 2) * agreement;
  return { name: best, how: 'guessed', confidence: Math.round(confidence * 100) / 100 };
}
