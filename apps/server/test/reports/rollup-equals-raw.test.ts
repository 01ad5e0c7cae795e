import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dimension, type EventQuery, ReportEngine } from '../../src/reports/report-engine.js';

const ADMIN = 'operator-token-0123456789abcdef';
const HOUR = 3_600_000;
let server: TestServer;
let engine: ReportEngine;

beforeAll(async () => {
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN, HUMANHOURS_INIT_PLAN: 'enterprise' });
  engine = server.app.get(ReportEngine);
});
afterAll(async () => server.close());

const eventArb = fc.record({
  agent_id: fc.constantFrom('a1', 'a2', 'a3'),
  task_type: fc.constantFrom('email_classification', 'code_review', 'crm_update'),
  outcome: fc.constantFrom('success', 'failure', 'needs_review'),
  ageMinutes: fc.integer({ min: 0, max: 60 * 24 * 80 }),
  duration: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
  client: fc.option(fc.constantFrom('acme', 'globex'), { nil: undefined }),
  model: fc.option(fc.constantFrom('openai/gpt-4o', 'x/unknown'), { nil: undefined }),
  tokens: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
  cost: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  /** A needs_review event's review, if any (raw valuation = the event's reviewed value). */
  review: fc.constantFrom(null, 'approved', 'rejected'),
});

const queryArb = fc.record({
  dimensions: fc.uniqueArray(fc.constantFrom<Dimension>('agent', 'task_type', 'client', 'model', 'outcome', 'day', 'week', 'month'), {
    maxLength: 3,
  }),
  tz: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'),
  days: fc.constantFrom(1, 7, 30, 90),
  agent: fc.option(fc.constantFrom('a1', 'a2'), { nil: undefined }),
  outcome: fc.option(fc.constantFrom('success', 'failure'), { nil: undefined }),
  client: fc.option(fc.constantFrom('acme', 'globex'), { nil: undefined }),
  model: fc.option(fc.constantFrom('openai/gpt-4o', 'x/unknown'), { nil: undefined }),
  // Ends off the hour (read from the raw events for the partial hours, the rollups inside): minutes before `to`.
  fromOffset: fc.constantFrom(0, 0, 1, 59, 61),
  toOffset: fc.constantFrom(0, 0, 7, 60, 90),
});

const canonical = (rows: Awaited<ReturnType<ReportEngine['grouped']>>) => rows.map((r) => JSON.stringify([r.values, r.sums])).sort();

describe('the rollups answer exactly what the raw events answer', () => {
  it('for random events, some of them reviewed, and random whole-hour-zone queries, on or off the hour', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { minLength: 1, maxLength: 60 }),
        fc.array(queryArb, { minLength: 3, maxLength: 3 }),
        async (evts, queries) => {
          const created = await server.http.post('/v1/admin/orgs').set(bearer(ADMIN)).send({ name: 'prop', plan: 'enterprise' });
          const orgId = created.body.org.id;
          const now = Date.now();
          const batch = evts.map((e) => ({
            agent_id: e.agent_id,
            task_type: e.task_type,
            outcome: e.outcome,
            occurred_at: new Date(now - e.ageMinutes * 60_000).toISOString(),
            ...(e.duration === undefined ? {} : { agent_duration_seconds: e.duration }),
            ...(e.client === undefined ? {} : { metadata: { client: e.client } }),
            ...(e.model === undefined ? {} : { model: e.model, tokens_in: e.tokens ?? 0 }),
            ...(e.cost === undefined ? {} : { agent_cost: e.cost / 100 }),
          }));
          const res = await server.http.post('/v1/track/batch').set(bearer(created.body.api_key.secret)).send({ events: batch });
          expect(res.body.summary.accepted).toBe(evts.length);
          const key = created.body.api_key.secret;
          for (const [i, e] of evts.entries()) {
            if (e.outcome !== 'needs_review' || e.review === null) continue;
            const reviewed = await server.http
              .post(`/v1/events/${res.body.results[i].event.event_id}/review`)
              .set(bearer(key))
              .send({ decision: e.review });
            expect(reviewed.status).toBe(200);
          }
          for (const q of queries) {
            const to = Math.ceil(now / HOUR) * HOUR + HOUR;
            const query: EventQuery = {
              orgId,
              tz: q.tz,
              from: to - q.days * 24 * HOUR - q.fromOffset * 60_000,
              to: to - q.toOffset * 60_000,
              dimensions: q.dimensions,
              filters: { agent_id: q.agent, outcome: q.outcome, client: q.client, model: q.model },
            };
            expect(engine.usesRollup(query)).toBe(true);
            const fromRollup = await engine.grouped(query);
            const fromRaw = await engine.grouped({ ...query, forceRaw: true });
            expect(canonical(fromRollup)).toEqual(canonical(fromRaw));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads whole UTC days from the daily rollup and the edges from the hourly one', () => {
    const day = 24 * HOUR;
    const q: EventQuery = { orgId: 'o', tz: 'UTC', from: 10 * day + 5 * HOUR, to: 40 * day + 2 * HOUR, dimensions: ['agent'], filters: {} };
    // The first day has 19 of its hours in the range: its daily row, less the 5 before (taken away); the last day's 2
    // hours from the hourly rollup.
    const signs = (s: ReturnType<ReportEngine['plan']>[number]) => (s.placements ?? [{ sign: 1 }]).map((p) => p.sign).join();
    expect(engine.plan(q).map((s) => [s.source.table, s.from / HOUR, s.to / HOUR, signs(s)])).toEqual([
      ['event_rollup', 240, 245, '-1'],
      ['event_rollup_daily', 240, 960, '1'],
      ['event_rollup', 960, 962, '1'],
    ]);
    expect(
      engine
        .plan({ ...q, from: 10 * day + 13 * HOUR, to: 40 * day + 13 * HOUR })
        .map((s) => [s.source.table, s.from / HOUR, s.to / HOUR, signs(s)]),
    ).toEqual([
      ['event_rollup', 253, 264, '1'],
      ['event_rollup_daily', 264, 984, '1'],
      ['event_rollup', 973, 984, '-1'],
    ]);
    // Client or model: whole days from the client × model daily rollup, unless the query also needs agent or task type.
    expect(engine.plan({ ...q, dimensions: ['client', 'model'] }).map((s) => s.source.table)).toEqual([
      'event_rollup',
      'event_rollup_daily_client_model',
      'event_rollup',
    ]);
    expect(engine.plan({ ...q, dimensions: ['model'], filters: { agent_id: 'a1' } }).map((s) => s.source.table)).toEqual(['event_rollup']);
    // Berlin days (UTC+1 in winter) from daily rows, each UTC day's last hour moved to the next day from the hourly rollup.
    const berlin = engine.plan({ ...q, dimensions: ['day'], tz: 'Europe/Berlin' });
    expect(berlin.map((s) => s.source.table)).toEqual(['event_rollup', 'event_rollup_daily', 'event_rollup', 'event_rollup']);
    expect(berlin[3].hours!.map((h) => (h / HOUR) % 24)).toEqual(Array(30).fill(23));
    // UTC-11: each UTC day's first 11 hours are the previous local day (those of the first day inside the range only).
    const pagoPago = engine.plan({ ...q, dimensions: ['day'], tz: 'Pacific/Pago_Pago' });
    expect(pagoPago[3].hours!.length).toBe(6 + 29 * 11);
    expect(engine.plan({ ...q, dimensions: ['day'] }).map((s) => s.source.table)).toContain('event_rollup_daily');
  });

  it('falls back to the raw events where the rollup cannot answer', () => {
    const base: EventQuery = { orgId: 'o', tz: 'UTC', from: 0, to: 24 * HOUR, dimensions: ['day'], filters: {} };
    expect(engine.usesRollup(base)).toBe(true);
    expect(engine.usesRollup({ ...base, tz: 'Asia/Kathmandu' })).toBe(false); // +05:45
    expect(engine.usesRollup({ ...base, tz: 'Asia/Kathmandu', dimensions: ['agent'] })).toBe(true); // no time buckets
    expect(engine.usesRollup({ ...base, from: 1 })).toBe(true); // the partial first hour from the raw events
    expect(engine.usesRollup({ ...base, from: 1, to: HOUR + 1 })).toBe(false); // no whole hour inside
    const offHour = { ...base, dimensions: ['agent' as const], from: 10 * 60_000, to: 24 * HOUR + 5 * 60_000 };
    expect(engine.plan(offHour).map((s) => [s.source.table, s.from / 60_000, s.to / 60_000])).toEqual([
      ['events', 10, 60],
      ['event_rollup', 60, 24 * 60],
      ['events', 24 * 60, 24 * 60 + 5],
    ]);
    expect(engine.usesRollup({ ...base, dimensions: ['metadata.region'] })).toBe(false);
    expect(engine.usesRollup({ ...base, filters: { metadata: { region: 'eu' } } })).toBe(false);
  });
});
