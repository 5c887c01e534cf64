import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface Props {
  onFile: (file: File) => void;
  disabled?: boolean;
  /** What to drop, in bold; the transcript area's words unless given. */
  title?: string;
  hint?: ComponentChildren;
  accept?: string;
  /** The chosen file, when the page keeps one (the import does; a transcript is read at once). */
  chosen?: ComponentChildren;
  /** The button's words, which also name the file input. */
  choose?: string;
  testId?: string;
}

/** A file drop area that is also a labelled file input, so it works without a mouse. */
export function DropZone({
  onFile,
  disabled,
  title = 'Drop a transcript or notes file here',
  hint = 'Plain text, WebVTT (.vtt), SubRip (.srt) or a Zoom transcript, up to 1 MB.',
  accept = '.txt,.vtt,.srt,.md,text/plain,text/vtt',
  chosen,
  choose = 'Choose a file…',
  testId = 'drop-zone',
}: Props) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div
      class={`drop-zone${over ? ' is-over' : ''}`}
      data-testid={testId}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <p>
        <strong>{title}</strong>
      </p>
      <p class="muted small">{hint}</p>
      {chosen && <p class="drop-zone-chosen">{chosen}</p>}
      <label class="button button-secondary file-label">
        {choose}
        <input
          ref={input}
          class="visually-hidden"
          type="file"
          accept={accept}
          disabled={disabled}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            // Let the same file be chosen again after an error.
            if (input.current) input.current.value = '';
          }}
        />
      </label>
    </div>
  );
}
