import { useEffect, useState } from 'preact/hooks';
import type { ApiError, ApiResult } from '../api-client.js';
import { ErrorBox } from './error-box.js';

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ok'; value: T };

/** Loads once per key; `reload` fetches again after a change. Stale answers are dropped. */
export function useLoad<T>(load: () => Promise<ApiResult<T>>, key: string): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then((r) => {
      if (!live) return;
      setLoaded(r.ok ? { state: 'ok', value: r.value } : { state: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; the key says when it really changed.
  }, [key, round]);
  return [loaded, () => setRound((n) => n + 1)];
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p class="muted" role="status">
      {what}…
    </p>
  );
}

/**
 * A page whose interview could not be loaded: the reason, and a way on. A missing interview
 * (a stale link, a deleted one) leads back to the list; a lost server can be asked again.
 */
export function LoadFailed({ error, retry }: { error: ApiError; retry?: () => void }) {
  return (
    <>
      <ErrorBox error={error} />
      <p class="row">
        {retry && error.code !== 'not-found' && (
          <button class="button button-secondary" type="button" onClick={retry}>
            Try again
          </button>
        )}
        <a href="#/">Back to your interviews</a>
      </p>
    </>
  );
}
