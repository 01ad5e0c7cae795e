import type { components } from '@humanhours/contract/types';

export type Schemas = components['schemas'];

const KEY_STORAGE = 'humanhours.apiKey';

/** The API key lives in this tab's sessionStorage only: never in a URL, a cookie or a log. */
export const session = {
  key(): string | null {
    try {
      return sessionStorage.getItem(KEY_STORAGE);
    } catch {
      return null;
    }
  },
  signIn(key: string): void {
    sessionStorage.setItem(KEY_STORAGE, key);
  },
  signOut(): void {
    sessionStorage.removeItem(KEY_STORAGE);
  },
};

/** The non-secret start of a key, for snippets: `hh_live_AbCd1234_…`. */
export function keyHint(key: string | null): string {
  const match = key ? /^(hh_(?:live|test)_[A-Za-z0-9]{8})_/.exec(key) : null;
  return match ? `${match[1]}_…` : 'hh_live_…';
}

/** An answer of the API in its error envelope (or a network failure, code `network`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const SIGNED_OUT_CODES = new Set(['missing_authorization', 'invalid_api_key', 'key_revoked']);
let onSignedOut: (error: ApiError) => void = () => {};

/** Called when the API no longer accepts the key (revoked, deleted): the app goes back to sign-in. */
export function whenSignedOut(handler: (error: ApiError) => void): void {
  onSignedOut = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** A key to use instead of the session's (sign-in checks a key before keeping it). */
  key?: string;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const key = options.key ?? session.key();
  const headers: Record<string, string> = {};
  if (key) headers.authorization = `Bearer ${key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path + queryString(options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'The server could not be reached', 'Check that HumanHours is running, then retry');
  }
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    const e = body?.error;
    const error = e?.code
      ? new ApiError(res.status, e.code, e.message, e.hint, e.field)
      : new ApiError(res.status, 'unexpected', `The server answered HTTP ${res.status}`);
    if (res.status === 401 && SIGNED_OUT_CODES.has(error.code) && !options.key) onSignedOut(error);
    throw error;
  }
  return res;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await send(path, options)).json() as Promise<T>;
}

/**
 * Fetches a CSV with the Bearer header (the key never goes in a URL) and hands it to the browser as a download.
 * The file name is the server's (Content-Disposition) or `fallbackName`.
 */
export async function downloadCsv(path: string, query: Query, fallbackName: string): Promise<void> {
  const res = await send(path, { query });
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(new Blob([await res.text()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
