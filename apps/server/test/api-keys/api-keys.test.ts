import { bearer, type TestServer, useServer } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';

let server: TestServer;
let key: string;
useServer({}, (s, k) => {
  server = s;
  key = k;
});

const KEY_FORMAT = /^hh_live_([A-Za-z0-9]{8})_[A-Za-z0-9]{48}$/;

describe('/v1/api-keys', () => {
  it('creates a key whose secret is shown once, in the documented format', async () => {
    const res = await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'ingest' });
    expect(res.status).toBe(201);
    expect(res).toMatchApiSpec();
    expect(res.body.secret).toMatch(KEY_FORMAT);
    expect(res.body.secret.split('_')[2]).toBe(res.body.id);
    expect(res.body.prefix).toBe(`hh_live_${res.body.id}`);
    expect(res.body).toMatchObject({ name: 'ingest', mode: 'live', last_used_at: null, revoked_at: null });
  });

  it('creates hh_test_ keys in test mode', async () => {
    const res = await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'sandbox', mode: 'test' });
    expect(res.body.secret).toMatch(/^hh_test_[A-Za-z0-9]{8}_[A-Za-z0-9]{48}$/);
    expect((await server.http.get('/v1/org').set(bearer(res.body.secret))).status).toBe(200);
  });

  it('never lists a secret or a hash', async () => {
    const created = await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'listed' });
    const res = await server.http.get('/v1/api-keys').set(bearer(key));
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(created.body.secret);
    expect(text).not.toContain(created.body.secret.split('_')[3]);
    expect(text).not.toMatch(/secret|hash/);
    expect(res.body.data.map((k: { id: string }) => k.id)).toContain(created.body.id);
  });

  it('records last use approximately', async () => {
    const created = await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'used' });
    await server.http.get('/v1/org').set(bearer(created.body.secret));
    await new Promise((r) => setTimeout(r, 50));
    const list = await server.http.get('/v1/api-keys').set(bearer(key));
    const row = list.body.data.find((k: { id: string }) => k.id === created.body.id);
    expect(Date.parse(row.last_used_at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('revokes idempotently and never un-revokes', async () => {
    const created = await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'doomed' });
    const first = await server.http.delete(`/v1/api-keys/${created.body.id}`).set(bearer(key));
    expect(first.status).toBe(200);
    expect(first).toMatchApiSpec();
    expect(first.body.revoked_at).not.toBeNull();
    const second = await server.http.delete(`/v1/api-keys/${created.body.id}`).set(bearer(key));
    expect(second.status).toBe(200);
    expect(second.body.revoked_at).toBe(first.body.revoked_at);
    expect((await server.http.get('/v1/org').set(bearer(created.body.secret))).body.error.code).toBe('key_revoked');
  });

  it('answers 404 for a key id the org does not have', async () => {
    const res = await server.http.delete('/v1/api-keys/ZZZZZZZZ').set(bearer(key));
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect(res).toMatchApiSpec();
  });

  it('validates the body against the spec', async () => {
    const res = await server.http
      .post('/v1/api-keys')
      .set(bearer(key))
      .send({ name: 'x', scopes: ['root'] });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_error', field: 'scopes.0' });
    expect(res).toMatchApiSpec();
  });

  it('pages with limit and cursor, newest first, without repeats', async () => {
    for (let i = 0; i < 5; i++)
      await server.http
        .post('/v1/api-keys')
        .set(bearer(key))
        .send({ name: `page-${i}` });
    const all = (await server.http.get('/v1/api-keys?limit=1000').set(bearer(key))).body.data.map((k: { id: string }) => k.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await server.http.get(`/v1/api-keys?limit=3${cursor ? `&cursor=${cursor}` : ''}`).set(bearer(key));
      expect(res).toMatchApiSpec();
      seen.push(...res.body.data.map((k: { id: string }) => k.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(all);
    const bad = await server.http.get('/v1/api-keys?cursor=garbage').set(bearer(key));
    expect(bad.status).toBe(422);
    expect(bad.body.error.field).toBe('cursor');
  });

  it('can hide revoked keys', async () => {
    const res = await server.http.get('/v1/api-keys?include_revoked=false').set(bearer(key));
    expect(res.body.data.every((k: { revoked_at: string | null }) => k.revoked_at === null)).toBe(true);
  });
});
