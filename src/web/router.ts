import { OUTCOMES, type Outcome } from '../core/record.js';

/** Hash routes: the server's SPA fallback is not needed, and links work from a file too. */
export type Route =
  | { page: 'dashboard' }
  | { page: 'new'; after?: string }
  | { page: 'edit'; id: string }
  | { page: 'debrief'; id: string }
  | { page: 'result'; id: string }
  | { page: 'outcome'; id: string; said?: Outcome }
  | { page: 'data' }
  | { page: 'not-found' };

const INTERVIEW_PAGES = ['edit', 'debrief', 'result', 'outcome'] as const;

/** `?said=offer`: the outcome the user's notes already tell, to start the outcome form from. */
function saidIn(query: string): Outcome | undefined {
  const said = new URLSearchParams(query).get('said');
  return OUTCOMES.find((o) => o === said);
}

export function routeFrom(hash: string): Route {
  const [path = '', query = ''] = hash.split('?', 2);
  const parts = path.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'dashboard' };
  if (parts.length === 1 && parts[0] === 'new') {
    // `?after=ID`: the next round of that interview, its form started from it
    const after = new URLSearchParams(query).get('after');
    return after ? { page: 'new', after } : { page: 'new' };
  }
  if (parts.length === 1 && parts[0] === 'data') return { page: 'data' };
  if (parts.length === 3 && parts[0] === 'interviews') {
    const page = INTERVIEW_PAGES.find((p) => p === parts[2]);
    const id = decodeURIComponent(parts[1] ?? '');
    if (page === 'outcome') {
      const said = saidIn(query);
      return said ? { page, id, said } : { page, id };
    }
    if (page) return { page, id };
  }
  return { page: 'not-found' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'dashboard':
    case 'not-found':
      return '#/';
    case 'new':
      return route.after ? `#/new?after=${encodeURIComponent(route.after)}` : '#/new';
    case 'data':
      return '#/data';
    case 'outcome':
      return `#/interviews/${encodeURIComponent(route.id)}/outcome${route.said ? `?said=${route.said}` : ''}`;
    default:
      return `#/interviews/${encodeURIComponent(route.id)}/${route.page}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}
