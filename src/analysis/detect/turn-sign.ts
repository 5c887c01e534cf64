/** What a sign read from whole turns looks like, and the counts such signs are read with. */
import type { SignId } from '../../core/signs/ids.js';
import type { Turn } from '../types.js';

/** A sign read from whole turns rather than a cue in one clause, quoted as the turn it names. */
export interface TurnSign {
  id: SignId;
  /** The turn to quote: the interviewer's reply for a brush-off, the first telling turn for a call sign. */
  turn: Turn;
  weight: number;
  confidence: number;
  /** A moment of the call rather than its whole room (people talking over each other): it leaves warmth standing. */
  moment?: boolean;
}

/** The middle value (the upper of the two middle ones); Infinity for none. */
export function median(values: number[]): number {
  if (values.length === 0) return Infinity;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}
