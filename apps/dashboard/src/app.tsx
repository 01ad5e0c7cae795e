import { useEffect, useRef, useState } from 'preact/hooks';
import { type ApiError, keyHint, type Schemas, session, whenSignedOut } from './api';
import { ReportControls } from './controls';
import { useApi } from './hooks';
import { followLink, href, ROUTES, type RoutePath, SHARE_PATH, useLocation } from './router';
import { ErrorMessage } from './ui';
import { Agents } from './views/agents';
import { Breakdown } from './views/breakdown';
import { Events, ReviewQueue } from './views/events';
import { Keys } from './views/keys';
import { Overview } from './views/overview';
import { SharedOverview } from './views/shared';
import { SignIn } from './views/sign-in';
import { TaskTypes } from './views/task-types';
import { UsageView } from './views/usage';
import { WebhooksView } from './views/webhooks';

const REPORT_VIEWS = new Set<string>(['/', '/agents', '/task-types', '/clients', '/models', '/events', '/review']);

export function App() {
  // A share link's page needs no sign-in and never touches the tab's API key.
  if (location.pathname === SHARE_PATH) return <SharedOverview />;
  return <SignedInApp />;
}

function SignedInApp() {
  const [key, setKey] = useState(session.key);
  const [notice, setNotice] = useState<ApiError | null>(null);

  useEffect(() => {
    whenSignedOut((error) => {
      session.signOut();
      setNotice(error);
      setKey(null);
    });
  }, []);

  if (!key) {
    return (
      <SignIn
        notice={notice}
        onSignedIn={(k) => {
          session.signIn(k);
          setNotice(null);
          setKey(k);
        }}
      />
    );
  }
  return (
    <Shell
      apiKey={key}
      onSignOut={() => {
        session.signOut();
        setNotice(null);
        setKey(null);
      }}
    />
  );
}

function Shell({ apiKey, onSignOut }: { apiKey: string; onSignOut: () => void }) {
  const { path, params } = useLocation();
  const org = useApi<Schemas['Org']>('/v1/org');
  const route = ROUTES.find((r) => r.path === path);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${route?.title ?? 'Not found'} · HumanHours`;
    // Move focus to the new page's heading after client-side navigation (not on the first load).
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [path]);

  const linkParams = new URLSearchParams(params);
  return (
    <div class="shell">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={href('/', linkParams)} onClick={followLink}>
          <span class="logo" aria-hidden="true">
            ◷
          </span>{' '}
          HumanHours
        </a>
        <div class="who">
          {org.data && (
            <span class="org" data-testid="org">
              {org.data.name} <span class="badge">{org.data.plan}</span>
            </span>
          )}
          <span class="muted key-hint" title="The key this tab is signed in with (its public part)">
            {keyHint(apiKey)}
          </span>
          <button type="button" class="secondary small" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <nav class="nav" aria-label="Views">
        <ul>
          {ROUTES.map((r) => (
            <li key={r.path}>
              <a href={href(r.path, linkParams)} aria-current={r.path === path ? 'page' : undefined} onClick={followLink}>
                {r.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabindex={-1}>
        <h1 ref={heading} tabindex={-1}>
          {route?.title ?? 'Page not found'}
        </h1>
        {org.error && <ErrorMessage error={org.error} title="The org could not be loaded" />}
        {REPORT_VIEWS.has(path) && <ReportControls params={params} orgTimeZone={org.data?.timezone} />}
        <View path={route?.path} params={params} org={org.data} onSignOut={onSignOut} />
      </main>
    </div>
  );
}

function View({
  path,
  params,
  org,
  onSignOut,
}: {
  path: RoutePath | undefined;
  params: URLSearchParams;
  org: Schemas['Org'] | null;
  onSignOut: () => void;
}) {
  switch (path) {
    case '/':
      return <Overview params={params} />;
    case '/agents':
      return <Agents params={params} />;
    case '/task-types':
      return <TaskTypes params={params} />;
    case '/clients':
      return <Breakdown key="client" params={params} dimension="client" />;
    case '/models':
      return <Breakdown key="model" params={params} dimension="model" />;
    case '/events':
      return <Events params={params} />;
    case '/review':
      return <ReviewQueue params={params} />;
    case '/usage':
      return <UsageView org={org} />;
    case '/keys':
      return <Keys onOwnKeyRevoked={onSignOut} />;
    case '/webhooks':
      return <WebhooksView />;
    default:
      return <NotFound />;
  }
}

/** A mistyped address: the server answered this page with HTTP 404, the app says what happened and where to go. */
function NotFound() {
  return (
    <div class="empty" data-testid="not-found">
      <p class="empty-title">
        There is no dashboard page at <code>{location.pathname}</code>.
      </p>
      <p>
        Check the address, or go to the <a href="/">overview</a>. The views are in the menu above; the API reference is at{' '}
        <a href="/docs">/docs</a>.
      </p>
    </div>
  );
}
