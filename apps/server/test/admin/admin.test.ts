import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, startServer, type TestServer } from '../helpers/server.js';

const ADMIN_TOKEN = 'operator-token-0123456789abcdef';

describe('/v1/admin without HUMANHOURS_ADMIN_TOKEN', () => {
  it('does not exist', async () => {
    const server = await startServer();
    try {
      for (const token of [ADMIN_TOKEN, server.firstKey!]) {
        const res = await server.http.get('/v1/admin/orgs').set(bearer(token));
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe('not_found');
      }
    } finally {
      await server.close();
    }
  });
});

describe('/v1/admin with HUMANHOURS_ADMIN_TOKEN', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN_TOKEN });
  });
  afterAll(async () => server.close());

  it('refuses org keys and wrong tokens with 401 admin_token_invalid', async () => {
    for (const headers of [bearer(server.firstKey!), bearer(`${ADMIN_TOKEN}x`), {}]) {
      const res = await server.http.get('/v1/admin/orgs').set(headers);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('admin_token_invalid');
      expect(res).toMatchApiSpec();
    }
  });

  it('creates an org with its first key, which works at once', async () => {
    const res = await server.http
      .post('/v1/admin/orgs')
      .set(bearer(ADMIN_TOKEN))
      .send({ name: 'Globex', plan: 'free', currency: 'USD', default_hourly_rate: 60, timezone: 'America/New_York' });
    expect(res.status).toBe(201);
    expect(res).toMatchApiSpec();
    expect(res.body.org).toMatchObject({
      name: 'Globex',
      plan: 'free',
      currency: 'USD',
      default_hourly_rate: 60,
      timezone: 'America/New_York',
    });
    const org = await server.http.get('/v1/org').set(bearer(res.body.api_key.secret));
    expect(org.body.id).toBe(res.body.org.id);
  });

  it('lists orgs with their event counts and pages through them', async () => {
    await server.http.post('/v1/admin/orgs').set(bearer(ADMIN_TOKEN)).send({ name: 'Initech' });
    const res = await server.http.get('/v1/admin/orgs?limit=2').set(bearer(ADMIN_TOKEN));
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body.data).toHaveLength(2);
    expect(res.body.next_cursor).not.toBeNull();
    const rest = await server.http.get(`/v1/admin/orgs?limit=2&cursor=${res.body.next_cursor}`).set(bearer(ADMIN_TOKEN));
    const names = [...res.body.data, ...rest.body.data].map((o: { name: string }) => o.name);
    expect(names.sort()).toEqual(['Default', 'Globex', 'Initech']);
    expect(res.body.data[0]).toMatchObject({ events_this_month: 0, lifetime_events: 0 });
  });

  it('changes an org’s plan', async () => {
    const created = await server.http.post('/v1/admin/orgs').set(bearer(ADMIN_TOKEN)).send({ name: 'Upgraded', plan: 'free' });
    const res = await server.http
      .patch(`/v1/admin/orgs/${created.body.org.id}`)
      .set(bearer(ADMIN_TOKEN))
      .send({ plan: 'enterprise', included_events: 250000 });
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body).toMatchObject({ plan: 'enterprise', included_events: 250000 });
    expect((await server.http.get('/v1/org').set(bearer(created.body.api_key.secret))).body.plan).toBe('enterprise');
  });

  it('answers 404 for an unknown org and 422 for a bad plan', async () => {
    const missing = await server.http.patch('/v1/admin/orgs/org_01HZZZZZZZZZZZZZZZZZZZZZZZ').set(bearer(ADMIN_TOKEN)).send({ plan: 'pro' });
    expect(missing.status).toBe(404);
    expect(missing).toMatchApiSpec();
    const bad = await server.http.post('/v1/admin/orgs').set(bearer(ADMIN_TOKEN)).send({ name: 'X', plan: 'platinum' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.field).toBe('plan');
  });
});
