/**
 * The one error the store throws for expected failures. Bugs (and driver faults we do not
 * recognise) stay plain errors, so the server can tell "your data" from "our fault".
 */
export type StoreErrorCode = 'invalid-import' | 'not-found' | 'conflict';

export interface StoreFieldIssue {
  /** Where in the input, e.g. `interviews.2.interview.record.stage`. */
  path: string;
  message: string;
}

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  /** For 'invalid-import': what was wrong, field by field. */
  readonly fields?: StoreFieldIssue[];

  constructor(
    code: StoreErrorCode,
    message: string,
    options: { fields?: StoreFieldIssue[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.fields) this.fields = options.fields;
  }
}

export function isStoreError(value: unknown): value is StoreError {
  return value instanceof StoreError;
}

/** Primary-key / unique violations from either driver, so both dialects report 'conflict'. */
export function isUniqueViolation(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('code' in value)) return false;
  const code = (value as { code: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Foreign-key violations: a child row pointing at an interview that is not there. */
export function isForeignKeyViolation(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('code' in value)) return false;
  const code = (value as { code: unknown }).code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
