import type { ApiError } from '../api-client.js';

/** An error in words, in the page: never a blank screen or a stack trace. */
export function ErrorBox({ error, title }: { error: ApiError; title?: string }) {
  return (
    <div class="notice notice-error" role="alert">
      {title && <p class="notice-title">{title}</p>}
      <p>{error.message}</p>
      {error.fields && error.fields.length > 0 && (
        <ul>
          {error.fields.map((f) => (
            <li key={f.path}>
              {f.path ? <strong>{f.path}</strong> : null}
              {f.path ? ': ' : ''}
              {f.message}
            </li>
          ))}
        </ul>
      )}
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
