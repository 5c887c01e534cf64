import type { Turn } from '../types.js';
import type { Piece } from './lines.js';

/** Consecutive pieces of one speaker become one turn; its text is the pieces joined by one space. */
export function turnsFromPieces(pieces: Piece[]): Turn[] {
  const turns: Turn[] = [];
  let current: Turn | undefined;
  for (const p of pieces) {
    if (!current || current.speaker !== p.speaker) {
      current = { speaker: p.speaker, text: p.text, spans: [{ start: p.start, end: p.end }] };
      turns.push(current);
    } else {
      current.text += ` ${p.text}`;
      current.spans.push({ start: p.start, end: p.end });
    }
    if (p.startSec !== undefined && current.startSec === undefined) current.startSec = p.startSec;
    if (p.endSec !== undefined && (current.endSec === undefined || p.endSec > current.endSec))
      current.endSec = p.endSec;
  }
  return turns;
}

/**
 * Maps an index into `turn.text` to an offset in the original input, so a quote found in
 * the merged text can be cited exactly. Undefined for the joining spaces.
 */
export function sourceOffsetFromTurn(turn: Turn, index: number): number | undefined {
  let at = 0;
  for (const span of turn.spans) {
    const len = span.end - span.start;
    if (index >= at && index <= at + len) return span.start + (index - at);
    at += len + 1;
  }
  return undefined;
}
