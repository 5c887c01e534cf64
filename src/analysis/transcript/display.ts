/**
 * Cue text as a person reads it: WebVTT/SRT inline tags (`<i>`, `<c.yellow>`, `<v Dana>`,
 * `<00:01.000>`) dropped and the common entities decoded. For showing quotes only: evidence
 * offsets always index the original text, never this.
 */
import type { TranscriptFormat } from '../types.js';

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

/** A quote from a transcript without its cue markup. Plain notes pass through unchanged. */
export function speechForDisplay(quote: string, isTranscript: boolean): string {
  return isTranscript ? decodeCueEntities(quote.replace(INLINE_TAG, '')) : quote;
}
