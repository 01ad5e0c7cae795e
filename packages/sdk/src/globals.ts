// The few web-platform types the SDK's public surface names. They resolve to the real globals when the app has DOM
// or @types/node types, and to these minimal shapes otherwise, so the declarations need neither lib.

interface MinimalHeaders {
  get(name: string): string | null;
}
interface MinimalAbortSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** The runtime's `Headers` (or any object with a `get(name)`). */
export type HeadersLike = typeof globalThis extends { Headers: { prototype: infer H } } ? H : MinimalHeaders;
/** The runtime's `AbortSignal`. */
export type AbortSignalLike = typeof globalThis extends { AbortSignal: { prototype: infer S } } ? S : MinimalAbortSignal;

/** What the SDK reads from a fetch answer. */
export interface FetchResponse {
  readonly status: number;
  readonly headers: HeadersLike;
  text(): Promise<string>;
}
/** What the SDK passes to fetch. */
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignalLike;
}
/** A fetch implementation: the global `fetch`, or your own (a proxy agent, a test double). */
export type Fetch = (url: string, init: FetchInit) => Promise<FetchResponse>;

/** Internal: the globals of whatever runtime we are on, each possibly missing. */
export const runtimeGlobals = globalThis as unknown as {
  process?: {
    env?: Record<string, string | undefined>;
    versions?: { node?: string };
    once?: (event: 'beforeExit', listener: () => void) => void;
    off?: (event: 'beforeExit', listener: () => void) => void;
  };
  Deno?: { version?: { deno?: string }; unrefTimer?: (id: number) => void };
  Bun?: { version?: string };
  EdgeRuntime?: string;
  navigator?: { userAgent?: string };
  document?: unknown;
  console?: Record<'error' | 'warn' | 'info' | 'debug', (...args: unknown[]) => void>;
  crypto?: { randomUUID?: () => string };
  fetch?: Fetch;
  AbortController: new () => { signal: AbortSignalLike; abort(): void };
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
};
