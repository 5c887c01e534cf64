/** Hash routes: the server's SPA fallback is not needed, and links work from a file too. */
export type Route =
  | { page: 'dashboard' }
  | { page: 'new' }
  | { page: 'edit'; id: string }
  | { page: 'debrief'; id: string }
  | { page: 'result'; id: string }
  | { page: 'outcome'; id: string }
  | { page: 'data' }
  | { page: 'not-found' };

const INTERVIEW_PAGES = ['edit', 'debrief', 'result', 'outcome'] as const;

export function routeFrom(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'dashboard' };
  if (parts.length === 1 && parts[0] === 'new') return { page: 'new' };
  if (parts.length === 1 && parts[0] === 'data') return { page: 'data' };
  if (parts.length === 3 && parts[0] === 'interviews') {
    const page = INTERVIEW_PAGES.find((p) => p === parts[2]);
    if (page) return { page, id: decodeURIComponent(parts[1] ?? '') };
  }
  return { page: 'not-found' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'dashboard':
    case 'not-found':
      return '#/';
    case 'new':
    case 'data':
      return `#/${route.page}`;
    default:
      return `#/interviews/${encodeURIComponent(route.id)}/${route.page}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}
