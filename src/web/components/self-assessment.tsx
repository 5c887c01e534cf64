import { useState } from 'preact/hooks';
import { selfAssessmentVerdict } from '../../core/advice/self-assessment.js';
import type { SelfAnswer, SelfAssessmentAnswers, SelfAssessmentQuestion } from '../../core/advice/types.js';
import { loadSelfAnswers, saveSelfAnswers } from '../self-answers.js';

const CHOICES: { value: SelfAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'unsure', label: 'Not sure' },
  { value: 'no', label: 'No' },
];

/** The other half of the question: do you want this job? Kept in this browser, per interview. */
export function SelfAssessment({
  id,
  questions,
}: {
  id: string;
  questions: readonly SelfAssessmentQuestion[];
}) {
  const [answers, setAnswers] = useState<SelfAssessmentAnswers>(() => loadSelfAnswers(id));
  const answer = (q: SelfAssessmentQuestion, value: SelfAnswer) => {
    const next = { ...answers, [q.id]: value };
    setAnswers(next);
    saveSelfAnswers(id, next);
  };
  const count = Object.keys(answers).length;
  const verdict = count > 0 ? selfAssessmentVerdict(answers) : undefined;
  return (
    <div>
      {questions.map((q) => (
        <fieldset key={q.id} class="sign">
          <legend>{q.question}</legend>
          <div class="choices">
            {CHOICES.map((c) => (
              <label key={c.value} class="choice">
                <input
                  type="radio"
                  name={`self-${q.id}`}
                  checked={answers[q.id] === c.value}
                  onChange={() => answer(q, c.value)}
                />
                <span>{c.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p
        aria-live="polite"
        data-testid="self-verdict"
        class={verdict ? 'notice notice-info' : 'visually-hidden'}
      >
        {verdict?.advice ?? ''}
      </p>
    </div>
  );
}
