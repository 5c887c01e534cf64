import type { FastifyInstance, FastifyRequest } from 'fastify';
import { analyzeWithStated, statedFields, type Analysis } from '../../analysis/index.js';
import { statedRequestSchema } from '../../contract/documents.js';
import type { NotesStated } from '../../contract/responses.js';
import { todayFrom } from '../assessment.js';
import { analysisFailed, textOfUpload } from '../document-analysis.js';
import { validated, type Deps } from '../validate.js';

/** JSON `{text}`, or a chosen file as raw bytes: decoded as strictly as a stored document is. */
function textFrom(request: FastifyRequest): string {
  if (Buffer.isBuffer(request.body)) return textOfUpload(request.body).text;
  return validated(statedRequestSchema, request.body).text;
}

/**
 * The day the notes promise a decision by, read from the interview's day ("within a week" of
 * Monday), as the debrief page offers it: `analysis` counts from that day (analyzeWithStated).
 * Notes that name more than one day ("seeing others this week, in touch in the next couple of
 * weeks") give none: which one is the promise is for the person to pick on the debrief page,
 * which offers each with its words, and the form says so rather than filling in the first.
 */
function decisionByOf(
  day: string,
  analysis: Analysis,
): Pick<NotesStated, 'statedDecisionBy' | 'decisionDaysDiffer'> {
  const after = analysis.promisedDates.filter((p) => p.date > day);
  const [first] = after;
  if (!first) return {};
  if (after.some((p) => p.date !== first.date)) return { decisionDaysDiffer: true };
  return { statedDecisionBy: { date: first.date, from: day, evidence: first.evidence } };
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
    const result = analyzeWithStated(text, { today });
    if (!result.ok) throw analysisFailed(result.error);
    const { analysis, stated } = result.value;
    return {
      kind: analysis.kind,
      text,
      ...statedFields(stated),
      ...decisionByOf(stated.date?.date ?? today, analysis),
    };
  });
}
