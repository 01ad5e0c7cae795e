// Numbers at the edges: the request maxima, costs computed beyond them, and sums past what a JSON number carries
// exactly. Every answer is exact or a clear 422 value_out_of_range, never a 500, on SQLite and PostgreSQL.

import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ADMIN = 'number-limits-operator-0123456789';
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN });
});
afterAll(async () => server.close());

async function idrOrg(patch: Record<string, unknown> = {}): Promise<{ id: string; key: string }> {
  const res = await server.http.post('/v1/admin/orgs').set(bearer(ADMIN)).send({ name: 'idr', plan: 'enterprise', currency: 'IDR' });
  expect(res.status).toBe(201);
  const org = { id: res.body.org.id, key: res.body.api_key.secret };
  if (Object.keys(patch).length) expect((await server.http.patch('/v1/org').set(bearer(org.key)).send(patch)).status).toBe(200);
  return org;
}

const base = { task_type: 'email_classification', outcome: 'success' };

describe('request maxima', () => {
  it('refuses absurd tokens and durations with 422 naming the field', async () => {
    const org = await idrOrg();
    for (const [field, value] of [
      ['tokens_in', 1e12],
      ['tokens_out', 1_000_000_001],
      ['agent_duration_seconds', 31_536_000],
    ] as const) {
      const res = await server.http
        .post('/v1/track')
        .set(bearer(org.key))
        .send({ ...base, agent_id: 'a', model: 'openai/gpt-4o', [field]: value });
      expect(res.status, field).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'validation_error', field });
      expect(res).toMatchApiSpec();
    }
  });

  it('a cost computed beyond the agent_cost maximum is that item’s 422 in a batch of 400, never the batch’s', async () => {
    // 10^9 tokens of each kind at GPT-4o prices is 12,500 USD; at 10^6 IDR per USD, 1.25 × 10^10 IDR.
    const org = await idrOrg({ usd_fx_rate_override: 1_000_000 });
    const events = Array.from({ length: 400 }, (_, i) => ({
      ...base,
      agent_id: `bot-${i % 4}`,
      model: 'openai/gpt-4o',
      tokens_in: i % 2 ? 1_000 : 1_000_000_000,
      tokens_out: i % 2 ? 1_000 : 1_000_000_000,
    }));
    const res = await server.http.post('/v1/track/batch').set(bearer(org.key)).send({ events });
    expect(res.status).toBe(207);
    expect(res).toMatchApiSpec();
    for (const r of res.body.results) {
      if (r.index % 2) expect(r.status).toBe(201);
      else expect(r).toMatchObject({ status: 422, error: { code: 'value_out_of_range' } });
    }
    expect(res.body.summary).toEqual({ accepted: 200, replayed: 0, failed: 200 });
    const report = await server.http.get('/v1/reports/cost-saved?period=24h').set(bearer(org.key));
    expect(report.status).toBe(200);
    expect(report.body.totals.events).toBe(200);
    expect(report.body.totals.tokens_in).toBe(200_000);
  });
});

describe('sums beyond 2^53 − 1', () => {
  it('an event that would push its day past it is refused (its own 422), the others recorded', async () => {
    const org = await idrOrg();
    const first = await server.http
      .post('/v1/track')
      .set(bearer(org.key))
      .send({ ...base, agent_id: 'edge', agent_cost: 1 });
    expect(first.status).toBe(201);
    // The day's rollup row of this agent one step below the limit (far more than any real org reaches).
    await server.db.run('update event_rollup_daily set agent_cost_minor = ? where org_id = ? and agent_id = ?', [
      Number.MAX_SAFE_INTEGER - 50,
      org.id,
      'edge',
    ]);
    const res = await server.http
      .post('/v1/track/batch')
      .set(bearer(org.key))
      .send({
        events: [
          { ...base, agent_id: 'edge', agent_cost: 1, idempotency_key: 'edge-1' },
          { ...base, agent_id: 'other', agent_cost: 1 },
        ],
      });
    expect(res.status).toBe(207);
    expect(res.body.results[0]).toMatchObject({ status: 422, error: { code: 'value_out_of_range' } });
    expect(res.body.results[1].status).toBe(201);
    const usage = await server.http.get('/v1/reports/usage').set(bearer(org.key));
    expect(usage.body.events_this_month).toBe(2); // the refused event is not counted
    const stored = await server.db.all('select agent_id from events where org_id = ? order by agent_id', [org.id]);
    expect(stored.map((e: any) => e.agent_id)).toEqual(['edge', 'other']);
  });

  it('reports, exports and the agents list answer 422 value_out_of_range, never a 500 (int64 overflow in SQL)', async () => {
    const org = await idrOrg();
    const day = 86_400_000;
    for (const ago of [0, 2 * day]) {
      const at = new Date(Date.now() - ago).toISOString();
      expect(
        (
          await server.http
            .post('/v1/track')
            .set(bearer(org.key))
            .send({ ...base, agent_id: 'big', agent_cost: 1, occurred_at: at })
        ).status,
      ).toBe(201);
    }
    // Stored sums as a database written before these limits could hold: together past int64.
    for (const table of ['events', 'event_rollup', 'event_rollup_daily']) {
      await server.db.run(`update ${table} set agent_cost_minor = ?, net_saved_minor = cost_saved_minor - ? where org_id = ?`, [
        '5000000000000000000',
        '5000000000000000000',
        org.id,
      ]);
    }
    for (const path of [
      '/v1/reports/cost-saved?period=7d',
      '/v1/reports/cost-saved?period=7d&group_by=day',
      '/v1/reports/time-saved?period=24h',
      '/v1/reports/time-saved?period=7d&group_by=metadata.x',
      '/v1/reports/leaderboard?metric=net_saved',
      '/v1/reports/summary?period=7d',
      '/v1/reports/export?period=7d',
      '/v1/reports/cost-saved?period=7d&format=csv',
      '/v1/agents',
    ]) {
      const res = await server.http.get(path).set(bearer(org.key));
      expect(res.status, `${path}: ${res.text.slice(0, 300)}`).toBe(422);
      expect(res.body.error.code, path).toBe('value_out_of_range');
      expect(res).toMatchApiSpec();
    }
  });
});
