import { describe, expect, it } from 'vitest';
import { apiSpecMatchers, specErrors } from '../../src/testing.js';

expect.extend(apiSpecMatchers);

const json = { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'r1' };
const metered = { ...json, 'x-ratelimit-limit': '200', 'x-ratelimit-remaining': '199', 'x-ratelimit-reset': '1' };
const health = (body: unknown, headers: Record<string, string> = json, status = 200) => ({
  status,
  headers,
  body,
  req: { method: 'GET', path: '/healthz' },
});

describe('toMatchApiSpec', () => {
  it('passes a response that matches its operation', () => {
    expect(health({ status: 'ok' })).toMatchApiSpec();
  });

  it('fails a body with a property the spec does not have', () => {
    expect(health({ status: 'ok', uptime: 3 })).not.toMatchApiSpec();
    expect(specErrors(health({ status: 'ok', uptime: 3 })).join()).toMatch(/uptime/);
  });

  it('fails a body missing a required property or with a wrong type', () => {
    expect(health({})).not.toMatchApiSpec();
    expect(health({ status: 1 })).not.toMatchApiSpec();
  });

  it('fails an undocumented status', () => {
    expect(health({ status: 'ok' }, json, 418)).not.toMatchApiSpec();
  });

  it('fails an undocumented content type', () => {
    expect(health({ status: 'ok' }, { 'content-type': 'text/html', 'x-request-id': 'r1' })).not.toMatchApiSpec();
  });

  it('fails a response without a header the spec requires', () => {
    expect(specErrors(health({ status: 'ok' }, { 'content-type': 'application/json' })).join()).toMatch(/X-Request-Id/i);
  });

  it('fails a request the spec does not know', () => {
    expect({ status: 200, headers: json, body: {}, req: { method: 'GET', path: '/v1/unknown' } }).not.toMatchApiSpec();
  });

  it('checks an error response against the envelope', () => {
    const res = (body: unknown) => ({ status: 422, headers: metered, body, req: { method: 'POST', path: '/v1/track' } });
    expect(res({ error: { code: 'validation_error', message: 'agent_id is required', field: 'agent_id' } })).toMatchApiSpec();
    expect(res({ error: { code: 'made_up_code', message: 'x' } })).not.toMatchApiSpec();
    expect(res({ message: 'flat error' })).not.toMatchApiSpec();
  });

  it('understands the /api/v1 alias', () => {
    const res = {
      status: 422,
      headers: metered,
      body: { error: { code: 'validation_error', message: 'm' } },
      req: { method: 'POST', path: '/api/v1/track' },
    };
    expect(res).toMatchApiSpec();
    // An authenticated response without the rate-limit headers breaks the spec.
    expect(specErrors({ ...res, headers: json }).join()).toMatch(/X-RateLimit-Limit/);
  });
});
