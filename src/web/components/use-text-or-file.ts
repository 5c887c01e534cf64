import { useState } from 'preact/hooks';
import type { ApiError, ApiResult } from '../api-client.js';
import { fileProblem, textProblem } from '../file-check.js';

/** Where refused input came from: its error is said beside what was used. */
export type InputFrom = 'text' | 'file';

/**
 * Pasted text or a chosen file, checked in the browser first (empty, too large, not text) and then
 * sent with `call`. A refusal is kept with where it came from: a refused paste is shown under its
 * button, a refused file under the drop area (on a phone, one error place landed a screen away).
 */
export function useTextOrFile<T>(
  call: (content: string | File) => Promise<ApiResult<T>>,
  done: (value: T, from: InputFrom) => void,
) {
  const [error, setError] = useState<{ from: InputFrom; error: ApiError } | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (content: string | File): Promise<void> => {
    setError(undefined);
    const from: InputFrom = typeof content === 'string' ? 'text' : 'file';
    const problem = typeof content === 'string' ? textProblem(content) : fileProblem(content);
    if (problem) return setError({ from, error: problem });
    setBusy(true);
    const r = await call(content);
    setBusy(false);
    if (!r.ok) return setError({ from, error: r.error });
    done(r.value, from);
  };
  return { busy, error, submit };
}
