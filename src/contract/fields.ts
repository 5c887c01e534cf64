/**
 * Field-level validation errors shared by every contract: each names the field by its
 * dotted path (e.g. `interview.date`, `observations.smiling`) so a form can point at it.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../core/result.js';

// One date rule for the whole API, shared with `debrief assess --json`.
export { isoDateSchema } from './assess-schema.js';

export interface FieldError {
  /** Where the problem is, e.g. "interview.date", "observations.smiling", "interview.interviewers[2]". */
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

/** What a contract says in its own words: the HTTP API and `debrief assess --json` differ. */
export interface IssueWords {
  /** The message for `key`, which the schema does not know at `path`. */
  unknownKey(path: readonly PropertyKey[], key: string): string;
  /** The path given to an issue with the input as a whole. */
  wholePath: string;
}

const API_WORDS: IssueWords = {
  unknownKey: (path, key) =>
    path[path.length - 1] === 'observations'
      ? `unknown sign id "${key}" (GET /api/signs lists them)`
      : 'unknown field',
  wholePath: '',
};

/** One zod issue as field errors: each unknown key its own, a union's bad inner field named. */
export function fieldErrorsOf(issue: z.core.$ZodIssue, words: IssueWords = API_WORDS): FieldError[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({
      path: pathOf([...issue.path, key]),
      message: words.unknownKey(issue.path, key),
    }));
  if (issue.code === 'invalid_union') {
    // The branch that got past its own type check says precisely which inner field is wrong
    // (an observation given as an object with a bad field, not "expected a word or an object").
    const branch = issue.errors.find((errors) => errors.length > 0 && errors.every((e) => e.path.length > 0));
    if (branch)
      return branch.flatMap((e) =>
        fieldErrorsOf({ ...e, path: [...issue.path, ...e.path] } as z.core.$ZodIssue, words),
      );
  }
  return [{ path: pathOf(issue.path) || words.wholePath, message: issue.message }];
}

export function fieldErrorsFrom(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => fieldErrorsOf(issue));
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
