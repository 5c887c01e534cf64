/**
 * Cue text as a person reads it: WebVTT/SRT inline tags (`<i>`, `<c.yellow>`, `<v Dana>`,
 * `<00:01.000>`) dropped and the common entities decoded. For showing quotes only: evidence
 * offsets always index the original text, never this.
 */
import type { TranscriptFormat } from '../types.js';
import { BARE_MARKER, CAPTION_HEADER, NAME_TIME_LINE } from './markers.js';
import { cueTimingFrom } from './timing.js';

const INLINE_TAG = /<[^>\n]*>/g;

/** The formats whose cues may carry inline markup; elsewhere a "<b>" is what someone typed. */
export function hasCueMarkup(format: TranscriptFormat | undefined): boolean {
  return format === 'webvtt-voice' || format === 'webvtt-prefix' || format === 'srt';
}
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ' };

export function decodeCueEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|nbsp);/g, (e) => ENTITIES[e] ?? e);
}

/** Offsets (into `text`) of the characters in text[from, to) that are cue markup, not speech. */
export function cueTagOffsets(text: string, from = 0, to = text.length): Set<number> {
  const hidden = new Set<number>();
  for (const m of text.slice(from, to).matchAll(INLINE_TAG))
    for (let k = 0; k < m[0].length; k++) hidden.add(from + (m.index ?? 0) + k);
  return hidden;
}

/** Lines that only place speech: a caption's "[Name] 10:02:13", Meet's "00:05:00", Otter's "Name  1:02". */
const PLACING_LINES = [CAPTION_HEADER, BARE_MARKER, NAME_TIME_LINE];
// the "Name:" SRT and Zoom's VTT put at the start of every cue
const SPEAKER_PREFIX = /^\s*[^:\n]{1,48}:\s+/;
const isTiming = (line: string): boolean => cueTimingFrom(line) !== undefined;

/**
 * A turn merged from several cues spans their headers in the source: cue ids, timings, a
 * caption's name-and-time line, and the "Name:" that SRT and Zoom repeat on every cue. Shown as
 * one run of speech, as it was said.
 */
function withoutCueHeaders(quote: string): string {
  const lines = quote.split('\n');
  const kept: string[] = [];
  let dropped = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1];
    if (isTiming(line)) {
      dropped = true;
      // the cue's own words may start with the speaker's name, as SRT and Zoom's VTT write it
      if (next !== undefined) lines[i + 1] = next.replace(SPEAKER_PREFIX, '');
      continue;
    }
    // a cue id (a number, or Teams' "uuid/12-0") stands alone just above its timing
    if (next !== undefined && isTiming(next) && /^\s*\S+\s*$/.test(line)) continue;
    if (PLACING_LINES.some((re) => re.test(line))) {
      dropped = true;
      continue;
    }
    kept.push(line);
  }
  if (!dropped) return quote;
  return kept
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(' ');
}

/** A quote from a transcript without its cue markup. Plain notes pass through unchanged. */
export function speechForDisplay(quote: string, isTranscript: boolean): string {
  return isTranscript ? decodeCueEntities(withoutCueHeaders(quote).replace(INLINE_TAG, '')) : quote;
}
