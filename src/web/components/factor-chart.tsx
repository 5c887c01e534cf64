import { factorEffectWords, factorTitle, factorTitleLookingBack } from '../../contract/factor-words.js';
import type { Factor } from '../../core/model/types.js';
import { CHANNEL_NAMES } from '../../core/signs/channel-names.js';

/**
 * Bars left (against) and right (for) of a centre line, scaled to the largest factor.
 * `lookingBack`: the factors as they stood the day the answer came.
 */
export function FactorChart({
  factors,
  debriefHref,
  lookingBack = false,
}: {
  factors: readonly Factor[];
  debriefHref?: string;
  lookingBack?: boolean;
}) {
  const shown = factors.filter((f) => f.contribution !== 0);
  if (shown.length === 0) {
    const questions = 'Answering the debrief questions';
    return (
      <p class="muted" data-testid="no-factors">
        No sign moved the estimate yet: it rests on the usual odds for this stage.{' '}
        {debriefHref ? <a href={debriefHref}>{questions}</a> : questions} sharpens it.
      </p>
    );
  }
  const max = Math.max(...shown.map((f) => Math.abs(f.contribution)), 0.5);
  return (
    <ul class="factors">
      {shown.map((f) => {
        const width = `${(Math.abs(f.contribution) / max) * 50}%`;
        const helps = f.contribution > 0;
        return (
          <li key={f.id} class="factor">
            <div class="factor-head">
              <span class="factor-title">
                {(lookingBack && factorTitleLookingBack(f.id)) || factorTitle(f.id)}
              </span>
              <span class={`factor-sign ${helps ? 'pos' : 'neg'}`}>
                {factorEffectWords(f.contribution, lookingBack)}
              </span>
            </div>
            <div class="factor-track" aria-hidden="true">
              <div class="factor-centre" />
              <div
                class={`factor-bar ${helps ? 'pos' : 'neg'}`}
                style={helps ? { left: '50%', width } : { right: '50%', width }}
              />
            </div>
            <p class="muted small">
              {CHANNEL_NAMES[f.channel]} · {f.reasoning}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
