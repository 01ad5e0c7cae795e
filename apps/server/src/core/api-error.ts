import type { Schema } from '@humanhours/contract';

/** Every error code of the API (the spec's ErrorCode, no more, no less) and its HTTP status (openapi.yaml's table). */
export const ERROR_STATUS = {
  invalid_json: 400,
  bad_request: 400,
  missing_authorization: 401,
  invalid_api_key: 401,
  key_revoked: 401,
  admin_token_invalid: 401,
  insufficient_scope: 403,
  feature_locked: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  idempotency_key_reused: 409,
  already_reviewed: 409,
  not_reviewable: 409,
  settings_conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_error: 422,
  unknown_task_type: 422,
  occurred_at_out_of_range: 422,
  raw_events_expired: 422,
  value_out_of_range: 422,
  rate_limited: 429,
  quota_exceeded: 429,
  workspace_limit_reached: 403,
  internal: 500,
  not_supported: 501,
  service_unavailable: 503,
  report_timeout: 503,
} as const satisfies Record<Schema<'ErrorCode'>, number>;

export type ErrorCode = Schema<'ErrorCode'>;

export type ErrorBody = Schema<'ErrorDetail'>;

/** An error the API answers on purpose, rendered as `{"error": {...}}` by the exception filter. */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { hint?: string; field?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }

  toBody(): { error: ErrorBody } {
    const error: ErrorBody = { code: this.code, message: this.message };
    if (this.extra.hint) error.hint = this.extra.hint;
    if (this.extra.field) error.field = this.extra.field;
    return { error };
  }

  static validation(field: string, message: string, hint?: string): ApiError {
    return new ApiError('validation_error', `${field} ${message}`, { field, hint });
  }

  /** A request that broke the spec, as a contract validator described it (with its hint, when it has one). */
  static fromIssue(issue: { field: string; message: string; hint?: string }): ApiError {
    return ApiError.validation(issue.field, issue.message, issue.hint);
  }
}
