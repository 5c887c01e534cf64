import { getLatestAnalysis } from '../api-client.js';
import { DeliveryPanel } from './delivery-panel.js';
import { useLoad } from './use-load.js';

/**
 * Delivery figures of the newest stored transcript, on any visit. A nicety beside the
 * estimate: while loading, on failure, or for notes, the section simply is not there.
 */
export function LatestDelivery({ id }: { id: string }) {
  const [loaded] = useLoad(() => getLatestAnalysis(id), id);
  if (loaded.state !== 'ok') return null;
  const latest = loaded.value.latest;
  const delivery = latest?.analysis.delivery;
  if (!latest || !delivery) return null;
  return (
    <section class="card" aria-labelledby="delivery-title">
      <h2 id="delivery-title">How you came across in the transcript</h2>
      <DeliveryPanel metrics={delivery} guidance={latest.guidance} />
    </section>
  );
}
