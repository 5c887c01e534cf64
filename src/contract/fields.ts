/**
 * Field-level validation errors shared by every contract: each names the field by its
 * dotted path (e.g. `interview.date`, `observations.smiling`) so a form can point at it.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../core/result.js';

// One date rule for the whole API, shared with `debrief assess --json`.
export { isoDateSchema } from './assess-schema.js';

export interface FieldError {
  path: string;
  message: string;
}

/** `interview.interviewers[2]`, as the CLI contract writes paths. */
export function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function fieldErrorsOf(issue: z.core.$ZodIssue): FieldError[] {
  if (issue.code === 'unrecognized_keys') {
    const inObservations = issue.path[issue.path.length - 1] === 'observations';
    return issue.keys.map((key) => ({
      path: pathOf([...issue.path, key]),
      message: inObservations ? `unknown sign id "${key}" (GET /api/signs lists them)` : 'unknown field',
    }));
  }
  if (issue.code === 'invalid_union') {
    // The branch that got past its own type check says precisely which inner field is wrong.
    const branch = issue.errors.find((errors) => errors.length > 0 && errors.every((e) => e.path.length > 0));
    if (branch)
      return branch.flatMap((e) =>
        fieldErrorsOf({ ...e, path: [...issue.path, ...e.path] } as z.core.$ZodIssue),
      );
  }
  return [{ path: pathOf(issue.path), message: issue.message }];
}

export function fieldErrorsFrom(error: z.ZodError): FieldError[] {
  return error.issues.flatMap(fieldErrorsOf);
}

/** Parses with a contract schema; failures are field errors, never throws. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  json: unknown,
  prefix?: string,
): Result<z.output<S>, FieldError[]> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const errors = fieldErrorsFrom(parsed.error);
  return err(prefix ? errors.map((e) => ({ ...e, path: e.path ? `${prefix}.${e.path}` : prefix })) : errors);
}
