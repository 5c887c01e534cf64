import { Component, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Layout } from './components/layout.js';
import { DataPage } from './pages/data.js';
import { Dashboard } from './pages/dashboard.js';
import { Debrief } from './pages/debrief.js';
import { EditInterview, NewInterview, NextRound } from './pages/new-interview.js';
import { OutcomePage } from './pages/outcome.js';
import { Result } from './pages/result.js';
import { routeFrom, type Route } from './router.js';

/** A bug in a page shows a calm message, not a blank screen. */
class Boundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  static override getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="notice notice-error" role="alert">
        <p class="notice-title">Something went wrong on this page.</p>
        <p>
          Your saved interviews are safe.{' '}
          <a href="#/" onClick={() => this.setState({ failed: false })}>
            Go back to your interviews
          </a>{' '}
          or reload the page.
        </p>
      </div>
    );
  }
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'dashboard':
      return <Dashboard />;
    case 'new':
      return route.after ? <NextRound after={route.after} /> : <NewInterview />;
    case 'edit':
      return <EditInterview id={route.id} />;
    case 'debrief':
      return <Debrief id={route.id} />;
    case 'result':
      return <Result id={route.id} />;
    case 'outcome':
      return <OutcomePage id={route.id} {...(route.said ? { said: route.said } : {})} />;
    case 'data':
      return <DataPage />;
    case 'not-found':
      return (
        <div class="empty card">
          <h1>There is no page here</h1>
          <a class="button" href="#/">
            Go to your interviews
          </a>
        </div>
      );
  }
}

const TITLES: Record<Route['page'], string> = {
  dashboard: 'Your interviews',
  new: 'New interview',
  edit: 'Edit interview',
  debrief: 'Debrief',
  result: 'Result',
  outcome: 'Outcome',
  data: 'Your data',
  'not-found': 'Not found',
};

export function App() {
  const [route, setRoute] = useState<Route>(() => routeFrom(window.location.hash));
  useEffect(() => {
    const onHash = () => {
      setRoute(routeFrom(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = `${TITLES[route.page]} · Debrief`;
  }, [route]);
  const key = 'id' in route ? `${route.page}:${route.id}` : route.page;
  return (
    <Layout route={route}>
      <Boundary key={key}>
        <Page key={key} route={route} />
      </Boundary>
    </Layout>
  );
}
