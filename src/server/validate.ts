import type { z } from 'zod';
import { parseWith } from '../contract/fields.js';
import type { Store, StoredInterview } from '../store/store.js';
import { invalidRequest, notFound } from './app-error.js';

/** The validated value, or a 400 that names every bad field. */
export function validated<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = parseWith(schema, value ?? {});
  if (!parsed.ok) throw invalidRequest(parsed.error);
  return parsed.value;
}

// Ids are made by the store (UUIDs); anything else cannot exist, so don't ask the database.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export async function requireInterview(store: Store, id: string): Promise<StoredInterview> {
  const found = ID_PATTERN.test(id) ? await store.getInterview(id) : undefined;
  if (!found) throw notFound('That interview');
  return found;
}

export interface Deps {
  store: Store;
  now: () => Date;
}
