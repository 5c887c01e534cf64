import type { ReportedOutcome } from '../../analysis/types.js';
import type { Outcome } from '../../core/record.js';
import { hrefOf } from '../router.js';

const SAYS: Record<ReportedOutcome['outcome'], string> = {
  offer: 'they offered you the job. Congratulations!',
  rejected: 'they said no. That is an answer, and not a verdict on you.',
  'next-round': 'you are through to the next round.',
  withdrew: 'you withdrew, so this one is settled.',
};

interface Props {
  id: string;
  reported: ReportedOutcome;
  /** Already recorded for this interview: then there is nothing to offer. */
  recorded: Outcome | undefined;
}

/** Notes that already tell the answer: say so, and offer to record it, before any estimate. */
export function ReportedAnswer({ id, reported, recorded }: Props) {
  if (recorded) return null;
  return (
    <section class="card reported" aria-labelledby="reported-title">
      <h2 id="reported-title">Your notes already tell the answer</h2>
      <p>
        You wrote that {SAYS[reported.outcome]} <span class="muted">(“{reported.evidence.quote}”)</span>
      </p>
      <p class="muted small">
        Debrief's estimate still reads only the signs, so it may disagree with what you heard. Recording what
        happened keeps your follow-up dates right and teaches Debrief how your signs turn out. What you wrote
        here is kept in this browser until you save it.
      </p>
      <p>
        <a class="button" href={hrefOf({ page: 'outcome', id, said: reported.outcome })}>
          Record it as the outcome
        </a>
      </p>
    </section>
  );
}
