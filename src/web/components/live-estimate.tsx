import type { Estimate } from '../../core/model/types.js';
import { bandWords } from '../../core/model/band.js';
import { percent } from '../format.js';

/** Announced politely as answers change, so screen-reader users hear the estimate move. */
export function LiveEstimate({ estimate, answered }: { estimate: Estimate; answered: number }) {
  const [lo, hi] = estimate.range;
  return (
    <section class={`live-estimate band-${estimate.band}`} aria-labelledby="live-title">
      <h2 id="live-title" class="eyebrow">
        Estimate so far
      </h2>
      <div aria-live="polite" aria-atomic="true" data-testid="live-estimate">
        <p class="big-number">{percent(estimate.probability)}</p>
        <p class="band-words">{bandWords(estimate.band)}</p>
        <p class="muted small">
          Range {percent(lo)} to {percent(hi)} · {answered} {answered === 1 ? 'sign' : 'signs'} answered
        </p>
      </div>
      <ProbabilityBar probability={estimate.probability} range={estimate.range} />
    </section>
  );
}

/** A 0–100% track with the range shaded and the estimate marked. */
export function ProbabilityBar({
  probability,
  range,
  scale = false,
}: {
  probability: number;
  range: readonly [number, number];
  /** Label the ends and the middle, where there is room. */
  scale?: boolean;
}) {
  const pc = (x: number) => `${Math.max(0, Math.min(100, x * 100))}%`;
  const bar = (
    <div class="prob-bar" aria-hidden="true">
      <div class="prob-range" style={{ left: pc(range[0]), width: pc(range[1] - range[0]) }} />
      <div class="prob-mid" />
      <div class="prob-dot" style={{ left: pc(probability) }} />
    </div>
  );
  if (!scale) return bar;
  return (
    <div class="prob-scaled">
      {bar}
      <div class="prob-scale" aria-hidden="true">
        <span>0%</span>
        <span>50%</span>
        <span>100%</span>
      </div>
    </div>
  );
}
