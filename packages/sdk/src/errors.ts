import type { HeadersLike } from './globals.js';
import type { ErrorCode, ErrorDetail } from './types.js';

const KINDS = Symbol.for('@humanhours/sdk.errorKinds');

/**
 * Base of every error this SDK throws or reports. `instanceof` also recognises an error made by the other build of
 * the package (the CommonJS one when you imported the ESM one, or the reverse): both carry the class names of their
 * chain under a shared symbol.
 */
export class HumanHoursError extends Error {
  override name = 'HumanHoursError';

  get [KINDS](): string[] {
    const kinds: string[] = [];
    for (let c = this.constructor; c && c !== Error; c = Object.getPrototypeOf(c)) kinds.push(c.name);
    return kinds;
  }
}

// `this` is the class on the right of instanceof: HumanHoursError or any subclass (they inherit the static).
Object.defineProperty(HumanHoursError, Symbol.hasInstance, {
  value(this: abstract new (...args: never) => unknown, value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    const kinds = (value as { [KINDS]?: string[] } | null)?.[KINDS];
    return Array.isArray(kinds) && kinds.includes(this.name);
  },
});

/** `shutdown()` was called: the client sends nothing new. Thrown by `track()`, reported to `onError` by `enqueue()`. */
export class ClientClosedError extends HumanHoursError {
  override name = 'ClientClosedError';
}
/** An event that cannot be sent: not an object, not serialisable as JSON (BigInt, a cycle), or over 1 MB. */
export class InvalidEventError extends HumanHoursError {
  override name = 'InvalidEventError';
}
/** Reported to `onError` for an event refused because `maxQueueSize` events were already pending. */
export class QueueFullError extends HumanHoursError {
  override name = 'QueueFullError';
}
/** Reported to `onError` for events not acknowledged when `shutdown()` (or the exit hook) ran out of time. */
export class ShutdownTimeoutError extends HumanHoursError {
  override name = 'ShutdownTimeoutError';
}

/**
 * An answer other than 2xx, an unusable 2xx, or no answer at all (then `status` is undefined). `code`, `message`,
 * `hint` and `field` come from the API's error envelope; `requestId` is the response's `X-Request-Id`, to quote in a
 * bug report; `idempotencyKey` is the key the failed write sent: retry with it (`track(body, { idempotencyKey })`)
 * and the server replays instead of counting twice.
 */
export class APIError extends HumanHoursError {
  override name = 'APIError';
  readonly code: ErrorCode | undefined;
  readonly hint: string | undefined;
  readonly field: string | undefined;
  readonly requestId: string | undefined;
  idempotencyKey: string | undefined;

  constructor(
    readonly status: number | undefined,
    detail: Partial<ErrorDetail> | undefined,
    readonly headers: HeadersLike | undefined,
    message = detail?.message ?? `HTTP ${status}`,
  ) {
    super(message);
    this.code = detail?.code;
    this.hint = detail?.hint;
    this.field = detail?.field;
    this.requestId = (headers as { get(name: string): string | null } | undefined)?.get('x-request-id') ?? undefined;
  }
}

export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
/** 403 `feature_locked`: the org's plan lacks the feature; `hint` names the plan that has it. */
export class FeatureLockedError extends PermissionDeniedError {
  override name = 'FeatureLockedError';
}
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
/** 409 `idempotency_key_reused`: the key was used with another body. Final: retrying cannot succeed. */
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
/** 422: `field` names the offending input. */
export class ValidationError extends APIError {
  override name = 'ValidationError';
}
/** 429 `rate_limited` that outlasted the retries (or asked for a wait over the 60 s cap). */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
  /** Seconds the server asked to wait, from `Retry-After`. */
  readonly retryAfter = retryAfterSeconds(this.headers);
}
/** 429 `quota_exceeded`: the free plan's monthly cap is reached. Never retried: the wait is days. */
export class QuotaExceededError extends APIError {
  override name = 'QuotaExceededError';
  /** Seconds until the next billing month, from `Retry-After`. */
  readonly retryAfter = retryAfterSeconds(this.headers);
}
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}
/**
 * An answer the SDK cannot use: a 2xx that is not the JSON the operation promises (an HTML page from a proxy, a
 * body cut short), or a batch answer with fewer results than events.
 */
export class InvalidResponseError extends APIError {
  override name = 'InvalidResponseError';
}
/** No usable answer: DNS, refused or dropped connection, unreadable body. */
export class APIConnectionError extends APIError {
  override name = 'APIConnectionError';
  constructor(message = 'Connection error', options?: { cause?: unknown }) {
    super(undefined, undefined, undefined, message);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
/** No complete answer within `timeout`. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
}
/** Your `signal` aborted the call. Never retried. */
export class APIUserAbortError extends APIConnectionError {
  override name = 'APIUserAbortError';
}

const byCode: Partial<Record<ErrorCode, typeof APIError>> = {
  feature_locked: FeatureLockedError,
  quota_exceeded: QuotaExceededError,
};
const byStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
  429: RateLimitError,
};

/** The one place a status (and, for the two special cases, the code) picks an error class. */
export function errorFor(
  status: number,
  detail: Partial<ErrorDetail> | undefined,
  headers: HeadersLike | undefined,
  message?: string,
): APIError {
  const Class = (detail?.code && byCode[detail.code]) || byStatus[status] || (status >= 500 ? InternalServerError : APIError);
  return new Class(status, detail, headers, message);
}

function retryAfterSeconds(headers: HeadersLike | undefined): number | undefined {
  const ms = retryAfterMs(headers);
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}

/** The wait a response asks for: `retry-after-ms`, else `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(headers: HeadersLike | undefined): number | undefined {
  const get = (name: string) => (headers as { get(name: string): string | null } | undefined)?.get(name);
  const ms = Number.parseFloat(get('retry-after-ms') ?? '');
  if (ms >= 0) return ms;
  const value = get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
