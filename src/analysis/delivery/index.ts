/**
 * @module analysis/delivery — text-only delivery metrics for the candidate's side of a
 * transcript (after Naim et al. 2015: fluency, fillers, "we" vs "I", unique words), and
 * plain guidance built on them. Guidance, not a grade.
 */
import type { DeliveryMetrics, Transcript, Turn } from '../types.js';
import { laidOutNextSteps, roleTalkShare } from './interviewer.js';
import { fillerCount, movingTypeTokenRatio, sentencesOf, weAndICounts, wordsOf } from './words.js';

export { deliveryGuidance } from './guidance.js';

const CHECK_QUESTIONS =
  /^(?:sorry|pardon|can you hear me|does that make sense|is that (?:ok|okay|right|alright)|shall i (?:go on|continue)|should i (?:go on|continue)|right|you know|yeah)\b/i;

/** A real question to the interviewer, not "does that make sense?". */
function hasRealQuestion(text: string): boolean {
  return sentencesOf(text).some(
    (s) => s.isQuestion && wordsOf(s.text).length >= 4 && !CHECK_QUESTIONS.test(s.text),
  );
}

/** Whether the candidate asked questions in the last third of the call (by time when known, else by words). */
function askedAtEnd(turns: Turn[], candidate: string): boolean {
  const times = turns.map((t) => t.endSec ?? t.startSec).filter((x): x is number => x !== undefined);
  const first = turns.find((t) => t.startSec !== undefined)?.startSec;
  const last = times.length ? Math.max(...times) : undefined;
  if (
    first !== undefined &&
    last !== undefined &&
    last > first &&
    turns.every((t) => t.startSec !== undefined)
  ) {
    const cut = first + ((last - first) * 2) / 3;
    return turns.some(
      (t) => t.speaker === candidate && (t.startSec as number) >= cut && hasRealQuestion(t.text),
    );
  }
  const counts = turns.map((t) => wordsOf(t.text).length);
  const total = counts.reduce((a, b) => a + b, 0);
  let seen = 0;
  return turns.some((t, i) => {
    const before = seen;
    seen += counts[i] as number;
    return t.speaker === candidate && before >= (total * 2) / 3 && hasRealQuestion(t.text);
  });
}

/** Metrics for the candidate's delivery; undefined when no candidate is known or they said nothing. */
export function deliveryMetrics(transcript: Transcript): DeliveryMetrics | undefined {
  const candidate = transcript.candidate?.name;
  if (candidate === undefined) return undefined;
  const mine = transcript.turns.filter((t) => t.speaker === candidate);
  const theirs = transcript.turns.filter((t) => t.speaker !== candidate);
  const myWords = mine.flatMap((t) => wordsOf(t.text));
  if (myWords.length === 0) return undefined;
  const totalWords = myWords.length + theirs.reduce((n, t) => n + wordsOf(t.text).length, 0);
  let timedWords = 0;
  let seconds = 0;
  for (const t of mine) {
    // Backwards or missing timings say nothing about pace, so those turns are left out.
    if (t.startSec === undefined || t.endSec === undefined || t.endSec <= t.startSec) continue;
    timedWords += wordsOf(t.text).length;
    seconds += t.endSec - t.startSec;
  }
  const { we, i } = weAndICounts(myWords);
  const metrics: DeliveryMetrics = {
    candidateTalkShare: myWords.length / totalWords,
    fillersPer100Words: (100 * mine.reduce((n, t) => n + fillerCount(t.text), 0)) / myWords.length,
    // Smoothed so a single "we" with no "I" is not infinite.
    weToIRatio: (we + 0.5) / (i + 0.5),
    uniqueWordRatio: movingTypeTokenRatio(myWords),
    longestAnswerWords: Math.max(...mine.map((t) => wordsOf(t.text).length)),
    askedQuestionsAtEnd: askedAtEnd(transcript.turns, candidate),
    interviewerRoleTalkShare: roleTalkShare(theirs.map((t) => t.text)),
    interviewerLaidOutNextSteps: laidOutNextSteps(theirs.map((t) => t.text)),
  };
  // Under 20 seconds of timed speech gives a pace too noisy to show.
  if (seconds >= 20 && timedWords > 0) metrics.wordsPerMinute = (timedWords / seconds) * 60;
  return metrics;
}
