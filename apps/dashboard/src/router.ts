import { useEffect, useState } from 'preact/hooks';

/** The dashboard's pages. The server answers index.html for exactly these paths (DASHBOARD_ROUTES). */
export const ROUTES = [
  { path: '/', title: 'Overview' },
  { path: '/agents', title: 'Agents' },
  { path: '/task-types', title: 'Task types' },
  { path: '/clients', title: 'Clients' },
  { path: '/models', title: 'Models' },
  { path: '/events', title: 'Events' },
  { path: '/review', title: 'Review queue' },
  { path: '/usage', title: 'Usage' },
  { path: '/keys', title: 'API keys' },
  { path: '/webhooks', title: 'Webhooks & alerts' },
] as const;

export type RoutePath = (typeof ROUTES)[number]['path'];

/** The read-only page a share link opens (`/share#<token>`): outside the signed-in routes above. */
export const SHARE_PATH = '/share';

/** The query parameters every report takes, kept in the URL so a view can be shared. */
export const REPORT_PARAMS = ['period', 'from', 'to', 'tz', 'agent_id', 'task_type', 'client', 'model', 'outcome'] as const;
export const FILTER_PARAMS = ['agent_id', 'task_type', 'client', 'model', 'outcome'] as const;
/** Parameters of one view (sort order, metric, category…), also kept in the URL. */
const VIEW_PARAMS = ['sort', 'metric', 'category', 'include_archived', 'event', 'review'] as const;
const KNOWN_PARAMS = new Set<string>([...REPORT_PARAMS, ...VIEW_PARAMS]);

export interface Location {
  path: string;
  params: URLSearchParams;
}

function current(): Location {
  const path = location.pathname.length > 1 ? location.pathname.replace(/\/$/, '') : '/';
  return { path, params: new URLSearchParams(location.search) };
}

const CHANGE = 'hh:navigate';

/** Builds `path?query` keeping only known parameters with a value. */
export function href(path: string, params: URLSearchParams | Record<string, string | undefined>): string {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const kept = new URLSearchParams();
  for (const [name, value] of entries) if (value && KNOWN_PARAMS.has(name)) kept.set(name, value);
  const text = kept.toString();
  return text ? `${path}?${text}` : path;
}

/** Client-side navigation for a link's plain clicks; new-tab clicks and the like keep the browser's behaviour. */
export function followLink(event: MouseEvent): void {
  const link = event.currentTarget as HTMLAnchorElement;
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(link.getAttribute('href')!);
}

export function navigate(to: string, { replace = false } = {}): void {
  if (to === location.pathname + location.search) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', to);
  window.dispatchEvent(new Event(CHANGE));
}

/** Changes some query parameters of the current page (undefined removes one). */
export function setParams(changes: Record<string, string | undefined>): void {
  const { path, params } = current();
  for (const [name, value] of Object.entries(changes)) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  navigate(href(path, params));
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return loc;
}

/** The report query of the URL: period, range, time zone and filters. */
export function reportQuery(params: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of REPORT_PARAMS) {
    const value = params.get(name);
    if (value) query[name] = value;
  }
  return query;
}
