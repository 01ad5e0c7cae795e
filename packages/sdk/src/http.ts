import {
  APIConnectionError,
  APIConnectionTimeoutError,
  type APIError,
  APIUserAbortError,
  errorFor,
  InvalidEventError,
  InvalidResponseError,
  retryAfterMs,
} from './errors.js';
import { type AbortSignalLike, type Fetch, type HeadersLike, runtimeGlobals } from './globals.js';
import type { Logger } from './logger.js';
import { VERSION } from './version.js';

/** Options every method takes as its last argument; each overrides the client's setting for that call. */
export interface RequestOptions {
  /** Per attempt, from sending the request to the last byte of the answer, in ms. */
  timeout?: number;
  /** Aborts the call, retries included (then it rejects with `APIUserAbortError`). */
  signal?: AbortSignalLike;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Extra request headers; `null` removes one the SDK would send (except `Authorization`). */
  headers?: Record<string, string | null | undefined>;
}

/** The options of a write the server deduplicates (`track`, `trackBatch`). */
export interface WriteOptions extends RequestOptions {
  /** Unique per logical run; a fresh UUID by default. Reuse it (e.g. `error.idempotencyKey`) only to retry that run. */
  idempotencyKey?: string;
}

/** What the answer said besides its body: from `.withResponse()`. */
export interface ResponseInfo {
  status: number;
  headers: HeadersLike;
  /** `X-Request-Id`: quote it in a bug report. */
  requestId: string | undefined;
  /** The server answered a stored result again (`Idempotent-Replayed: true`): nothing new was counted. */
  replayed: boolean;
  /** The key the write sent. */
  idempotencyKey: string | undefined;
  /** `X-RateLimit-*` of the API key; `reset` as the server sends it. */
  rateLimit: { limit: number; remaining: number; reset: number } | undefined;
}

export interface WithResponse<T> {
  data: T;
  response: ResponseInfo;
}

/**
 * A promise of the answer's body that can also give the response's details: `await hh.track(e)` is the event,
 * `await hh.track(e).withResponse()` is `{ data, response }`.
 */
export class APIPromise<T> extends Promise<T> {
  private parsed: Promise<T> | undefined;

  constructor(private readonly raw: Promise<WithResponse<T>>) {
    super((resolve) => resolve(undefined as T));
  }

  /** The body and the response's details (`status`, `requestId`, `replayed`, `rateLimit`, `headers`). */
  withResponse(): Promise<WithResponse<T>> {
    return this.raw;
  }

  private data(): Promise<T> {
    this.parsed ??= this.raw.then((r) => r.data);
    return this.parsed;
  }
  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a Promise; `then` resolves to the body alone
  override then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: any) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.data().then(onfulfilled, onrejected);
  }
  override catch<B = never>(onrejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.data().catch(onrejected);
  }
  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.data().finally(onfinally);
  }
}

/** One row of a generated operation table (src/generated/*-operations.ts). */
export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly auth: 'apiKey' | 'adminToken' | 'none';
  readonly idempotencyKey?: boolean;
}

export interface Call {
  /** Values of the path template's `{name}` parts (URL-encoded here). */
  params?: Record<string, string>;
  /** Arrays are sent as comma lists (`group_by=agent,task_type`); undefined values are left out. */
  query?: object;
  /** JSON-serialised once, unless already a string: every retry sends the same bytes. */
  body?: unknown;
  /** Sent as `Idempotency-Key` where the operation takes one; always attached to the errors and the response info. */
  idempotencyKey?: string;
  /** The body carries its own idempotency keys (a batch), so a POST is safe to repeat. */
  idempotent?: boolean;
  /** `text`: the answer is CSV or YAML, returned as a string. */
  as?: 'json' | 'text';
}

export interface HttpConfig {
  /** The Bearer credential: an API key, or the admin token. */
  credential: string | undefined;
  baseUrl: string;
  timeout: number;
  maxRetries: number;
  fetch: Fetch;
  logger: Logger;
}

/** The longest server-requested wait we sit through; a longer one (a quota's days) ends the call. */
export const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;

/** One fresh key per logical call; Node 18 has no global crypto without a flag, hence the fallback. */
export const newIdempotencyKey = (): string =>
  runtimeGlobals.crypto?.randomUUID?.() ??
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => ((Math.random() * 16) | (c === 'x' ? 0 : 8)).toString(16));

/** `humanhours-sdk-js/1.0.0 node/24`; browsers forbid setting User-Agent, so there it is not sent. */
export function userAgent(): string | undefined {
  const g = runtimeGlobals;
  if (g.document !== undefined) return undefined;
  const major = (version: string | undefined) => version?.split('.')[0];
  const runtime = g.Deno?.version?.deno
    ? `deno/${major(g.Deno.version.deno)}`
    : g.Bun?.version
      ? `bun/${major(g.Bun.version)}`
      : g.navigator?.userAgent === 'Cloudflare-Workers'
        ? 'workerd'
        : typeof g.EdgeRuntime === 'string'
          ? 'edge-light'
          : g.process?.versions?.node
            ? `node/${major(g.process.versions.node)}`
            : 'unknown';
  return `humanhours-sdk-js/${VERSION} ${runtime}`;
}

/** The transport: every request, and every retry decision, goes through `send`. */
export class Http {
  private readonly ua = userAgent();

  constructor(readonly config: HttpConfig) {}

  request<T>(op: Operation, call: Call = {}, options: RequestOptions = {}): APIPromise<T> {
    return new APIPromise(this.send<T>(op, call, options));
  }

  async send<T>(op: Operation, call: Call, options: RequestOptions = {}): Promise<WithResponse<T>> {
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(call.params?.[name] ?? ''));
    const url = this.config.baseUrl + path + queryString(call.query);
    const headers: Record<string, string> = { accept: call.as === 'text' ? '*/*' : 'application/json' };
    if (this.ua) headers['user-agent'] = this.ua;
    if (call.idempotencyKey && op.idempotencyKey) headers['idempotency-key'] = call.idempotencyKey;
    let body: string | undefined;
    if (call.body !== undefined) {
      try {
        body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
      } catch (cause) {
        throw new InvalidEventError(`The request body cannot be serialised as JSON: ${(cause as Error)?.message ?? cause}`);
      }
      headers['content-type'] = 'application/json';
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (value === null) delete headers[name.toLowerCase()];
      else if (value !== undefined) headers[name.toLowerCase()] = value;
    }
    if (op.auth !== 'none' && this.config.credential) headers.authorization = `Bearer ${this.config.credential}`;

    const maxRetries = options.maxRetries ?? this.config.maxRetries;
    const timeout = options.timeout ?? this.config.timeout;
    // A POST without an idempotency key may have been processed when its answer is lost: repeat it only on 429.
    const repeatable = op.method !== 'POST' || !!call.idempotencyKey || !!call.idempotent;
    for (let attempt = 0; ; attempt++) {
      let error: APIError;
      const started = Date.now();
      try {
        const res = await this.attempt(url, { method: op.method, headers, body }, timeout, options.signal);
        this.config.logger.debug(`${op.method} ${path} → ${res.status} (${Date.now() - started} ms)`);
        if (res.status < 400) return { data: parseSuccess<T>(res, call.as), response: info(res, call.idempotencyKey) };
        error = errorFor(res.status, envelope(res), res.headers, envelope(res) ? undefined : `HTTP ${res.status}${describeBody(res)}`);
      } catch (e) {
        error = e as APIError;
      }
      error.idempotencyKey = call.idempotencyKey;
      const delay = options.signal?.aborted ? undefined : retryDelay(error, attempt, maxRetries, repeatable);
      if (delay === undefined) throw error;
      this.config.logger.info(`${op.method} ${path}: ${error.message}; retry ${attempt + 1}/${maxRetries} in ${Math.round(delay)} ms`);
      await sleep(delay, options.signal);
    }
  }

  /** One round trip, bounded by `timeout` from the request to the last byte of the body. */
  private async attempt(
    url: string,
    init: { method: string; headers: Record<string, string>; body?: string },
    timeout: number,
    signal?: AbortSignalLike,
  ) {
    const controller = new runtimeGlobals.AbortController();
    const abort = () => controller.abort();
    const timer = runtimeGlobals.setTimeout(abort, timeout);
    const outer = signal as
      | { aborted: boolean; addEventListener(t: 'abort', l: () => void): void; removeEventListener(t: 'abort', l: () => void): void }
      | undefined;
    outer?.addEventListener('abort', abort);
    try {
      if (outer?.aborted) throw new Error('aborted before it was sent');
      const res = await this.config.fetch(url, { ...init, signal: controller.signal });
      return { status: res.status, headers: res.headers, text: await res.text() };
    } catch (cause) {
      if (outer?.aborted) throw new APIUserAbortError('Request aborted by its signal', { cause });
      if ((controller.signal as { aborted: boolean }).aborted)
        throw new APIConnectionTimeoutError(`Request timed out after ${timeout} ms`, { cause });
      throw new APIConnectionError(`Connection error: ${(cause as Error)?.message ?? cause}`, { cause });
    } finally {
      runtimeGlobals.clearTimeout(timer);
      outer?.removeEventListener('abort', abort);
    }
  }
}

type Answer = { status: number; headers: HeadersLike; text: string };
const header = (res: { headers: HeadersLike }, name: string) => (res.headers as { get(n: string): string | null }).get(name);

function parseSuccess<T>(res: Answer, as: Call['as']): T {
  if (as === 'text') return res.text as T;
  if (!header(res, 'content-type')?.includes('json'))
    throw unusable(res, `expected JSON, got ${header(res, 'content-type') ?? 'no content type'}${describeBody(res)}`);
  try {
    return JSON.parse(res.text) as T;
  } catch {
    throw unusable(res, `the JSON body is cut short or malformed${describeBody(res)}`);
  }
}

const unusable = (res: Answer, why: string) =>
  new InvalidResponseError(res.status, undefined, res.headers, `Unusable ${res.status} answer: ${why}`);
const describeBody = (res: Answer) => ` (${res.text.length} characters)`;

/** The API's error envelope, when the body is one. */
function envelope(res: Answer): object | undefined {
  try {
    const error = (JSON.parse(res.text) as { error?: unknown })?.error;
    return error && typeof error === 'object' && 'code' in error ? error : undefined;
  } catch {
    return undefined;
  }
}

function info(res: Answer, idempotencyKey: string | undefined): ResponseInfo {
  const limit = header(res, 'x-ratelimit-limit');
  return {
    status: res.status,
    headers: res.headers,
    requestId: header(res, 'x-request-id') ?? undefined,
    replayed: header(res, 'idempotent-replayed') === 'true',
    idempotencyKey,
    rateLimit:
      limit === null
        ? undefined
        : {
            limit: Number(limit),
            remaining: Number(header(res, 'x-ratelimit-remaining')),
            reset: Number(header(res, 'x-ratelimit-reset')),
          },
  };
}

/** Whether a later attempt may succeed: no answer, an unusable 2xx, 408, 429 `rate_limited` and 5xx. */
export function isRetryable(error: APIError): boolean {
  const { status } = error;
  if (error instanceof APIUserAbortError) return false;
  if (status === 429) return error.code !== 'quota_exceeded';
  return status === undefined || status === 408 || status >= 500 || (error instanceof InvalidResponseError && status < 300);
}

/**
 * How long to wait before the next attempt, or undefined to give up: retryable errors (above) at most `maxRetries`
 * times, and for a POST without a key only a 429. A `Retry-After` / `retry-after-ms` is honoured up to 60 s; a
 * longer one is final. Otherwise exponential backoff with full jitter.
 */
export function retryDelay(error: APIError, attempt: number, maxRetries: number, repeatable = true): number | undefined {
  if (!isRetryable(error) || (!repeatable && error.status !== 429) || attempt >= maxRetries) return undefined;
  const asked = retryAfterMs(error.headers);
  if (asked !== undefined) return asked <= MAX_RETRY_AFTER_MS ? asked : undefined;
  return Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
}

function queryString(query: object | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.append(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Waits `ms`, or less if `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignalLike, unref = false): Promise<void> {
  const outer = signal as
    | { addEventListener(t: 'abort', l: () => void): void; removeEventListener(t: 'abort', l: () => void): void }
    | undefined;
  return new Promise((resolve) => {
    const done = () => {
      runtimeGlobals.clearTimeout(timer);
      outer?.removeEventListener('abort', done);
      resolve();
    };
    const timer = runtimeGlobals.setTimeout(done, ms);
    if (unref) unrefTimer(timer);
    outer?.addEventListener('abort', done);
  });
}

/** A pending timer alone never keeps a process alive (Node, Bun: `unref()`; Deno: `Deno.unrefTimer`). */
export function unrefTimer(timer: unknown): void {
  if (typeof timer === 'number') runtimeGlobals.Deno?.unrefTimer?.(timer);
  else (timer as { unref?: () => void } | undefined)?.unref?.();
}
