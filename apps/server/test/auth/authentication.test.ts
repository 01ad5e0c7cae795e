import { bearer, type TestServer, useServer } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';

let server: TestServer;
let key: string;
useServer({}, (s, k) => {
  server = s;
  key = k;
});

describe('authentication on /v1', () => {
  it('answers 401 missing_authorization without an Authorization header', async () => {
    const res = await server.http.get('/v1/org');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('missing_authorization');
    expect(res).toMatchApiSpec();
  });

  it('answers 401 missing_authorization for another scheme', async () => {
    const res = await server.http.get('/v1/org').set('authorization', `Basic ${Buffer.from('a:b').toString('base64')}`);
    expect(res.body.error.code).toBe('missing_authorization');
  });

  it('answers 401 invalid_api_key for a malformed key, an unknown key and a wrong secret', async () => {
    const [, , id] = key.split('_');
    const wrongSecret = `hh_live_${id}_${'A'.repeat(48)}`;
    for (const token of ['not-a-key', `hh_live_ABCDEFGH_${'x'.repeat(48)}`, wrongSecret, `${key}x`]) {
      const res = await server.http.get('/v1/org').set(bearer(token));
      expect(res.status, token).toBe(401);
      expect(res.body.error.code).toBe('invalid_api_key');
      expect(res).toMatchApiSpec();
    }
  });

  it('accepts the key under /v1 and under the /api/v1 alias', async () => {
    const direct = await server.http.get('/v1/org').set(bearer(key));
    const aliased = await server.http.get('/api/v1/org').set(bearer(key));
    expect(direct.status).toBe(200);
    expect(aliased.status).toBe(200);
    expect(aliased.body).toEqual(direct.body);
    expect(direct).toMatchApiSpec();
  });

  it('fails a revoked key on its very next request with 401 key_revoked', async () => {
    const created = await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'short-lived' });
    expect(created.status).toBe(201);
    const temp = created.body.secret;
    expect((await server.http.get('/v1/org').set(bearer(temp))).status).toBe(200);
    const revoked = await server.http.delete(`/v1/api-keys/${created.body.id}`).set(bearer(key));
    expect(revoked.status).toBe(200);
    const res = await server.http.get('/v1/org').set(bearer(temp));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('key_revoked');
    expect(res).toMatchApiSpec();
  });

  it('leaves health, readiness, the spec and the docs open', async () => {
    for (const path of ['/healthz', '/readyz', '/openapi.json', '/openapi.yaml', '/docs']) {
      expect((await server.http.get(path)).status, path).toBe(200);
    }
  });
});

describe('scopes', () => {
  async function keyWith(scopes: string[]) {
    const res = await server.http
      .post('/v1/api-keys')
      .set(bearer(key))
      .send({ name: scopes.join('+'), scopes });
    expect(res.status).toBe(201);
    expect(res.body.scopes).toEqual(scopes);
    return res.body.secret as string;
  }

  it('new keys get all four scopes unless narrowed', async () => {
    const res = await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'full' });
    expect(res.body.scopes.sort()).toEqual(['admin', 'read:reports', 'review:write', 'track:write']);
  });

  it('answers 403 insufficient_scope to a key without the operation’s scope', async () => {
    const trackOnly = await keyWith(['track:write']);
    for (const [method, path] of [
      ['get', '/v1/org'],
      ['get', '/v1/task-types'],
      ['get', '/v1/api-keys'],
      ['post', '/v1/api-keys'],
    ] as const) {
      const res = await server.http[method](path)
        .set(bearer(trackOnly))
        .send(method === 'post' ? { name: 'x' } : undefined);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe('insufficient_scope');
      expect(res).toMatchApiSpec();
    }
  });

  it('a read:reports key reads but cannot administer', async () => {
    const reader = await keyWith(['read:reports']);
    expect((await server.http.get('/v1/org').set(bearer(reader))).status).toBe(200);
    const patch = await server.http.patch('/v1/org').set(bearer(reader)).send({ name: 'nope' });
    expect(patch.status).toBe(403);
    expect(patch.body.error.code).toBe('insufficient_scope');
  });

  it('checks the scope before the body: a bad body from an unscoped key is 403, not 422', async () => {
    const reader = await keyWith(['read:reports']);
    const res = await server.http.post('/v1/api-keys').set(bearer(reader)).send({ wrong: true });
    expect(res.status).toBe(403);
  });
});
