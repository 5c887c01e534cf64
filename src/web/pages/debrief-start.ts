// What the debrief page needs before it can show its form, loaded together.
import type { DocumentAnalysis, InterviewItem } from '../../contract/responses.js';
import type { PersonalWeights } from '../../core/model/personal.js';
import {
  getInterview,
  getLatestAnalysis,
  getObservations,
  getPersonalWeights,
  type ApiResult,
} from '../api-client.js';
import { answersFromView, type Answers } from '../answers.js';

export interface Start {
  item: InterviewItem;
  answers: Answers;
  /** The person's own record, so the live estimate matches the saved one. */
  personal: PersonalWeights | undefined;
  /** The text given on an earlier visit, so coming back shows what the answers came from. */
  earlier: DocumentAnalysis | undefined;
}

export async function loadStart(id: string): Promise<ApiResult<Start>> {
  const [item, obs, weights, latest] = await Promise.all([
    getInterview(id),
    getObservations(id),
    getPersonalWeights(),
    getLatestAnalysis(id),
  ]);
  if (!item.ok) return item;
  if (!obs.ok) return obs;
  // Without the record's weights the live estimate still works, from the research alone.
  const personal = weights.ok ? weights.value : undefined;
  // Losing the earlier text is no reason to refuse the page: it only adds context.
  const earlier = latest.ok ? (latest.value.latest ?? undefined) : undefined;
  return { ok: true, value: { item: item.value, answers: answersFromView(obs.value), personal, earlier } };
}
