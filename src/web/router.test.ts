import { describe, it, expect } from 'vitest';
import { hrefOf, routeFrom, type Route } from './router.js';

describe('routeFrom', () => {
  it.each([
    ['', { page: 'dashboard' }],
    ['#/', { page: 'dashboard' }],
    ['#/new', { page: 'new' }],
    ['#/new?after=abc-1', { page: 'new', after: 'abc-1' }],
    ['#/new?after=', { page: 'new' }],
    ['#/data', { page: 'data' }],
    ['#/interviews/abc-1/debrief', { page: 'debrief', id: 'abc-1' }],
    ['#/interviews/abc-1/result', { page: 'result', id: 'abc-1' }],
    ['#/interviews/abc-1/outcome', { page: 'outcome', id: 'abc-1' }],
    ['#/interviews/abc-1/outcome?said=offer', { page: 'outcome', id: 'abc-1', said: 'offer' }],
    ['#/interviews/abc-1/outcome?said=nonsense', { page: 'outcome', id: 'abc-1' }],
    ['#/interviews/abc-1/edit', { page: 'edit', id: 'abc-1' }],
    ['#/interviews/abc-1/nonsense', { page: 'not-found' }],
    ['#/whatever', { page: 'not-found' }],
  ])('%s', (hash, route) => expect(routeFrom(hash)).toEqual(route));

  it('round-trips every page through its href', () => {
    const routes: Route[] = [
      { page: 'dashboard' },
      { page: 'new' },
      { page: 'new', after: 'a b' },
      { page: 'data' },
      { page: 'debrief', id: 'x y' },
      { page: 'result', id: 'id_9' },
      { page: 'outcome', id: 'a/b', said: 'rejected' },
    ];
    for (const r of routes) expect(routeFrom(hrefOf(r))).toEqual(r);
  });
});
