import type { FastifyInstance } from 'fastify';
import { observationsBodySchema } from '../../contract/observations.js';
import type { ObservationsView, ObservationView } from '../../contract/responses.js';
import type { StoredObservation } from '../../store/store.js';
import { refreshDerived, storedObservationsFrom } from '../assessment.js';
import { requireInterview, validated, type Deps } from '../validate.js';

type IdParams = { Params: { id: string } };

function viewOf(observations: readonly StoredObservation[]): ObservationsView {
  const result: Record<string, ObservationView> = {};
  for (const o of observations) {
    const { signId, ...rest } = o;
    result[signId] = rest;
  }
  return { observations: result };
}

export function registerObservationRoutes(app: FastifyInstance, { store, now }: Deps): void {
  app.get<IdParams>('/interviews/:id/observations', async (request) => {
    await requireInterview(store, request.params.id);
    return viewOf(await store.getObservations(request.params.id));
  });

  app.put<IdParams>('/interviews/:id/observations', async (request) => {
    await requireInterview(store, request.params.id);
    const body = validated(observationsBodySchema, request.body);
    const at = now();
    await store.putObservations(
      request.params.id,
      storedObservationsFrom(body.observations),
      at.toISOString(),
    );
    await refreshDerived(store, request.params.id, at);
    return viewOf(await store.getObservations(request.params.id));
  });
}
