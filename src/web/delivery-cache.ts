/**
 * The server keeps documents but not their analysis, so the delivery figures of the last
 * transcript are held for this browser session to show on the result page.
 */
import type { DeliveryMetrics } from '../analysis/types.js';

const key = (id: string) => `debrief:delivery:${id}`;

export function rememberDelivery(id: string, delivery: DeliveryMetrics | undefined): void {
  try {
    if (delivery) sessionStorage.setItem(key(id), JSON.stringify(delivery));
  } catch {
    // Storage may be full or disabled; the figures are a nicety, so carry on without them.
    return;
  }
}

export function recalledDelivery(id: string): DeliveryMetrics | undefined {
  try {
    const raw = sessionStorage.getItem(key(id));
    return raw ? (JSON.parse(raw) as DeliveryMetrics) : undefined;
  } catch {
    return undefined;
  }
}
