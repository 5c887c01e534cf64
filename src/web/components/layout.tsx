import type { ComponentChildren } from 'preact';
import type { Route } from '../router.js';

/** `more`: words a very narrow screen hides (still read out), so the links keep to one row. */
const LINKS: { href: string; label: string; more?: string; pages: Route['page'][] }[] = [
  { href: '#/', label: 'Interviews', pages: ['dashboard', 'debrief', 'result', 'outcome', 'edit'] },
  { href: '#/new', label: 'New', more: ' interview', pages: ['new'] },
  { href: '#/data', label: 'Your data', pages: ['data'] },
];

export function Layout({ route, children }: { route: Route; children: ComponentChildren }) {
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <div class="wrap header-inner">
          <a class="brand" href="#/">
            Debrief
          </a>
          <nav aria-label="Main">
            <ul class="nav">
              {LINKS.map((l) => (
                <li key={l.href}>
                  <a href={l.href} aria-current={l.pages.includes(route.page) ? 'page' : undefined}>
                    {l.label}
                    {l.more && <span class="nav-more">{l.more}</span>}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" class="wrap" tabIndex={-1}>
        {children}
      </main>
      <footer class="wrap site-footer">
        <p>
          Interview signs are weak evidence. Debrief gives an honest estimate, never a verdict; your notes
          stay on this machine.
        </p>
      </footer>
    </>
  );
}
