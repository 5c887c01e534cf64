import { signById } from '../../core/signs/catalogue.js';
import { isSignId, SIGN_META } from '../../core/signs/ids.js';
import { textDirection } from '../format.js';
import type { Transcript } from '../../analysis/types.js';
import { segmentsFrom, type Mark, type Segment } from '../highlight.js';
import { turnViewsFrom } from '../transcript-view.js';

function titleOf(ids: string[]): string {
  return ids.map((id) => (isSignId(id) ? signById(id).title : id)).join('; ');
}

function toneOf(ids: string[]): string {
  const polarities = new Set(ids.map((id) => (isSignId(id) ? SIGN_META[id].polarity : 'positive')));
  if (polarities.size > 1) return 'mixed';
  return polarities.has('negative') ? 'negative' : 'positive';
}

// Lines a transcript file carries for machines: the WEBVTT header, cue numbers or ids, timings.
const MACHINE_LINE = /^(WEBVTT.*|\d+|[0-9a-f-]{16,}(\/\d+-\d+)?|[\d:.,]+ --> [\d:.,]+.*)$/;

/** Plain text with transcript timing lines quietened, so the speech stands out. Text is unchanged. */
function quietMachineLines(text: string, at: number) {
  if (!text.includes('-->') && !text.includes('WEBVTT')) return text;
  const parts = text.split(/(\n)/);
  let offset = at;
  return parts.map((part) => {
    const key = offset;
    offset += part.length;
    return MACHINE_LINE.test(part.trim()) ? (
      <span key={key} class="doc-machine">
        {part}
      </span>
    ) : (
      part
    );
  });
}

function markOf(s: Segment) {
  return (
    <mark
      key={s.start}
      class={`mark-${toneOf(s.signIds)}`}
      title={titleOf(s.signIds)}
      data-signs={s.signIds.join(' ')}
    >
      {s.text}
    </mark>
  );
}

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The document as text nodes with <mark>s cut from the evidence offsets. Preact escapes
 * every string child, so markup in the notes shows as the literal characters it is. A
 * transcript is shown as who said what, cut from the same offsets (transcript-view.ts).
 */
export function HighlightedText({
  text,
  marks,
  transcript,
}: {
  text: string;
  marks: readonly Mark[];
  transcript?: Pick<Transcript, 'format' | 'turns' | 'candidate'> | undefined;
}) {
  const turns = transcript ? turnViewsFrom(text, transcript, marks) : undefined;
  if (turns && turns.length > 0)
    return (
      <div
        class="document document-turns"
        tabIndex={0}
        aria-label="Your transcript, with the evidence for each sign highlighted"
      >
        {turns.map((t) => (
          <p key={t.runs[0]?.start ?? t.speaker} class={`turn${t.isCandidate ? ' turn-you' : ''}`}>
            <span class="turn-who">
              {t.speaker}
              {t.isCandidate && <span class="muted"> (you)</span>}
              {t.startSec !== undefined && <span class="turn-time muted"> {clock(t.startSec)}</span>}
            </span>{' '}
            <span class="turn-said" dir={textDirection(t.runs.map((r) => r.text).join(''))}>
              {t.runs.map((r) => (r.signIds.length === 0 ? r.text : markOf(r)))}
            </span>
          </p>
        ))}
      </div>
    );
  return (
    <div
      class="document"
      dir={textDirection(text)}
      tabIndex={0}
      aria-label="Your notes, with the evidence for each sign highlighted"
    >
      {segmentsFrom(text, marks).map((s) =>
        s.signIds.length === 0 ? quietMachineLines(s.text, s.start) : markOf(s),
      )}
    </div>
  );
}
