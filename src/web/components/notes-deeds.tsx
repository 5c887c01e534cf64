import { deedLabel, type DeedKind, type NotesDeed } from '../notes-deeds.js';

interface Props {
  deeds: readonly NotesDeed[];
  /** The boxes the person has unticked: those deeds are not recorded. */
  unticked: ReadonlySet<DeedKind>;
  onTick: (kind: DeedKind, isTicked: boolean) => void;
}

/**
 * What the notes say was sent since the interview, as ticked boxes with their words: kept ticked,
 * the next steps count them as done rather than asking for them again.
 */
export function NotesDeeds({ deeds, unticked, onTick }: Props) {
  if (deeds.length === 0) return null;
  return (
    <fieldset class="notes-deeds">
      <legend>Since the interview</legend>
      {deeds.map((d) => (
        <label class="notes-deed" key={d.kind}>
          <input
            type="checkbox"
            checked={!unticked.has(d.kind)}
            onChange={(e) => onTick(d.kind, e.currentTarget.checked)}
            aria-describedby={`from-notes-${d.kind}`}
          />
          <span>
            {deedLabel(d)}
            <span class="from-notes" id={`from-notes-${d.kind}`} dir="auto" aria-hidden="true">
              from your notes: “{d.quote}”
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
