/**
 * A transcript file shown as who said what. The evidence offsets index the ORIGINAL file, so
 * each turn is cut from the file by its spans (never from re-joined text), and inline cue tags
 * (`<i>`, `<c.yellow>`, `<00:01.000>`) are hidden from view without moving any offset.
 */
import { cueTagOffsets, decodeCueEntities, hasCueMarkup } from '../analysis/transcript/display.js';
import type { Transcript } from '../analysis/types.js';
import { segmentsFrom, type Mark, type Segment } from './highlight.js';

export interface TurnView {
  speaker: string;
  isCandidate: boolean;
  /** Seconds from the start of the call, when the file has timings. */
  startSec?: number;
  /** The turn's speech as plain and marked runs; `start` is an offset into the original file. */
  runs: Segment[];
}

function visible(run: Segment, hidden: ReadonlySet<number> | undefined): string {
  if (!hidden) return run.text;
  let out = '';
  for (let k = 0; k < run.text.length; k++) if (!hidden.has(run.start + k)) out += run.text[k];
  return decodeCueEntities(out);
}

/** Runs of one span of the file, with the marks that reach into it. */
function spanRuns(
  text: string,
  span: { start: number; end: number },
  marks: readonly Mark[],
  isCue: boolean,
): Segment[] {
  const inside = marks
    .filter((m) => m.start < span.end && m.end > span.start)
    .map((m) => ({
      ...m,
      start: Math.max(m.start, span.start) - span.start,
      end: Math.min(m.end, span.end) - span.start,
    }));
  const hidden = isCue ? cueTagOffsets(text, span.start, span.end) : undefined;
  return segmentsFrom(text.slice(span.start, span.end), inside)
    .map((s) => ({ ...s, start: s.start + span.start }))
    .map((s) => ({ ...s, text: visible(s, hidden) }))
    .filter((s) => s.text !== '');
}

/**
 * The turns to show, or undefined when the text is better shown as it is: a `Name: text`
 * document already reads well (and its other lines would be lost), and showing turns must
 * never hide a mark (a quote outside every turn's spans).
 */
export function turnViewsFrom(
  text: string,
  transcript: Pick<Transcript, 'format' | 'turns' | 'candidate'>,
  marks: readonly Mark[],
): TurnView[] | undefined {
  if (transcript.format === 'plain-speaker') return undefined;
  const spans = transcript.turns.flatMap((t) => t.spans);
  const valid = marks.filter((m) => m.start >= 0 && m.end > m.start && m.end <= text.length);
  if (valid.some((m) => !spans.some((s) => m.start < s.end && m.end > s.start))) return undefined;
  if (spans.some((s) => s.start < 0 || s.end > text.length || s.end < s.start)) return undefined;
  return transcript.turns.map((turn) => {
    const runs: Segment[] = [];
    turn.spans.forEach((span, i) => {
      // Cues of one turn are joined by a space, marked when one quote runs across both.
      if (i > 0) {
        const prev = turn.spans[i - 1] as { end: number };
        const across = valid.filter((m) => m.start < prev.end && m.end > span.start).map((m) => m.signId);
        runs.push({ text: ' ', start: prev.end, signIds: [...new Set(across)] });
      }
      runs.push(...spanRuns(text, span, valid, hasCueMarkup(transcript.format)));
    });
    const view: TurnView = {
      speaker: turn.speaker,
      isCandidate: transcript.candidate?.name === turn.speaker,
      runs,
    };
    if (turn.startSec !== undefined) view.startSec = turn.startSec;
    return view;
  });
}
