import { useRef, useState } from 'preact/hooks';

/** A file drop area that is also a labelled file input, so it works without a mouse. */
export function DropZone({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div
      class={`drop-zone${over ? ' is-over' : ''}`}
      data-testid="drop-zone"
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
        <strong>Drop a transcript or notes file here</strong>
      </p>
      <p class="muted small">Plain text, WebVTT (.vtt), SubRip (.srt) or a Zoom transcript, up to 1 MB.</p>
      <label class="button button-secondary file-label">
        Choose a file…
        <input
          ref={input}
          class="visually-hidden"
          type="file"
          accept=".txt,.vtt,.srt,.md,text/plain,text/vtt"
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
