import { signById } from '../../core/signs/catalogue.js';
import { isSignId, SIGN_META } from '../../core/signs/ids.js';
import { textDirection } from '../format.js';
import { segmentsFrom, type Mark } from '../highlight.js';

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

/**
 * The document as text nodes with <mark>s cut from the evidence offsets. Preact escapes
 * every string child, so markup in the notes shows as the literal characters it is.
 */
export function HighlightedText({ text, marks }: { text: string; marks: readonly Mark[] }) {
  return (
    <div
      class="document"
      dir={textDirection(text)}
      tabIndex={0}
      aria-label="Your notes, with the evidence for each sign highlighted"
    >
      {segmentsFrom(text, marks).map((s) =>
        s.signIds.length === 0 ? (
          quietMachineLines(s.text, s.start)
        ) : (
          <mark
            key={s.start}
            class={`mark-${toneOf(s.signIds)}`}
            title={titleOf(s.signIds)}
            data-signs={s.signIds.join(' ')}
          >
            {s.text}
          </mark>
        ),
      )}
    </div>
  );
}
