/**
 * The OpenAPI 3.1 description, built from the same zod schemas that validate requests,
 * so the document cannot drift from what the server accepts.
 */
import { z } from 'zod';
import { assessRequestSchema } from '../contract/assess.js';
import { analyzeRequestSchema, documentBodySchema, statedRequestSchema } from '../contract/documents.js';
import { exportBundleSchema } from '../contract/export-bundle.js';
import { interviewRecordSchema, outcomeBodySchema, reminderDoneBodySchema } from '../contract/interview.js';
import { observationsBodySchema } from '../contract/observations.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema: JsonSchema = { type: 'object' }) => ({
  description,
  ...json(schema),
});
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: 'An error', ...json(ref('Error')) }]));
const idParam = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
/** Sent by the browser that keeps it; the server stores no per-user settings. */
const nameParam = {
  name: 'name',
  in: 'query',
  description: "The candidate's first name, to sign the message drafts",
  schema: { type: 'string', maxLength: 100 },
};

export function openApiDocument(version: string): JsonSchema {
  const interview = { parameters: idParam };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Debrief API',
      version,
      description:
        'After an interview: an honest estimate of whether you passed, the follow-up window, and what to do next.',
    },
    paths: {
      '/api/health': { get: { summary: 'Liveness', responses: { 200: ok('Always {"ok": true}') } } },
      '/api/signs': {
        get: { summary: 'The sign catalogue', responses: { 200: ok('Every sign', { type: 'array' }) } },
      },
      '/api/interviews': {
        get: {
          summary: 'List interviews with where each stands today',
          parameters: [
            { name: 'stage', in: 'query', schema: { type: 'string' } },
            { name: 'status', in: 'query', schema: { enum: ['open', 'closed'] } },
            { name: 'q', in: 'query', schema: { type: 'string' } },
          ],
          responses: { 200: ok('The interviews'), ...errors(400) },
        },
        post: {
          summary: 'Record an interview',
          requestBody: { required: true, ...json(ref('InterviewRecord')) },
          responses: { 201: ok('The new interview'), ...errors(400) },
        },
      },
      '/api/interviews/{id}': {
        ...interview,
        get: { summary: 'One interview', responses: { 200: ok('The interview'), ...errors(404) } },
        put: {
          summary: 'Replace the record',
          requestBody: { required: true, ...json(ref('InterviewRecord')) },
          responses: { 200: ok('The updated interview'), ...errors(400, 404) },
        },
        patch: {
          summary:
            'Change some fields of the record (JSON Merge Patch, RFC 7396): fields left out stay as stored, null removes one',
          requestBody: {
            required: true,
            content: {
              'application/merge-patch+json': { schema: { type: 'object' } },
              'application/json': { schema: { type: 'object' } },
            },
          },
          responses: { 200: ok('The updated interview'), ...errors(400, 404) },
        },
        delete: {
          summary: 'Delete it and everything attached',
          responses: { 204: { description: 'Deleted' }, ...errors(404) },
        },
      },
      '/api/interviews/{id}/observations': {
        ...interview,
        get: { summary: 'The signs observed', responses: { 200: ok('Observations'), ...errors(404) } },
        put: {
          summary: 'Replace all observations',
          requestBody: { required: true, ...json(ref('Observations')) },
          responses: { 200: ok('Observations'), ...errors(400, 404) },
        },
      },
      '/api/interviews/{id}/documents': {
        ...interview,
        get: { summary: 'Stored notes and transcripts', responses: { 200: ok('Documents'), ...errors(404) } },
        post: {
          summary: 'Analyze and store notes or a transcript (observations are not changed)',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('Document') },
              'text/plain': { schema: { type: 'string' } },
              'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
            },
          },
          responses: {
            201: ok(
              'The document and its analysis; for notes, statedInterviewDate, statedStage and statedFormat give what they say of this interview (each with its quote), when they say it',
            ),
            ...errors(400, 404, 413),
          },
        },
      },
      '/api/interviews/{id}/analysis': {
        ...interview,
        get: {
          summary:
            'The newest document analyzed afresh, with delivery guidance ({"latest": null} when there is none)',
          responses: { 200: ok('The latest analysis'), ...errors(404) },
        },
      },
      '/api/interviews/{id}/reminders': {
        ...interview,
        put: {
          summary:
            'Tick a next step off (or back on), found by its kind and due date. The first check-in ticked off keeps its day in the record as checkedInOn (`on`, else today): the last check-in and the close count from it; ticked back on, the day is forgotten',
          requestBody: { required: true, ...json(ref('ReminderDone')) },
          responses: { 200: ok('The stored reminders'), ...errors(400, 404) },
        },
      },
      '/api/personal-weights': {
        get: {
          summary:
            "What the person's finished interviews say about each sign (the `personal` of an assessment)",
          responses: { 200: ok('Personal weights') },
        },
      },
      '/api/interviews/{id}/assessment': {
        ...interview,
        get: {
          summary: 'Estimate, plan and history as of today',
          parameters: [nameParam],
          responses: { 200: ok('Assessment'), ...errors(400, 404) },
        },
      },
      '/api/interviews/{id}/outcome': {
        ...interview,
        post: {
          summary: 'Record what happened',
          requestBody: { required: true, ...json(ref('Outcome')) },
          responses: { 200: ok('The interview'), ...errors(400, 404) },
        },
        delete: { summary: 'Clear the outcome', responses: { 200: ok('The interview'), ...errors(404) } },
      },
      '/api/interviews/{id}/calendar.ics': {
        ...interview,
        get: {
          summary:
            'The follow-up steps still to do as all-day calendar events; none once the interview has an outcome',
          parameters: [nameParam],
          responses: {
            200: { description: 'iCalendar', content: { 'text/calendar': { schema: { type: 'string' } } } },
            ...errors(400, 404),
          },
        },
      },
      '/api/export': {
        get: {
          summary: 'Everything, as a JSON bundle',
          responses: { 200: ok('Export bundle', ref('ExportBundle')) },
        },
      },
      '/api/export.csv': {
        get: {
          summary: 'Interviews as CSV',
          responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } } },
        },
      },
      '/api/import': {
        post: {
          summary:
            'Import a bundle; nothing is written if its shape is invalid. A row dated later than tomorrow is left out and listed in "skipped"; the rest import',
          parameters: [
            { name: 'mode', in: 'query', schema: { enum: ['merge', 'replace'], default: 'merge' } },
          ],
          requestBody: { required: true, ...json(ref('ExportBundle')) },
          responses: { 200: ok('How many interviews were imported'), ...errors(400, 409, 413) },
        },
      },
      '/api/assess': {
        post: {
          summary: 'Stateless assessment; same JSON as `debrief assess --json`',
          requestBody: { required: true, ...json(ref('AssessRequest')) },
          responses: { 200: ok('Assessment result'), ...errors(400) },
        },
      },
      '/api/analyze': {
        post: {
          summary: 'Stateless analysis; same JSON as one `debrief analyze --batch` line',
          requestBody: { required: true, ...json(ref('AnalyzeRequest')) },
          responses: { 200: ok('Signs and a default assessment'), ...errors(400, 413) },
        },
      },
      '/api/notes/stated': {
        post: {
          summary:
            'What notes say of their interview (statedInterviewDate, statedStage, statedFormat, statedCompany, statedRole, statedInterviewers, statedDecisionBy, statedCheckIn, statedThankYou; decisionDaysDiffer when the notes name more than one day for a decision), each with its quote; nothing is stored',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('StatedRequest') },
              'text/plain': { schema: { type: 'string' } },
              'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
            },
          },
          responses: { 200: ok('The text as read, its kind, and the stated fields'), ...errors(400, 413) },
        },
      },
      '/api/docs': { get: { summary: 'This document', responses: { 200: ok('OpenAPI 3.1') } } },
    },
    components: {
      schemas: {
        InterviewRecord: schemaOf(interviewRecordSchema),
        Observations: schemaOf(observationsBodySchema),
        Document: schemaOf(documentBodySchema),
        Outcome: schemaOf(outcomeBodySchema),
        ReminderDone: schemaOf(reminderDoneBodySchema),
        ExportBundle: schemaOf(exportBundleSchema),
        AssessRequest: schemaOf(assessRequestSchema),
        AnalyzeRequest: schemaOf(analyzeRequestSchema),
        StatedRequest: schemaOf(statedRequestSchema),
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                fields: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: { path: { type: 'string' }, message: { type: 'string' } },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
