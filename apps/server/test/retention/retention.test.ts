import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthOf, partitionName } from '../../src/db/event-partition-months.js';
import { EventPartitions } from '../../src/event-store/event-partitions.js';
import { EventRetention } from '../../src/retention/event-retention.js';
import { sampleEvents, trackAll } from '../reports/fixtures.js';

const DAY = 86_400_000;
const pg = process.env.HUMANHOURS_TEST_DATABASE === 'postgresql';

let server: TestServer;
let key: string;
const get = (path: string) => server.http.get(path).set(bearer(key));
const count = async (where = '') => Number((await server.db.get<{ n: number | string }>(`select count(*) as n from events ${where}`))!.n);
const partitions = async () => new EventPartitions((await server.db.orm.em.getConnection().getNativeClient()) as import('pg').Pool);

beforeAll(async () => {
  server = await startServer({ HUMANHOURS_RETENTION_MONTHS: '3' });
  key = server.firstKey!;
});
afterAll(async () => server.close());

describe.runIf(pg)('PostgreSQL: events partitioned by month', () => {
  it('has the months the API accepts open ahead at start, and a default partition', async () => {
    const now = Date.now();
    const months = await (await partitions()).months();
    for (let m = monthOf(now - 90 * DAY); m <= monthOf(now) + 2; m++) expect(months).toContain(m);
    const kind = await server.db.get<{ strategy: string }>(
      "select partstrat as strategy from pg_partitioned_table where partrelid = 'events'::regclass",
    );
    expect(kind?.strategy).toBe('r');
    expect(
      await server.db.get("select 1 as found from pg_inherits i join pg_class c on c.oid = i.inhrelid where c.relname = 'events_default'"),
    ).toBeTruthy();
  });

  it('stores an event whose month has no partition (in the default one), and moves it when the month opens', async () => {
    const month = monthOf(Date.now());
    await server.db.run(`drop table "${partitionName(month)}"`);
    const [event] = await trackAll(server, key, [{ agent_id: 'gap-bot', task_type: 'email_classification', outcome: 'success' }]);
    expect(await count(`where event_id = '${event.event_id}'`)).toBe(1);
    expect(Number((await server.db.get<{ n: string }>('select count(*) as n from only events_default'))!.n)).toBe(1);
    expect(await (await partitions()).openAhead()).toEqual([month]);
    expect(Number((await server.db.get<{ n: string }>('select count(*) as n from events_default'))!.n)).toBe(0);
    expect(Number((await server.db.get<{ n: string }>(`select count(*) as n from "${partitionName(month)}"`))!.n)).toBe(1);
    expect((await get(`/v1/reports/time-saved?period=30d&group_by=metadata.none`)).status).toBe(200);
  });

  it('gives rows of past months that sit in the default partition (copied-in history) partitions of their own', async () => {
    const month = monthOf(Date.now()) - 8;
    const at = Date.UTC(Math.floor(month / 12), month % 12, 15);
    await server.db.run(
      `insert into events (event_id, org_id, agent_id, task_type, outcome, occurred_at, received_at, baseline_minutes, baseline_source,
        hourly_rate_minor, currency, hours_saved_milli, cost_saved_minor, cost_source, net_saved_minor)
       values ('evt_copied_history_0000000001', 'org_other', 'a', 'email_classification', 'success', ?, ?, 4, 'builtin', 4500, 'EUR', 67, 300, 'none', 300)`,
      [at, at],
    );
    expect(Number((await server.db.get<{ n: string }>('select count(*) as n from events_default'))!.n)).toBe(1);
    expect(await (await partitions()).openAhead()).toEqual([month]);
    expect(Number((await server.db.get<{ n: string }>(`select count(*) as n from "${partitionName(month)}"`))!.n)).toBe(1);
    await server.db.run(`delete from events where org_id = 'org_other'`);
  });
});

describe('retention (HUMANHOURS_RETENTION_MONTHS=3)', () => {
  const paths = [
    '/v1/reports/time-saved?period=all&group_by=agent,task_type',
    '/v1/reports/time-saved?period=all&group_by=day&tz=Europe/Berlin',
    '/v1/reports/cost-saved?period=all&group_by=client,model',
    '/v1/reports/summary?period=all&tz=America/New_York',
    '/v1/reports/export?period=all&group_by=agent,day',
  ];
  const answers = async () =>
    Promise.all(
      paths.map(async (p) => {
        const r = await get(p);
        expect(r.status, p).toBe(200);
        return r.body ?? r.text;
      }),
    );

  it('accepts events at both ends of the accepted range', async () => {
    const now = Date.now();
    const edges = await trackAll(server, key, [
      { agent_id: 'edge-bot', task_type: 'bug_triage', outcome: 'success', occurred_at: new Date(now - 89 * DAY).toISOString() },
      { agent_id: 'edge-bot', task_type: 'bug_triage', outcome: 'success', occurred_at: new Date(now + 23 * 3_600_000).toISOString() },
    ]);
    for (const e of edges) expect(await count(`where event_id = '${e.event_id}'`)).toBe(1);
  });

  it('drops the raw events past the horizon, and the rollup-answered reports over all of history stay the same', async () => {
    await trackAll(server, key, sampleEvents());
    const before = await answers();
    const total = await count();
    expect(total).toBeGreaterThan(100);

    // Half a year on: everything tracked so far is older than the current month minus 3.
    const later = Date.now() + 200 * DAY;
    await server.app.get(EventRetention).run(later);
    expect(await count()).toBe(0);
    expect(await answers()).toEqual(before);
    if (pg) expect(Math.min(...(await (await partitions()).months()))).toBe(monthOf(later) - 3);
  });

  it('answers raw_events_expired for a report that needs raw events from before the horizon', async () => {
    for (const path of [
      '/v1/reports/time-saved?period=all&group_by=metadata.region',
      '/v1/reports/cost-saved?period=30d&metadata.region=eu',
      `/v1/reports/time-saved?from=${new Date(Date.now() - 10 * DAY + 60_000).toISOString()}&to=${new Date().toISOString()}`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(422);
      expect(res).toMatchApiSpec();
      expect(res.body.error.code).toBe('raw_events_expired');
      expect(res.body.error.hint).toMatch(/Raw events are kept from \d{4}-\d{2}-01T00:00:00.000Z/);
    }
  });
});
