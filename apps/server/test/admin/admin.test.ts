import { request } from 'node:http';
import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_ADDRESSES_TRACKED,
  ADMIN_FAILURE_WINDOW_MS,
  ADMIN_FAILURES_PER_WINDOW,
  AdminAttempts,
} from '../../src/auth/admin-attempts.js';

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

/** A GET from a chosen loopback source address (Linux routes all of 127.0.0.0/8 to lo). */
function getFrom(server: TestServer, localAddress: string, path: string, token: string) {
  const { port } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: any }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, localAddress, headers: bearer(token) }, (res) => {
      let text = '';
      res.on('data', (d) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('guessing the admin token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN_TOKEN });
  });
  afterAll(async () => server.close());

  it('is rate-limited per client address: 429 with Retry-After, the right token included, other addresses unaffected', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ADMIN_FAILURES_PER_WINDOW + 5; i++) {
      const res = await server.http.get('/v1/admin/orgs').set(bearer(`guess-${i}-0123456789abcdefghij`));
      statuses.push(res.status);
      expect(res).toMatchApiSpec();
      if (res.status === 429) {
        expect(res.body.error.code).toBe('rate_limited');
        expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(ADMIN_FAILURE_WINDOW_MS / 1000);
      }
    }
    expect(statuses.slice(0, ADMIN_FAILURES_PER_WINDOW)).toEqual(Array(ADMIN_FAILURES_PER_WINDOW).fill(401));
    expect(statuses.slice(ADMIN_FAILURES_PER_WINDOW)).toEqual(Array(5).fill(429));
    const blocked = await server.http.get('/v1/admin/orgs').set(bearer(ADMIN_TOKEN));
    expect(blocked.status).toBe(429);
    expect(blocked).toMatchApiSpec();

    const elsewhere = await getFrom(server, '127.0.0.2', '/v1/admin/orgs', ADMIN_TOKEN);
    expect(elsewhere.status).toBe(200);
  });

  it('remembers a bounded number of addresses', () => {
    let now = 0;
    const attempts = new AdminAttempts(() => now);
    for (let i = 0; i < ADMIN_ADDRESSES_TRACKED * 2; i++) attempts.recordFailure(`10.0.${i >> 8}.${i & 255}`);
    expect(attempts.size).toBe(ADMIN_ADDRESSES_TRACKED);
    for (let i = 0; i < ADMIN_FAILURES_PER_WINDOW; i++) attempts.recordFailure('192.0.2.1');
    expect(() => attempts.check('192.0.2.1')).toThrow(/Too many/);
    now += ADMIN_FAILURE_WINDOW_MS;
    expect(() => attempts.check('192.0.2.1')).not.toThrow();
  });
});
