/**
 * The one contract every Store implementation must meet. Each adapter's test file calls
 * runStoreContract with a factory that returns a fresh, empty store; the cases sit in
 * store-interviews, store-interview-parts and store-transfer (.case.ts), their fixtures in
 * store-fixtures.case.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.js';
import type { ContractScope } from './store-fixtures.case.js';
import { interviewPartCases } from './store-interview-parts.case.js';
import { interviewCases } from './store-interviews.case.js';
import { transferCases } from './store-transfer.case.js';

export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    const opened: Store[] = [];
    let store: Store | undefined;
    const fresh = async (): Promise<Store> => {
      const s = await makeStore();
      opened.push(s);
      return s;
    };
    const scope: ContractScope = {
      get store(): Store {
        if (!store) throw new Error('store contract: no store outside a test');
        return store;
      },
      fresh,
    };

    beforeEach(async () => {
      store = await fresh();
    });
    afterEach(async () => {
      store = undefined;
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it(`reports its dialect`, () => {
      expect(['sqlite', 'postgres']).toContain(scope.store.dialect);
    });

    interviewCases(scope);
    interviewPartCases(scope);
    transferCases(scope);
  });
}
