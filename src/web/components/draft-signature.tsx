import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FIRST_NAME_MAX, firstNameFrom, saveFirstName } from '../first-name.js';

interface Props {
  name: string;
  onChange: (name: string) => void;
}

/** The first name that signs every draft: asked once, kept in this browser, changeable here. */
export function DraftSignature({ name, onChange }: Props) {
  const [editing, setEditing] = useState(name === '');
  const [value, setValue] = useState(name);
  const [unsaved, setUnsaved] = useState(false);
  // "Change the name" hides itself: the box it opens takes the focus, so the keyboard is not lost.
  const [opened, setOpened] = useState(false);
  const box = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (opened && editing) box.current?.focus();
  }, [opened, editing]);

  const save = (e: Event) => {
    e.preventDefault();
    const clean = firstNameFrom(value);
    // Storage blocked: the name still signs the drafts on this visit.
    setUnsaved(!saveFirstName(clean));
    setValue(clean);
    setEditing(clean === '');
    onChange(clean);
  };

  if (!editing)
    return (
      <p class="signature small muted">
        The drafts are signed <strong>{name}</strong>.{' '}
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setEditing(true);
            setOpened(true);
          }}
        >
          Change the name
        </button>
        {unsaved && ' This browser would not keep it, so it is for this visit only.'}
      </p>
    );
  return (
    <form class="signature row" onSubmit={save}>
      <label>
        Your first name <span class="optional">(for the drafts)</span>
        <input
          ref={box}
          dir="auto"
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
          maxLength={FIRST_NAME_MAX}
          autoComplete="given-name"
          aria-describedby="signature-hint"
        />
      </label>
      <button type="submit" class="button button-secondary">
        {name ? 'Save' : 'Sign the drafts'}
      </button>
      <p id="signature-hint" class="small muted">
        Given once, used in every draft, kept only in this browser. Without it the drafts end with “Best
        regards,” for your email signature to follow.
      </p>
    </form>
  );
}
