/**
 * JSON Merge Patch (RFC 7396) for `PATCH /api/interviews/:id`: a client that changes one field
 * sends that field alone, and what it leaves out stays as stored. `PUT` replaces the whole record,
 * so a client written before a field existed (`checkedInOn`) would clear it on every save.
 */
import { invalidRequest } from './app-error.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `target` with `patch` merged in: null removes a member, an object merges, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/** The body of a PATCH: an object of the fields to change, or a 400 that says so. */
export function patchBody(body: unknown): Record<string, Json> {
  if (!isObject(body))
    throw invalidRequest([
      {
        path: '',
        message:
          'a PATCH body is a JSON object of the fields to change (null removes one), e.g. {"checkedInOn": "2026-11-20"}',
      },
    ]);
  return body as Record<string, Json>;
}
