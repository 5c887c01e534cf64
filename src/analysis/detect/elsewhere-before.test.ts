import { describe } from 'vitest';
import { signTable } from './notes-table.case.js';

describe("the go-between's contact before the interview, and the forum's wisdom, are no evidence about it", () => {
  signTable([
    [
      'Recruiter on the phone last week was so friendly, we had a right laugh. The interview was a slog.',
      'positive-atmosphere',
      false,
    ],
    [
      'Recruiter on the phone last week was so friendly, we had a right laugh. The interview was a slog.',
      'engaging-conversation',
      false,
    ],
    [
      'The HR lady rang me before the interview and she was so sweet about it. Then the panel: no smiles at all.',
      'positive-atmosphere',
      false,
    ],
    [
      "The agency's email beforehand said 'you'll be running the night team of eight'.",
      'future-role-talk',
      false,
    ],
    [
      'The agency told me everything about the company - 300 staff, a four-day week, dogs in the office.',
      'culture-discussion',
      false,
    ],
    ['People on here say a stone-faced panel means nothing. We will see.', 'negative-body-language', false],
    // the same sentences turning to the interview, or the interview itself, stay evidence
    [
      "The recruiter's email said almost nothing, but the manager went through the duties one by one and showed me the rota.",
      'detailed-role-info',
      true,
    ],
    ['Everyone on the panel was smiling and nodding along.', 'interviewer-smiling', true],
    ['The panel were lovely and it felt relaxed from the start.', 'positive-atmosphere', true],
  ]);
});

describe('"For context," before another interview is passed over like "And"', () => {
  signTable([
    [
      'For context, at my previous interview with a law firm the partner described the seat in detail: two trainees, property work.',
      'detailed-role-info',
      false,
    ],
    ['For reference: in my last job the manager never smiled once.', 'negative-body-language', false],
    [
      'For context, the manager walked me through the rota, the tills and the Saturday deliveries.',
      'detailed-role-info',
      true,
    ],
  ]);
});
