import { startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

function expectEnvelope(body: any, code: string) {
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  expect(Object.keys(body.error).every((k) => ['code', 'message', 'hint', 'field'].includes(k))).toBe(true);
}

describe('errors always come in the envelope, never as a 500', () => {
  it('answers 400 invalid_json for malformed JSON', async () => {
    const res = await server.http.post('/v1/api-keys').set('content-type', 'application/json').send('{"name": "a",');
    expect(res.status).toBe(400);
    expectEnvelope(res.body, 'invalid_json');
    expect(res).toMatchApiSpec();
  });

  it('answers 400 invalid_json for an empty JSON body', async () => {
    const res = await server.http.post('/v1/api-keys').set('content-type', 'application/json').send('');
    expect(res.status).toBe(400);
    expectEnvelope(res.body, 'invalid_json');
  });

  it('answers 413 payload_too_large for a body over 1 MB', async () => {
    const huge = JSON.stringify({ agent_id: 'a', metadata: { blob: 'x'.repeat(1024 * 1024) } });
    const res = await server.http.post('/v1/api-keys').set('content-type', 'application/json').send(huge);
    expect(res.status).toBe(413);
    expectEnvelope(res.body, 'payload_too_large');
    expect(res).toMatchApiSpec();
  });

  it('answers 415 unsupported_media_type for a non-JSON body', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await server.http.post('/v1/api-keys').set('content-type', type).send('name=a');
      expect(res.status, type).toBe(415);
      expectEnvelope(res.body, 'unsupported_media_type');
    }
  });

  it('answers 404 not_found for an unknown route, under /v1 and elsewhere', async () => {
    for (const path of ['/v1/nope', '/nope', '/api/v1/nope', '/v2/track']) {
      const res = await server.http.get(path);
      expect(res.status, path).toBe(404);
      expectEnvelope(res.body, 'not_found');
    }
  });

  it('answers 501 not_supported with a hint for routes of the hosted service this server does not offer', async () => {
    for (const [method, path] of [
      ['get', '/v1/companies'],
      ['get', '/v1/companies/acme.com'],
      ['post', '/api/v1/companies/enrich'],
      ['get', '/v1/jobs/job_123'],
      ['delete', '/api/v1/jobs/job_123/result'],
    ] as const) {
      const res = await server.http[method](path);
      expect(res.status, path).toBe(501);
      expectEnvelope(res.body, 'not_supported');
      expect(res.body.error.hint, path).toMatch(/\/v1\//);
    }
    expect((await server.http.get('/v1/companiesx')).status).toBe(404);
  });

  it('answers 405 method_not_allowed with an Allow header for a known path and a wrong method', async () => {
    const res = await server.http.put('/healthz');
    expect(res.status).toBe(405);
    expectEnvelope(res.body, 'method_not_allowed');
    expect(res.headers.allow).toBe('GET');
  });

  it('treats /api/v1 exactly like /v1 (the n8n node calls /api/v1)', async () => {
    const direct = await server.http.delete('/v1/track');
    const aliased = await server.http.delete('/api/v1/track');
    expect(direct.status).toBe(405);
    expect(aliased.status).toBe(405);
    expect(aliased.headers.allow).toBe(direct.headers.allow);
  });

  it('answers oversized headers and malformed paths in the envelope too', async () => {
    const huge = await fetch(`${server.url}/v1/org?q=${'x'.repeat(20_000)}`);
    expect(huge.status).toBe(431);
    expect(await huge.json()).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
    const malformed = await server.http.get('/v1/task-types/%zz');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('bad_request');
    expect(malformed.headers['x-request-id']).toBeDefined();
    // A path segment beyond the router's 1,000-character limit matches no route.
    const longParam = await server.http.get(`/v1/task-types/${'k'.repeat(1001)}`);
    expect(longParam.status).toBe(404);
    expect(longParam.body.error.code).toBe('not_found');
  });

  it('refuses U+0000 in any string, which PostgreSQL could not store', async () => {
    const res = await server.http.post('/v1/api-keys').send({ name: 'a\u0000b' });
    expect([401, 422]).toContain(res.status); // 401 first: the request has no key
    const key = server.firstKey!;
    const withKey = await server.http.post('/v1/api-keys').set('authorization', `Bearer ${key}`).send({ name: 'a\u0000b' });
    expect(withKey.status).toBe(422);
    expect(withKey.body.error).toMatchObject({ code: 'validation_error', field: 'name' });
    const query = await server.http.get('/v1/agents?search=%00').set('authorization', `Bearer ${key}`);
    expect(query.status).toBe(422);
    expect(query.body.error.field).toBe('search');
  });

  it('never leaks a stack trace or framework error shape', async () => {
    const res = await server.http.post('/v1/api-keys').set('content-type', 'application/json').send('[1,2');
    expect(JSON.stringify(res.body)).not.toMatch(/statusCode|stack|FST_/);
  });
});

describe('request ids', () => {
  it('echoes a valid X-Request-Id and logs it', async () => {
    const res = await server.http.get('/healthz').set('x-request-id', 'trace-abc.123');
    expect(res.headers['x-request-id']).toBe('trace-abc.123');
    const line = server.logs.find((l) => l.reqId === 'trace-abc.123' && l.msg === 'request');
    expect(line).toMatchObject({ method: 'GET', path: '/healthz', status: 200 });
  });

  it('generates one when absent, on errors too', async () => {
    const none = await server.http.get('/nope');
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers under a generated id when the given X-Request-Id is unusable (see transport.test.ts)', async () => {
    const res = await server.http.get('/healthz').set('x-request-id', 'has spaces and tabs');
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res).toMatchApiSpec();
  });
});
