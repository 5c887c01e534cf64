/**
 * The store's own check of an export bundle before import: the contract's schema (the same one
 * the API checks with) plus the cross-row rules a schema cannot see. Nothing is written unless
 * all pass.
 */
import { exportBundleSchema } from '../contract/export-bundle.js';
import { err, ok, type Result } from '../core/result.js';
import type { StoreFieldIssue } from './errors.js';
import type { ExportBundle } from './store.js';

/** Checks shape and the cross-row rules the schema cannot see (unique ids, documents belonging to their entry). */
export function exportBundleFrom(
  value: unknown,
): Result<ExportBundle, { code: 'invalid-import'; fields: StoreFieldIssue[] }> {
  const parsed = exportBundleSchema.safeParse(value);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(bundle)',
      message: i.message,
    }));
    return err({ code: 'invalid-import', fields });
  }
  const fields: StoreFieldIssue[] = [];
  const interviewIds = new Set<string>();
  const documentIds = new Set<string>();
  parsed.data.interviews.forEach((entry, i) => {
    const at = `interviews.${i}`;
    if (interviewIds.has(entry.interview.id))
      fields.push({ path: `${at}.interview.id`, message: 'duplicate interview id' });
    interviewIds.add(entry.interview.id);
    const signIds = new Set<string>();
    entry.observations.forEach((o, j) => {
      if (signIds.has(o.signId))
        fields.push({
          path: `${at}.observations.${j}.signId`,
          message: 'duplicate sign id for this interview',
        });
      signIds.add(o.signId);
    });
    entry.documents.forEach((d, j) => {
      if (d.interviewId !== entry.interview.id)
        fields.push({
          path: `${at}.documents.${j}.interviewId`,
          message: 'document belongs to another interview',
        });
      if (documentIds.has(d.id))
        fields.push({ path: `${at}.documents.${j}.id`, message: 'duplicate document id' });
      documentIds.add(d.id);
    });
  });
  if (fields.length > 0) return err({ code: 'invalid-import', fields });
  return ok(parsed.data as unknown as ExportBundle);
}
