import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, api, type Query } from './api';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
  /** Replaces the data without a request (after a successful change). */
  set: (data: T) => void;
}

interface State<T> {
  /** The request (path and query) the data or error answers: never shown for another one. */
  key: string | null;
  data: T | null;
  error: ApiError | null;
}

/**
 * GETs an endpoint whenever the path or the query (e.g. the URL's period and filters) changes, or `revision`
 * does (a change made elsewhere on the page that this answer reflects, e.g. an agent's new display name).
 */
export function useApi<T>(path: string | null, query: Query = {}, revision = 0): Loaded<T> {
  const key = path === null ? null : JSON.stringify([path, query, revision]);
  const [state, setState] = useState<State<T>>({ key: null, data: null, error: null });
  const [tick, setTick] = useState(0);

  // `key` stands for the path and the query; `tick` forces a reload.
  useEffect(() => {
    if (path === null) return;
    const abort = new AbortController();
    api<T>(path, { query, signal: abort.signal }).then(
      (data) => setState({ key, data, error: null }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setState({ key, data: null, error: error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)) });
      },
    );
    return () => abort.abort();
  }, [key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const set = useCallback((data: T) => setState({ key, data, error: null }), [key]);
  const current = state.key === key;
  return {
    data: current ? state.data : null,
    error: current ? state.error : null,
    loading: path !== null && !current,
    reload,
    set,
  };
}
