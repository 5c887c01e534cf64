import { lengthNote, TEXT_LIMIT } from '../text-limit.js';

/** The count under a box, once it nears the limit; read out when it changes. */
export function LengthNote({ value, id, max = TEXT_LIMIT }: { value: string; id: string; max?: number }) {
  const note = lengthNote(value, max);
  return (
    <span id={id} class={`length-note small${note?.isOver ? ' is-over' : ' muted'}`} aria-live="polite">
      {note?.text ?? ''}
    </span>
  );
}
