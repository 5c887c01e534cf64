import type { FastifyInstance, FastifyRequest } from 'fastify';
import { analyze, statedFields, statedFrom } from '../../analysis/index.js';
import { decodeUtf8 } from '../../analysis/input.js';
import { statedRequestSchema } from '../../contract/documents.js';
import type { NotesStated } from '../../contract/responses.js';
import { todayFrom } from '../assessment.js';
import { analysisFailed } from '../document-analysis.js';
import { validated, type Deps } from '../validate.js';

/** JSON `{text}`, or a chosen file as raw bytes: decoded as strictly as a stored document is. */
function textFrom(request: FastifyRequest): string {
  if (Buffer.isBuffer(request.body)) {
    const decoded = decodeUtf8(
      new Uint8Array(request.body.buffer, request.body.byteOffset, request.body.byteLength),
    );
    if (!decoded.ok) throw analysisFailed(decoded.error);
    return decoded.value;
  }
  return validated(statedRequestSchema, request.body).text;
}

/**
 * What notes say of the interview they are about, before it exists: the new-interview page fills
 * its blank fields from it. Nothing is stored; the text is refused for the same reasons a
 * document is (empty, too large, binary, a broken transcript), so the page can say so before saving.
 */
export function registerStatedRoutes(app: FastifyInstance, { now }: Deps): void {
  app.post('/notes/stated', async (request): Promise<NotesStated> => {
    const text = textFrom(request);
    const today = todayFrom(now());
    const result = analyze(text, { today });
    if (!result.ok) throw analysisFailed(result.error);
    return { kind: result.value.kind, text, ...statedFields(statedFrom(text, result.value.kind, today)) };
  });
}
