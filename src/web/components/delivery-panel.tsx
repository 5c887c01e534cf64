import type { DeliveryMetrics } from '../../analysis/types.js';
import type { DeliveryTipView } from '../../contract/responses.js';
import { percent } from '../format.js';

interface Figure {
  label: string;
  value: string;
}

/** The (smoothed) ratio in words: the exact figure means little to a reader. */
function weAndI(ratio: number): string {
  if (ratio < 0.5) return 'Mostly "I"';
  if (ratio > 2) return 'Mostly "we"';
  return 'A mix of both';
}

/** The bare figures; what they might mean is the server's guidance, shown below them. */
function figuresOf(m: DeliveryMetrics): Figure[] {
  const figures: Figure[] = [{ label: 'Your share of the words', value: percent(m.candidateTalkShare) }];
  if (m.wordsPerMinute !== undefined)
    figures.push({ label: 'Pace', value: `${Math.round(m.wordsPerMinute)} words a minute` });
  figures.push(
    { label: 'Filler words', value: `${Math.round(m.fillersPer100Words * 10) / 10} per 100 words` },
    { label: 'Saying "we" or "I"', value: weAndI(m.weToIRatio) },
    { label: 'Longest answer', value: `${m.longestAnswerWords} words` },
    { label: 'Your questions at the end', value: m.askedQuestionsAtEnd ? 'Yes' : 'None found' },
  );
  return figures;
}

export function DeliveryPanel({
  metrics,
  guidance,
}: {
  metrics: DeliveryMetrics;
  guidance: readonly DeliveryTipView[];
}) {
  return (
    <div data-testid="delivery">
      <dl class="delivery">
        {figuresOf(metrics).map((f) => (
          <div key={f.label} class="delivery-row">
            <dt>{f.label}</dt>
            <dd>
              <strong>{f.value}</strong>
            </dd>
          </div>
        ))}
      </dl>
      {guidance.length > 0 && (
        <>
          <h3>Things to try</h3>
          <ul class="tips">
            {guidance.map((t) => (
              <li key={t.id} data-tip={t.id}>
                {t.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="muted small">
        From the text of your transcript alone: tips to try, not a grade, and not a sign of the outcome.
      </p>
    </div>
  );
}
