import { APIConnectionError, APIConnectionTimeoutError, type APIError, errorFor, retryAfterMs } from './errors.js';

export interface HttpOptions {
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  maxRetries: number;
  fetch: typeof fetch;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  /** Arrays are sent as comma lists (`group_by=agent,task_type`); undefined values are left out. */
  query?: object;
  /** JSON-serialised once, unless already a string: every retry sends the same bytes. */
  body?: unknown;
  idempotencyKey?: string;
  /** The body carries its own idempotency keys (a batch), so a POST is safe to repeat. */
  idempotent?: boolean;
  /** Aborts the call, retries included. */
  signal?: AbortSignal;
}

/** The longest server-requested wait we sit through; a longer one (a quota's days) ends the call. */
export const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;

/** One fresh key per logical call; Node 18 has no global crypto without a flag, hence the fallback. */
export const newIdempotencyKey = (): string =>
  globalThis.crypto?.randomUUID?.() ??
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => ((Math.random() * 16) | (c === 'x' ? 0 : 8)).toString(16));

/** The transport: every request, and every retry decision, goes through `call`. */
export class Http {
  constructor(private readonly options: HttpOptions) {}

  async request<T>(spec: RequestSpec): Promise<T> {
    return (await this.call<T>(spec)).data;
  }

  async call<T>(spec: RequestSpec): Promise<{ data: T; headers: Headers }> {
    const url = this.options.baseUrl + spec.path + queryString(spec.query);
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${this.options.apiKey}` };
    if (spec.idempotencyKey) headers['idempotency-key'] = spec.idempotencyKey;
    let body: string | undefined;
    if (spec.body !== undefined) {
      body = typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body);
      headers['content-type'] = 'application/json';
    }
    // A POST without an idempotency key may have been processed when its answer is lost: repeat it only on 429.
    const repeatable = spec.method !== 'POST' || !!spec.idempotencyKey || !!spec.idempotent;
    for (let attempt = 0; ; attempt++) {
      let error: APIError;
      try {
        const res = await this.attempt(url, { method: spec.method, headers, body }, spec.signal);
        if (res.status < 400) return { data: res.body as T, headers: res.headers };
        error = errorFor(res.status, (res.body as { error?: object } | undefined)?.error, res.headers);
      } catch (e) {
        error = e as APIConnectionError; // attempt() throws nothing else
      }
      const delay = retryDelay(error, attempt, this.options.maxRetries, repeatable);
      if (delay === undefined || spec.signal?.aborted) throw error;
      await sleep(delay, spec.signal);
    }
  }

  /** One round trip, bounded by timeoutMs from the request to the last byte of the body. */
  private async attempt(url: string, init: RequestInit, signal: AbortSignal | undefined) {
    const controller = new AbortController();
    const abort = () => controller.abort();
    const timer = setTimeout(abort, this.options.timeoutMs);
    signal?.addEventListener('abort', abort);
    try {
      if (signal?.aborted) throw new Error('aborted');
      const res = await this.options.fetch(url, { ...init, signal: controller.signal });
      const text = await res.text();
      let body: unknown = text;
      if (res.headers.get('content-type')?.includes('json')) {
        try {
          body = JSON.parse(text);
        } catch (cause) {
          if (res.ok) throw cause; // a cut-off success body: treat as lost, the retry replays it
          body = undefined; // an error page that is not our envelope: the status says enough
        }
      }
      return { status: res.status, headers: res.headers, body };
    } catch (cause) {
      if (signal?.aborted) throw new APIConnectionError('Request aborted', { cause });
      if (controller.signal.aborted) throw new APIConnectionTimeoutError(`Request timed out after ${this.options.timeoutMs} ms`, { cause });
      throw new APIConnectionError(`Connection error: ${(cause as Error)?.message ?? cause}`, { cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  }
}

/**
 * How long to wait before the next attempt, or undefined to give up. Retried: no answer (network error, timeout),
 * 408, 429 `rate_limited` and 5xx, at most `maxRetries` times. Never: 4xx validation, auth, permission, 409 and
 * `quota_exceeded`. A `Retry-After` / `retry-after-ms` is honoured up to 60 s; a longer one is final.
 */
export function retryDelay(error: APIError, attempt: number, maxRetries: number, repeatable = true): number | undefined {
  const { status } = error;
  const retryable =
    status === 429 ? error.code !== 'quota_exceeded' : repeatable && (status === undefined || status === 408 || status >= 500);
  if (!retryable || attempt >= maxRetries) return undefined;
  const asked = retryAfterMs(error.headers);
  if (asked !== undefined) return asked <= MAX_RETRY_AFTER_MS ? asked : undefined;
  return Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt); // full jitter
}

function queryString(query: object | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.append(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}
