import { describe, expect, it } from 'vitest';
import { errorFor, retryAfterMs } from '../../src/errors.js';
import { MAX_RETRY_AFTER_MS, retryDelay } from '../../src/http.js';
import * as sdk from '../../src/index.js';

const error = (status: number, code?: string, headers: Record<string, string> = {}) =>
  errorFor(status, code ? { code: code as never, message: code } : undefined, new Headers(headers));

describe('errorFor: one class per status', () => {
  it.each([
    [400, 'invalid_json', sdk.BadRequestError],
    [401, 'invalid_api_key', sdk.AuthenticationError],
    [403, 'insufficient_scope', sdk.PermissionDeniedError],
    [403, 'feature_locked', sdk.FeatureLockedError],
    [404, 'not_found', sdk.NotFoundError],
    [409, 'idempotency_key_reused', sdk.ConflictError],
    [422, 'validation_error', sdk.ValidationError],
    [429, 'rate_limited', sdk.RateLimitError],
    [429, 'quota_exceeded', sdk.QuotaExceededError],
    [500, 'internal', sdk.InternalServerError],
    [503, 'service_unavailable', sdk.InternalServerError],
    [502, undefined, sdk.InternalServerError],
    [413, 'payload_too_large', sdk.APIError],
  ])('%i %s', (status, code, Class) => {
    const e = error(status, code, { 'x-request-id': 'req_1' });
    expect(e).toBeInstanceOf(Class);
    expect(e).toBeInstanceOf(sdk.APIError);
    expect(e).toBeInstanceOf(sdk.HumanHoursError);
    expect(e).toMatchObject({ status, code, requestId: 'req_1', name: Class.name });
  });

  it('FeatureLockedError is a PermissionDeniedError; quota is not a rate limit', () => {
    expect(error(403, 'feature_locked')).toBeInstanceOf(sdk.PermissionDeniedError);
    expect(error(429, 'quota_exceeded')).not.toBeInstanceOf(sdk.RateLimitError);
  });

  it('keeps message, hint and field; falls back to the status without an envelope', () => {
    const e = errorFor(422, { code: 'validation_error', message: 'bad', hint: 'fix it', field: 'outcome' }, undefined);
    expect(e).toMatchObject({ message: 'bad', hint: 'fix it', field: 'outcome', requestId: undefined });
    expect(errorFor(502, undefined, undefined).message).toBe('HTTP 502');
  });
});

describe('retryAfterMs', () => {
  const parse = (headers: Record<string, string>) => retryAfterMs(new Headers(headers));
  it('reads seconds, an HTTP date and retry-after-ms (which wins)', () => {
    expect(parse({ 'retry-after': '3' })).toBe(3000);
    expect(parse({ 'retry-after': '0.5' })).toBe(500);
    const date = parse({ 'retry-after': new Date(Date.now() + 10_000).toUTCString() })!;
    expect(date).toBeGreaterThan(8000);
    expect(date).toBeLessThanOrEqual(10_000);
    expect(parse({ 'retry-after': new Date(Date.now() - 10_000).toUTCString() })).toBe(0);
    expect(parse({ 'retry-after-ms': '250', 'retry-after': '9' })).toBe(250);
    expect(parse({ 'retry-after': 'soon' })).toBeUndefined();
    expect(parse({})).toBeUndefined();
  });
});

describe('retryDelay', () => {
  it('retries network errors, 408, 429 and 5xx; never other 4xx or quota', () => {
    for (const e of [new sdk.APIConnectionError(), error(408), error(429, 'rate_limited'), error(500), error(503)]) {
      expect(retryDelay(e, 0, 2)).toBeTypeOf('number');
    }
    for (const e of [error(400), error(401), error(403), error(404), error(409), error(422), error(429, 'quota_exceeded')]) {
      expect(retryDelay(e, 0, 2)).toBeUndefined();
    }
  });

  it('stops at maxRetries', () => {
    expect(retryDelay(error(503), 1, 2)).toBeTypeOf('number');
    expect(retryDelay(error(503), 2, 2)).toBeUndefined();
    expect(retryDelay(error(503), 0, 0)).toBeUndefined();
  });

  it('honours Retry-After up to 60 s, and treats a longer one as final', () => {
    expect(retryDelay(error(429, 'rate_limited', { 'retry-after': '7' }), 0, 2)).toBe(7000);
    expect(retryDelay(error(503, undefined, { 'retry-after': '60' }), 0, 2)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryDelay(error(429, 'rate_limited', { 'retry-after': '61' }), 0, 2)).toBeUndefined();
    expect(retryDelay(error(429, 'quota_exceeded', { 'retry-after': '2' }), 0, 2)).toBeUndefined();
  });

  it('otherwise backs off exponentially with full jitter (0 to 0.5 s, 1 s, 2 s … capped at 8 s)', () => {
    for (const [attempt, cap] of [
      [0, 500],
      [1, 1000],
      [3, 4000],
      [9, 8000],
    ]) {
      const delays = Array.from({ length: 200 }, () => retryDelay(error(503), attempt, 10)!);
      expect(Math.max(...delays)).toBeLessThanOrEqual(cap);
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
      expect(new Set(delays).size).toBeGreaterThan(100); // jittered, not fixed
    }
  });

  it('repeats an unkeyed POST only on 429', () => {
    expect(retryDelay(new sdk.APIConnectionError(), 0, 2, false)).toBeUndefined();
    expect(retryDelay(error(503), 0, 2, false)).toBeUndefined();
    expect(retryDelay(error(429, 'rate_limited'), 0, 2, false)).toBeTypeOf('number');
  });
});
