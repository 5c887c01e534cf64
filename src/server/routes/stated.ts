import type { FastifyInstance, FastifyRequest } from 'fastify';
import { analyze, statedFields, statedFrom, type Analysis } from '../../analysis/index.js';
import type { IsoDate } from '../../core/dates.js';
import { statedRequestSchema } from '../../contract/documents.js';
import type { NotesStated } from '../../contract/responses.js';
import { todayFrom } from '../assessment.js';
import { analysisFailed, textOfUpload } from '../document-analysis.js';
import { validated, type Deps } from '../validate.js';

/** JSON `{text}`, or a chosen file as raw bytes: decoded as strictly as a stored document is. */
function textFrom(request: FastifyRequest): string {
  if (Buffer.isBuffer(request.body)) return textOfUpload(request.body);
  return validated(statedRequestSchema, request.body).text;
}

/**
 * The first promised day after the interview's, read from that day ("within a week" of Monday),
 * as the debrief page offers it; a second reading only when the day is not today.
 */
function decisionByOf(
  text: string,
  day: string,
  today: IsoDate,
  read: Analysis,
): Pick<NotesStated, 'statedDecisionBy'> {
  let analysis: Analysis | undefined = read;
  if (day !== today) {
    const again = analyze(text, { today, interviewDate: day });
    analysis = again.ok ? again.value : undefined;
  }
  const first = analysis?.promisedDates.find((p) => p.date > day);
  return first ? { statedDecisionBy: { date: first.date, from: day, evidence: first.evidence } } : {};
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
    const stated = statedFrom(text, result.value.kind, today);
    return {
      kind: result.value.kind,
      text,
      ...statedFields(stated),
      ...decisionByOf(text, stated.date?.date ?? today, today, result.value),
    };
  });
}
