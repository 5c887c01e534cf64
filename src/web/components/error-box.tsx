import { useEffect, useRef } from 'preact/hooks';
import type { ApiError } from '../api-client.js';

interface Props {
  error: ApiError;
  title?: string;
  /** Field paths as the form names them, e.g. { decisionBy: 'Decision date' }. */
  labels?: Readonly<Record<string, string>>;
  /** The field list is for the curious (a file's inner fields): fold it away. */
  technical?: boolean;
}

/** An error in words, in the page: never a blank screen or a stack trace. */
export function ErrorBox({ error, title, labels, technical = false }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // A form's error shows above it, out of sight when Save was pressed at the bottom (on a phone):
  // bring it into view, scrolling only if it is not already seen.
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [error]);
  const fields = error.fields ?? [];
  // The server's summary repeats the first field in its own terms; a form lists them by their labels.
  const message =
    labels && fields.length > 0 && error.message.startsWith('Please check the request')
      ? 'Please check these and try again:'
      : error.message;
  const list = (
    <ul>
      {fields.map((f) => {
        const name = labels?.[f.path.replace(/\[.*$/, '')] ?? f.path;
        return (
          <li key={f.path}>
            {name ? <strong>{name}</strong> : null}
            {name ? ': ' : ''}
            {f.message}
          </li>
        );
      })}
    </ul>
  );
  return (
    <div class="notice notice-error" role="alert" ref={box}>
      {title && <p class="notice-title">{title}</p>}
      <p>{message}</p>
      {fields.length > 0 &&
        (technical ? (
          <details class="small">
            <summary>Details</summary>
            {list}
          </details>
        ) : (
          list
        ))}
    </div>
  );
}

export function Notice({
  children,
  tone = 'ok',
}: {
  children: preact.ComponentChildren;
  tone?: 'ok' | 'info';
}) {
  return (
    <div class={`notice notice-${tone}`} role="status">
      {children}
    </div>
  );
}
