/**
 * The user's answers to "do you want this job?", kept in this browser per interview:
 * they are for the user alone, so they never go to the server.
 */
import { SELF_ASSESSMENT_QUESTIONS } from '../core/advice/self-assessment.js';
import type { SelfAnswer, SelfAssessmentAnswers } from '../core/advice/types.js';
import { browserStore } from './browser-store.js';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const ANSWERS: readonly string[] = ['yes', 'unsure', 'no'] satisfies SelfAnswer[];
const IDS: ReadonlySet<string> = new Set(SELF_ASSESSMENT_QUESTIONS.map((q) => q.id));

export const selfAnswersKey = (id: string): string => `debrief:self:${id}`;

/** Only known questions with known answers survive: storage may hold anything. */
export function parseSelfAnswers(raw: string | null): SelfAssessmentAnswers {
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const out: Record<string, SelfAnswer> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (IDS.has(key) && typeof value === 'string' && ANSWERS.includes(value)) out[key] = value as SelfAnswer;
  }
  return out as SelfAssessmentAnswers;
}

export function loadSelfAnswers(
  id: string,
  store: KeyValueStore | undefined = browserStore(),
): SelfAssessmentAnswers {
  try {
    return parseSelfAnswers(store?.getItem(selfAnswersKey(id)) ?? null);
  } catch {
    return {};
  }
}

/** False when the answers could not be kept (storage full or blocked); the page still works. */
export function saveSelfAnswers(
  id: string,
  answers: SelfAssessmentAnswers,
  store: KeyValueStore | undefined = browserStore(),
): boolean {
  if (!store) return false;
  try {
    store.setItem(selfAnswersKey(id), JSON.stringify(answers));
    return true;
  } catch {
    return false;
  }
}
