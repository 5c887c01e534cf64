import type { FastifyInstance } from 'fastify';
import { exportBundleSchema, importQuerySchema, type ImportResult } from '../../contract/export-bundle.js';
import { interviewsToCsv } from '../../store/csv.js';
import type { ExportBundle } from '../../store/store.js';
import { todayFrom } from '../assessment.js';
import { partitionByDates } from '../import-rows.js';
import { validated, type Deps } from '../validate.js';

// An export carries every transcript, so it may well pass the 2 MB default.
export const IMPORT_BODY_LIMIT_BYTES = 50 * 1024 * 1024;

export function registerExportRoutes(app: FastifyInstance, { store, now }: Deps): void {
  app.get('/export', async (_request, reply) => {
    const at = now();
    const bundle = await store.exportAll(at.toISOString());
    return reply
      .header('content-disposition', `attachment; filename="debrief-export-${todayFrom(at)}.json"`)
      .send(bundle);
  });

  app.get('/export.csv', async (_request, reply) => {
    const at = now();
    const csv = interviewsToCsv(await store.listInterviews());
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="debrief-interviews-${todayFrom(at)}.csv"`)
      .send(csv);
  });

  app.post('/import', { bodyLimit: IMPORT_BODY_LIMIT_BYTES }, async (request): Promise<ImportResult> => {
    const { mode } = validated(importQuerySchema, request.query);
    validated(exportBundleSchema, request.body);
    // The store gets the entries as sent: the schema checks them but must not strip newer fields.
    const bundle = request.body as ExportBundle;
    const { kept, skipped } = partitionByDates(bundle.interviews, todayFrom(now()));
    const result = await store.importAll({ ...bundle, interviews: kept }, mode);
    return { imported: result.interviews, mode, skipped, ids: kept.map((e) => e.interview.id) };
  });
}
