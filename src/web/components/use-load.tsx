import { useEffect, useState } from 'preact/hooks';
import type { ApiError, ApiResult } from '../api-client.js';

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
