/** Zoom "Save captions" files: `[Name] HH:MM:SS` then text lines, blank line between. */
import { isBlank, trimmedRange, type Piece, type SourceLine } from './lines.js';
import { CAPTION_HEADER } from './markers.js';
import { secondsFromTimestamp } from './timing.js';

export function zoomHeaderFrom(line: string): { speaker: string; clockSec: number | undefined } | undefined {
  const m = CAPTION_HEADER.exec(line);
  if (!m) return undefined;
  const clock = (m[2] as string).split(':').length === 2 ? `${m[2]}:00` : (m[2] as string);
  return { speaker: (m[1] as string).trim(), clockSec: secondsFromTimestamp(clock) };
}

export function piecesFromZoomCaptions(lines: SourceLine[]): { pieces: Piece[]; warnings: string[] } {
  const pieces: Piece[] = [];
  const warnings: string[] = [];
  let speaker: string | undefined;
  let blockSec: number | undefined;
  let firstClock: number | undefined;
  let dayOffset = 0;
  let lastClock: number | undefined;
  let backwards = 0;
  let empty = 0;
  let blockHasText = true;
  for (const line of lines) {
    const header = zoomHeaderFrom(line.text);
    if (header) {
      if (!blockHasText) empty++;
      blockHasText = false;
      speaker = header.speaker;
      blockSec = undefined;
      if (header.clockSec !== undefined) {
        // Wall-clock times: a big jump back means the call ran past midnight.
        if (lastClock !== undefined && header.clockSec < lastClock) {
          if (lastClock - header.clockSec > 12 * 3600) dayOffset += 86_400;
          else backwards++;
        }
        lastClock = header.clockSec;
        firstClock ??= header.clockSec;
        blockSec = header.clockSec + dayOffset - firstClock;
      }
      continue;
    }
    if (isBlank(line) || speaker === undefined) continue;
    const range = trimmedRange(line);
    if (!range) continue;
    blockHasText = true;
    const piece: Piece = { speaker, ...range };
    if (blockSec !== undefined) piece.startSec = blockSec;
    pieces.push(piece);
  }
  if (!blockHasText) empty++;
  // A block ends when the next one starts; Zoom gives no end times.
  let nextStart: number | undefined;
  let blockStart: number | undefined;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i] as Piece;
    if (p.startSec === undefined) continue;
    // Lines of one block share a start; they all end where the next block starts.
    if (p.startSec !== blockStart) {
      nextStart = blockStart;
      blockStart = p.startSec;
    }
    if (nextStart !== undefined && nextStart >= p.startSec) p.endSec = nextStart;
  }
  if (backwards)
    warnings.push(`Timings go backwards in ${backwards} place(s); the order of the file was kept.`);
  if (empty) warnings.push(`${empty} caption block(s) had no text and were skipped.`);
  return { pieces, warnings };
}
