import type { FastifyInstance, FastifyRequest } from 'fastify';
import { documentBodySchema, documentQuerySchema } from '../../contract/documents.js';
import type { DocumentAnalysis, LatestAnalysis } from '../../contract/responses.js';
import type { DocumentKind } from '../../store/store.js';
import type { AnalysisWarning } from '../../analysis/types.js';
import { withWarning } from '../../analysis/text-encoding.js';
import { analysisFailed, analysisOf, documentAnalysisOf, textOfUpload } from '../document-analysis.js';
import { requireInterview, validated, type Deps } from '../validate.js';

type IdParams = { Params: { id: string } };

interface Submitted {
  text: string;
  kind?: DocumentKind;
  candidate?: string;
  /** How a file that was not UTF-8 was read. */
  warning?: AnalysisWarning;
}

/** JSON `{kind, text, candidate?}`, or a dropped file as raw bytes with kind/candidate in the query. */
function submittedFrom(request: FastifyRequest): Submitted {
  if (Buffer.isBuffer(request.body)) {
    const query = validated(documentQuerySchema, request.query);
    return { ...textOfUpload(request.body), ...query };
  }
  return validated(documentBodySchema, request.body);
}

export function registerDocumentRoutes(app: FastifyInstance, { store, now }: Deps): void {
  app.get<IdParams>('/interviews/:id/documents', async (request) => {
    await requireInterview(store, request.params.id);
    return { documents: await store.listDocuments(request.params.id) };
  });

  // The newest document, so a later visit shows the same delivery figures as the upload did.
  app.get<IdParams>('/interviews/:id/analysis', async (request): Promise<LatestAnalysis> => {
    const interview = await requireInterview(store, request.params.id);
    const documents = await store.listDocuments(interview.id);
    const latest = documents[documents.length - 1];
    if (!latest) return { latest: null };
    const at = now();
    const result = analysisOf(
      interview,
      { text: latest.text, ...(latest.candidate ? { candidate: latest.candidate } : {}) },
      at,
    );
    if (!result.ok) throw analysisFailed(result.error);
    return { latest: documentAnalysisOf(latest, result.value, at) };
  });

  // Analyzes and keeps the text, but changes no observation: the user confirms the signs first.
  app.post<IdParams>('/interviews/:id/documents', async (request, reply) => {
    const interview = await requireInterview(store, request.params.id);
    const submitted = submittedFrom(request);
    const at = now();
    const result = analysisOf(interview, submitted, at);
    if (!result.ok) throw analysisFailed(result.error);
    const analysis = withWarning(result.value, submitted.warning);
    const document = await store.addDocument({
      interviewId: interview.id,
      kind: submitted.kind ?? (analysis.kind === 'notes' ? 'notes' : 'transcript'),
      format: analysis.kind,
      text: submitted.text,
      ...(submitted.candidate ? { candidate: submitted.candidate } : {}),
      createdAt: at.toISOString(),
    });
    const body: DocumentAnalysis = documentAnalysisOf(document, analysis, at);
    return reply.status(201).send(body);
  });
}
