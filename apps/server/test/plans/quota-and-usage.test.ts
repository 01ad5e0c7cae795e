import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterEach, describe, expect, it } from 'vitest';

const ADMIN = 'operator-token-0123456789abcdef';
const event = (i: number) => ({
  agent_id: `bot-${i % 4}`,
  task_type: 'email_classification',
  outcome: 'success',
  agent_duration_seconds: 4,
});
const storedEvents = async (server: TestServer) => Number((await server.db.get<{ n: number }>('select count(*) as n from events'))!.n);

let server: TestServer;
afterEach(async () => server?.close());

describe('the free plan’s monthly cap', () => {
  it('accepts exactly up to 500 in the month when a batch straddles the cap', async () => {
    server = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
    const key = server.firstKey!;
    const first = await server.http
      .post('/v1/track/batch')
      .set(bearer(key))
      .send({ events: Array.from({ length: 400 }, (_, i) => event(i)) });
    expect(first.body.summary).toEqual({ accepted: 400, replayed: 0, failed: 0 });
    const items = Array.from({ length: 200 }, (_, i) => ({ ...event(i), idempotency_key: `straddle-${i}` }));
    const second = await server.http.post('/v1/track/batch').set(bearer(key)).send({ events: items });
    expect(second.status).toBe(207);
    expect(second).toMatchApiSpec();
    expect(second.body.summary).toEqual({ accepted: 100, replayed: 0, failed: 100 });
    expect(second.body.results.slice(0, 100).every((r: { status: number }) => r.status === 201)).toBe(true);
    expect(second.body.results[100]).toMatchObject({ status: 429, error: { code: 'quota_exceeded' } });
    expect(await storedEvents(server)).toBe(500);

    // Over the cap: a new event is refused with Retry-After until the month ends…
    const refused = await server.http.post('/v1/track').set(bearer(key)).send(event(0));
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('quota_exceeded');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(31 * 86_400);
    expect(refused).toMatchApiSpec();
    // …but replays never count: an accepted item replays, a refused item's key stays free.
    const again = await server.http
      .post('/v1/track/batch')
      .set(bearer(key))
      .send({ events: items.slice(99, 101) });
    expect(again.body.results.map((r: { status: number }) => r.status)).toEqual([200, 429]);

    const usage = await server.http.get('/v1/reports/usage').set(bearer(key));
    expect(usage).toMatchApiSpec();
    expect(usage.body).toMatchObject({
      plan: 'free',
      events_this_month: 500,
      events_included_in_plan: 500,
      overage_events: 0,
      lifetime_events: 500,
      hard_cap: true,
      projected_overage_eur: null,
      rate_limit_per_second: 60,
    });
  });

  it('holds exactly under concurrent batches', async () => {
    server = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
    const key = server.firstKey!;
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, b) =>
        server.http
          .post('/v1/track/batch')
          .set(bearer(key))
          .send({ events: Array.from({ length: 50 }, (_, i) => event(b * 50 + i)) }),
      ),
    );
    const accepted = responses.reduce((sum, r) => sum + r.body.summary.accepted, 0);
    expect(accepted).toBe(500);
    expect(await storedEvents(server)).toBe(500);
  });
});

describe('GET /v1/reports/usage', () => {
  it('agrees with the events stored, on every plan, with overage and its projection on paid plans', async () => {
    server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN });
    const key = server.firstKey!;
    const org = (await server.http.get('/v1/org').set(bearer(key))).body;
    await server.http.patch(`/v1/admin/orgs/${org.id}`).set(bearer(ADMIN)).send({ included_events: 10 });
    await server.http
      .post('/v1/track/batch')
      .set(bearer(key))
      .send({ events: Array.from({ length: 25 }, (_, i) => event(i)) });
    await server.http.post('/v1/track').set(bearer(key)).set('idempotency-key', 'r1').send(event(1));
    await server.http.post('/v1/track').set(bearer(key)).set('idempotency-key', 'r1').send(event(1)); // a replay: not counted
    const usage = await server.http.get('/v1/reports/usage').set(bearer(key));
    expect(usage.status).toBe(200);
    expect(usage).toMatchApiSpec();
    expect(usage.body).toMatchObject({
      plan: 'pro',
      currency: 'EUR',
      events_this_month: 26,
      events_included_in_plan: 10,
      overage_events: 16,
      lifetime_events: 26,
      hard_cap: false,
      rate_limit_per_second: 200,
    });
    expect(usage.body.events_this_month).toBe(await storedEvents(server));
    expect(usage.body.projected_overage_eur).toBeGreaterThan(0);
    expect(Date.parse(usage.body.period_start)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(usage.body.period_end)).toBeGreaterThan(Date.now());

    const orgs = await server.http.get('/v1/admin/orgs').set(bearer(ADMIN));
    expect(orgs.body.data[0]).toMatchObject({ events_this_month: 26, lifetime_events: 26 });
  });

  it('is open to the free plan, while the other reports are locked', async () => {
    server = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
    const key = server.firstKey!;
    expect((await server.http.get('/v1/reports/usage').set(bearer(key))).status).toBe(200);
    const locked = await server.http.post('/v1/task-types').set(bearer(key)).send({
      key: 'my_type',
      display_name: 'Mine',
      category: 'ops',
      default_baseline_minutes: 5,
      baseline_source: 'our own timing',
    });
    expect(locked.status).toBe(403);
    expect(locked.body.error).toMatchObject({ code: 'feature_locked' });
    expect(locked.body.error.hint).toMatch(/pro/);
  });
});
