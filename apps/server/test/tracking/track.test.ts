import { bearer, floodUntilLimited, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdempotencyPurger } from '../../src/tracking/idempotency-purger.js';

const ADMIN = 'operator-token-0123456789abcdef';
let server: TestServer;
let key: string;

beforeAll(async () => {
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN });
  key = server.firstKey!;
});
afterAll(async () => server.close());

const example = { agent_id: 'support-classifier', task_type: 'email_classification', outcome: 'success', agent_duration_seconds: 4 };
const track = (body: object, headers: Record<string, string> = {}) =>
  server.http.post('/v1/track').set(bearer(key)).set(headers).send(body);
const eventCount = async () => Number((await server.db.get<{ n: number }>('select count(*) as n from events'))!.n);

describe('POST /v1/track', () => {
  it('answers the documented example exactly', async () => {
    const res = await track(example);
    expect(res.status).toBe(201);
    expect(res).toMatchApiSpec();
    expect(res.body).toMatchObject({
      agent_id: 'support-classifier',
      task_type: 'email_classification',
      outcome: 'success',
      resolved_baseline_minutes: 4,
      resolved_baseline_source: 'builtin',
      resolved_hourly_rate: 45,
      currency: 'EUR',
      agent_duration_seconds: 4,
      hours_saved: 0.066,
      cost_saved: 2.97,
      agent_cost: null,
      resolved_cost_source: 'none',
      net_saved: 2.97,
    });
    expect(res.body.event_id).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('answers under /api/v1 too, as the n8n node calls it', async () => {
    const res = await server.http
      .post('/api/v1/track')
      .set(bearer(key))
      .set('idempotency-key', '8812:0:0003')
      .send({ ...example, human_baseline_minutes: 6 });
    expect(res.status).toBe(201);
    expect(res.body.resolved_baseline_source).toBe('request');
  });

  it('values by the agent’s own rate, then the org’s', async () => {
    await server.http.patch('/v1/agents/pricey').set(bearer(key)).send({ hourly_rate_override: 90 });
    const res = await track({ ...example, agent_id: 'pricey' });
    expect(res.body).toMatchObject({ resolved_hourly_rate: 90, hours_saved: 0.066, cost_saved: 5.94 });
  });

  it('credits needs_review at the org’s credit and failure at nothing', async () => {
    const review = await track({ ...example, outcome: 'needs_review', agent_duration_seconds: 0, human_baseline_minutes: 60 });
    expect(review.body).toMatchObject({ hours_saved: 0.5, cost_saved: 22.5 });
    const failed = await track({ ...example, outcome: 'failure', agent_cost: 0.4 });
    expect(failed.body).toMatchObject({
      hours_saved: 0,
      cost_saved: 0,
      agent_cost: 0.4,
      net_saved: -0.4,
      resolved_cost_source: 'provided',
    });
  });

  it('computes the cost from model and tokens, freezing the prices used', async () => {
    const res = await track({ ...example, model: 'openai/gpt-4o', tokens_in: 2000, tokens_out: 500 });
    expect(res).toMatchApiSpec();
    expect(res.body.resolved_cost_source).toBe('computed');
    expect(res.body.agent_cost).toBeGreaterThan(0);
    expect(res.body.net_saved).toBeCloseTo(2.97 - res.body.agent_cost, 2);
    expect(res.body.resolved_pricing).toMatchObject({ model: 'openai/gpt-4o', fx_as_of: expect.any(String) });
  });

  it('invents no cost for an unknown model', async () => {
    const res = await track({ ...example, model: 'acme/private-llm', tokens_in: 2000 });
    expect(res.body).toMatchObject({ resolved_cost_source: 'none', agent_cost: null, resolved_pricing: null, model: 'acme/private-llm' });
  });

  it('takes the client from metadata.client or metadata.client_id', async () => {
    expect((await track({ ...example, metadata: { client: 'acme' } })).body.client).toBe('acme');
    expect((await track({ ...example, metadata: { client_id: 'globex', run: 7 } })).body.client).toBe('globex');
    expect((await track(example)).body.client).toBeNull();
  });

  it('counts the agent and its last sighting', async () => {
    await track({ ...example, agent_id: 'counted' });
    await track({ ...example, agent_id: 'counted' });
    const agents = await server.http.get('/v1/agents?search=counted').set(bearer(key));
    expect(agents.body.data[0]).toMatchObject({ agent_id: 'counted', events: 2 });
    expect(agents.body.data[0].first_seen_at).not.toBeNull();
  });
});

describe('errors of the track table', () => {
  it('validation_error names the field, nested ones with a dotted path', async () => {
    const cases: Array<[object, string]> = [
      [{ ...example, agent_id: undefined }, 'agent_id'],
      [{ ...example, agent_id: '' }, 'agent_id'],
      [{ ...example, agent_id: 'x'.repeat(201) }, 'agent_id'],
      [{ ...example, outcome: 'ok' }, 'outcome'],
      [{ ...example, agent_duration_seconds: -1 }, 'agent_duration_seconds'],
      [{ ...example, tokens_in: 1.5 }, 'tokens_in'],
      [{ ...example, human_baseline_minutes: 10081 }, 'human_baseline_minutes'],
      [{ ...example, audit_sample: { input_excerpt: 'x'.repeat(2001) } }, 'audit_sample.input_excerpt'],
      [{ ...example, occurred_at: 'yesterday' }, 'occurred_at'],
      [{ ...example, metadata: { blob: 'x'.repeat(9000) } }, 'metadata'],
      [{ ...example, metadata: { a: { b: { c: { d: { e: { f: 1 } } } } } } }, 'metadata'],
      [{ ...example, metadata: 'not-an-object' }, 'metadata'],
    ];
    for (const [body, field] of cases) {
      const res = await track(body);
      expect(res.status, field).toBe(422);
      expect(res.body.error, field).toMatchObject({ code: 'validation_error', field });
      expect(res).toMatchApiSpec();
    }
  });

  it('a top-level client is refused with a hint to put it in metadata.client, and nothing is stored', async () => {
    const before = await eventCount();
    const res = await track({ ...example, client: 'acme' });
    expect(res.status).toBe(422);
    expect(res).toMatchApiSpec();
    expect(res.body.error).toMatchObject({ code: 'validation_error', field: 'client' });
    expect(res.body.error.hint).toContain('metadata.client');
    expect(await eventCount()).toBe(before);
    // Any other unknown field gets no such hint; the hinted place works.
    expect((await track({ ...example, clientele: 'acme' })).body.error).not.toHaveProperty('hint');
    const moved = await track({ ...example, metadata: { client: 'acme' } });
    expect(moved.status).toBe(201);
  });

  it('unknown_task_type without a baseline; the org fallback resolves it', async () => {
    const res = await track({ ...example, task_type: 'interpretive_dance' });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'unknown_task_type', field: 'task_type' });
    expect(res).toMatchApiSpec();
    await server.http.patch('/v1/org').set(bearer(key)).send({ fallback_baseline_minutes: 2 });
    const fallback = await track({ ...example, task_type: 'interpretive_dance', agent_duration_seconds: 0 });
    expect(fallback.body).toMatchObject({ resolved_baseline_source: 'fallback', resolved_baseline_minutes: 2, hours_saved: 0.033 });
    await server.http.patch('/v1/org').set(bearer(key)).send({ fallback_baseline_minutes: null });
  });

  it('occurred_at_out_of_range beyond 90 days back or 24 h ahead', async () => {
    const day = 86_400_000;
    for (const at of [Date.now() - 91 * day, Date.now() + 25 * 3_600_000]) {
      const res = await track({ ...example, occurred_at: new Date(at).toISOString() });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('occurred_at_out_of_range');
      expect(res).toMatchApiSpec();
    }
    const ok = await track({ ...example, occurred_at: new Date(Date.now() - 89 * day).toISOString() });
    expect(ok.status).toBe(201);
  });

  it('key_revoked and rate_limited on the track route itself', async () => {
    const temp = (await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'revoked-tracker' })).body;
    await server.http.delete(`/v1/api-keys/${temp.id}`).set(bearer(key));
    const revoked = await server.http.post('/v1/track').set(bearer(temp.secret)).send(example);
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe('key_revoked');
    expect(revoked).toMatchApiSpec();

    const free = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
    try {
      const responses = await floodUntilLimited(() => free.http.post('/v1/track').set(bearer(free.firstKey!)).send(example));
      const limited = responses.find((r) => r.status === 429);
      expect(limited?.body.error.code).toBe('rate_limited');
      expect(Number(limited?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(limited).toMatchApiSpec();
    } finally {
      await free.close();
    }
  });

  it('401s and 403s before anything is recorded', async () => {
    const before = await eventCount();
    expect((await server.http.post('/v1/track').send(example)).body.error.code).toBe('missing_authorization');
    expect((await server.http.post('/v1/track').set(bearer('hh_live_nope')).send(example)).body.error.code).toBe('invalid_api_key');
    const reader = (
      await server.http
        .post('/v1/api-keys')
        .set(bearer(key))
        .send({ name: 'r', scopes: ['read:reports'] })
    ).body.secret;
    const denied = await server.http.post('/v1/track').set(bearer(reader)).send(example);
    expect(denied.body.error.code).toBe('insufficient_scope');
    expect(await eventCount()).toBe(before);
  });
});

describe('idempotency', () => {
  it('replays the original body byte for byte with Idempotent-Replayed', async () => {
    const first = await track(example, { 'idempotency-key': 'run-replay-1' });
    const again = await track(example, { 'idempotency-key': 'run-replay-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe(first.text);
    expect(again).toMatchApiSpec();
  });

  it('treats a body differing only in key order as the same run', async () => {
    await track({ agent_id: 'a', task_type: 'email_classification', outcome: 'success' }, { 'idempotency-key': 'order-1' });
    const again = await track({ outcome: 'success', task_type: 'email_classification', agent_id: 'a' }, { 'idempotency-key': 'order-1' });
    expect(again.status).toBe(200);
  });

  it('answers 409 idempotency_key_reused for the same key with a different body', async () => {
    await track(example, { 'idempotency-key': 'run-409' });
    const before = await eventCount();
    const res = await track({ ...example, agent_duration_seconds: 5 }, { 'idempotency-key': 'run-409' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('idempotency_key_reused');
    expect(res).toMatchApiSpec();
    expect(await eventCount()).toBe(before);
  });

  it('creates exactly one event for 25 concurrent requests with one key', async () => {
    const before = await eventCount();
    const responses = await Promise.all(Array.from({ length: 25 }, () => track(example, { 'idempotency-key': 'concurrent-25' })));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(24);
    expect(new Set(responses.map((r) => r.body.event_id)).size).toBe(1);
    expect(await eventCount()).toBe(before + 1);
  });

  it('creates an event per request without a key', async () => {
    const before = await eventCount();
    await Promise.all([track(example), track(example), track(example)]);
    expect(await eventCount()).toBe(before + 3);
  });

  it('frees a key after 24 h', async () => {
    const first = await track(example, { 'idempotency-key': 'old-key' });
    await server.db.run('update idempotency_keys set created_at = created_at - ? where key = ?', [24 * 3_600_000 + 1, 'old-key']);
    const later = await track({ ...example, agent_duration_seconds: 9 }, { 'idempotency-key': 'old-key' });
    expect(later.status).toBe(201);
    expect(later.body.event_id).not.toBe(first.body.event_id);
  });

  it('purges keys older than 24 h, and only those', async () => {
    await track(example, { 'idempotency-key': 'purge-old' });
    await track(example, { 'idempotency-key': 'purge-fresh' });
    await server.db.run('update idempotency_keys set created_at = created_at - ? where key = ?', [24 * 3_600_000 + 1, 'purge-old']);
    await server.app.get(IdempotencyPurger).purge();
    const keys = (await server.db.all<{ key: string }>("select key from idempotency_keys where key like 'purge-%'")).map((r) => r.key);
    expect(keys).toEqual(['purge-fresh']);
  });

  it('is scoped to the org: another org’s identical key is its own run', async () => {
    const other = (await server.http.post('/v1/admin/orgs').set(bearer(ADMIN)).send({ name: 'Org B' })).body.api_key.secret;
    const mine = await track(example, { 'idempotency-key': 'shared-key' });
    const theirs = await server.http
      .post('/v1/track')
      .set(bearer(other))
      .set('idempotency-key', 'shared-key')
      .send({ ...example, agent_duration_seconds: 1 });
    expect(theirs.status).toBe(201);
    expect(theirs.body.event_id).not.toBe(mine.body.event_id);
    const theirAgents = await server.http.get('/v1/agents').set(bearer(other));
    expect(theirAgents.body.data.map((a: { agent_id: string; events: number }) => [a.agent_id, a.events])).toEqual([
      ['support-classifier', 1],
    ]);
  });

  it('is scoped to the org, not the key: a retry with another key of the org replays', async () => {
    const second = (await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'second' })).body.secret;
    const first = await track(example, { 'idempotency-key': 'cross-key' });
    const retry = await server.http.post('/v1/track').set(bearer(second)).set('idempotency-key', 'cross-key').send(example);
    expect(retry.status).toBe(200);
    expect(retry.text).toBe(first.text);
  });

  it('rejects a key over 255 characters', async () => {
    const res = await track(example, { 'idempotency-key': 'k'.repeat(256) });
    expect(res.status).toBe(422);
    expect(res.body.error.field).toBe('Idempotency-Key');
  });
});
