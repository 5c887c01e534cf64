import type { FillField } from '../notes-fill.js';

const idOf = (field: FillField): string => `from-notes-${field}`;

/** A field's description ids: its own (a length note), and its notes mark when it has one. */
export function describedBy(
  own: string | undefined,
  quote: string | undefined,
  field: FillField,
): string | undefined {
  const ids = [own, quote !== undefined ? idOf(field) : undefined].filter((x) => x !== undefined);
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * Quietly under a field filled from the notes: the words it came from. It sits in the field's
 * label, so it is hidden from the label's name and read as the field's description instead.
 */
export function FromNotes({ field, quote }: { field: FillField; quote: string | undefined }) {
  if (quote === undefined) return null;
  return (
    <span class="from-notes" id={idOf(field)} dir="auto" aria-hidden="true">
      from your notes: “{quote}”
    </span>
  );
}
