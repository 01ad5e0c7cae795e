import type { ErrorCode, ErrorDetail } from './types.js';

/** Base of every error this SDK throws or reports. */
export class HumanHoursError extends Error {
  override name = 'HumanHoursError';
}

/**
 * An answer other than 2xx, or no answer at all (then `status` is undefined). `code`, `message`, `hint` and `field`
 * come from the API's error envelope; `requestId` is the response's `X-Request-Id`, to quote in a bug report.
 */
export class APIError extends HumanHoursError {
  override name = 'APIError';
  readonly code: ErrorCode | undefined;
  readonly hint: string | undefined;
  readonly field: string | undefined;
  readonly requestId: string | undefined;

  constructor(
    readonly status: number | undefined,
    detail: Partial<ErrorDetail> | undefined,
    readonly headers: Headers | undefined,
    message = detail?.message ?? `HTTP ${status}`,
  ) {
    super(message);
    this.code = detail?.code;
    this.hint = detail?.hint;
    this.field = detail?.field;
    this.requestId = headers?.get('x-request-id') ?? undefined;
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
/** No usable answer: DNS, refused or dropped connection, unreadable body, aborted request. */
export class APIConnectionError extends APIError {
  override name = 'APIConnectionError';
  constructor(message = 'Connection error', options?: { cause?: unknown }) {
    super(undefined, undefined, undefined, message);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
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
export function errorFor(status: number, detail: Partial<ErrorDetail> | undefined, headers: Headers | undefined): APIError {
  const Class = (detail?.code && byCode[detail.code]) || byStatus[status] || (status >= 500 ? InternalServerError : APIError);
  return new Class(status, detail, headers);
}

function retryAfterSeconds(headers: Headers | undefined): number | undefined {
  const ms = retryAfterMs(headers);
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}

/** The wait a response asks for: `retry-after-ms`, else `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
