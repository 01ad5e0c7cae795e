import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleEvents, trackAll } from './fixtures.js';

let server: TestServer;
let key: string;
let events: Array<Record<string, any>>;

beforeAll(async () => {
  server = await startServer();
  key = server.firstKey!;
  await server.http.patch('/v1/agents/support-bot').set(bearer(key)).send({ display_name: 'Support Bot' });
  events = await trackAll(server, key, sampleEvents());
});
afterAll(async () => server.close());

const get = (path: string) => server.http.get(path).set(bearer(key));
const sum = (list: Array<Record<string, any>>, field: string) => list.reduce((s, e) => s + (e[field] ?? 0), 0);
const cents = (n: number) => Math.round(n * 100);
const milli = (n: number) => Math.round(n * 1000);

describe('GET /v1/reports/time-saved', () => {
  it('adds up to the events exactly, to the cent and the milli-hour, overall and per group', async () => {
    const res = await get('/v1/reports/time-saved?period=30d&group_by=agent,task_type');
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    const { totals, rows, meta } = res.body;
    expect(totals.events).toBe(events.length);
    expect(milli(totals.hours_saved)).toBe(milli(sum(events, 'hours_saved')));
    expect(cents(totals.cost_saved)).toBe(cents(sum(events, 'cost_saved')));
    expect(cents(totals.agent_cost)).toBe(cents(sum(events, 'agent_cost')));
    expect(cents(totals.net_saved)).toBe(cents(sum(events, 'net_saved')));
    expect(meta).toMatchObject({
      period: '30d',
      group_by: ['agent', 'task_type'],
      sort: 'hours_saved',
      total_groups: rows.length,
      tz: 'UTC',
    });
    for (const row of rows) {
      const mine = events.filter((e) => e.agent_id === row.group.agent_id && e.task_type === row.group.task_type);
      expect(row.events).toBe(mine.length);
      expect(milli(row.hours_saved)).toBe(milli(sum(mine, 'hours_saved')));
      expect(cents(row.net_saved)).toBe(cents(sum(mine, 'net_saved')));
      expect(row.events_success + row.events_failure + row.events_needs_review).toBe(row.events);
      expect(row.tokens_in).toBe(sum(mine, 'tokens_in'));
    }
    const hours = rows.map((r: { hours_saved: number }) => r.hours_saved);
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
  });

  it('puts events without a client in the unassigned (null) group', async () => {
    const res = await get('/v1/reports/time-saved?group_by=client');
    const unassigned = res.body.rows.find((r: { group: { client: string | null } }) => r.group.client === null);
    expect(unassigned.events).toBe(events.filter((e) => e.client === null).length);
    expect(res).toMatchApiSpec();
  });

  it('limits to the top N but keeps totals over every group', async () => {
    const all = await get('/v1/reports/time-saved?group_by=agent,task_type');
    const top = await get('/v1/reports/time-saved?group_by=agent,task_type&top=2');
    expect(top.body.rows).toEqual(all.body.rows.slice(0, 2));
    expect(top.body.totals).toEqual(all.body.totals);
    expect(top.body.meta.total_groups).toBe(all.body.meta.total_groups);
  });

  it('filters by dimension and by metadata, and groups by metadata', async () => {
    const acme = await get('/v1/reports/time-saved?client=acme&group_by=outcome');
    expect(acme.body.totals.events).toBe(events.filter((e) => e.client === 'acme').length);
    const eu = await get('/v1/reports/time-saved?metadata.region=eu&agent_id=ops-bot');
    expect(eu.body.totals.events).toBe(events.filter((e) => e.metadata?.region === 'eu' && e.agent_id === 'ops-bot').length);
    const byRegion = await get('/v1/reports/time-saved?group_by=metadata.region');
    expect(byRegion).toMatchApiSpec();
    expect(Object.fromEntries(byRegion.body.rows.map((r: any) => [String(r.group['metadata.region']), r.events]))).toEqual({
      eu: events.filter((e) => e.metadata?.region === 'eu').length,
      us: events.filter((e) => e.metadata?.region === 'us').length,
      null: events.filter((e) => !e.metadata).length,
    });
    const numeric = await get('/v1/reports/time-saved?group_by=metadata.ticket');
    expect(numeric.body.rows).toHaveLength(1); // numbers are not string metadata: all unassigned
  });

  it('buckets days in the report’s time zone', async () => {
    const utc = await get('/v1/reports/time-saved?group_by=day&period=30d&tz=UTC');
    const tokyo = await get('/v1/reports/time-saved?group_by=day&period=30d&tz=Asia/Tokyo');
    const kathmandu = await get('/v1/reports/time-saved?group_by=day&period=30d&tz=Asia/Kathmandu');
    for (const res of [utc, tokyo, kathmandu]) {
      expect(res).toMatchApiSpec();
      expect(res.body.totals.events).toBe(events.length);
    }
    const dayOf = (iso: string, tz: string) => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(new Date(iso));
    for (const [res, tz] of [
      [tokyo, 'Asia/Tokyo'],
      [kathmandu, 'Asia/Kathmandu'],
    ] as const) {
      for (const row of res.body.rows) expect(row.events).toBe(events.filter((e) => dayOf(e.occurred_at, tz) === row.group.day).length);
    }
  });

  it('sorts cost-saved by cost_saved by default', async () => {
    const res = await get('/v1/reports/cost-saved?group_by=client');
    expect(res.body.meta.sort).toBe('cost_saved');
    const costs = res.body.rows.map((r: { cost_saved: number }) => r.cost_saved);
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
  });

  it('answers CSV that parses back to the JSON numbers, with formula cells neutralised', async () => {
    const json = await get('/v1/reports/time-saved?group_by=client,model');
    const csv = await get('/v1/reports/time-saved?group_by=client,model&format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv).toMatchApiSpec();
    const records = parse(csv.text, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(records[0]).slice(0, 3)).toEqual(['client', 'model', 'events']);
    expect(records).toHaveLength(json.body.rows.length);
    records.forEach((record, i) => {
      const row = json.body.rows[i];
      for (const column of ['events', 'hours_saved', 'cost_saved', 'agent_cost', 'net_saved', 'tokens_in', 'fte_equivalent']) {
        expect(Number(record[column]), column).toBe(row[column]);
      }
      const client = row.group.client;
      expect(record.client).toBe(client === null ? '' : client.startsWith('=') ? `'${client}` : client);
    });
    expect(csv.text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('exports CSV as a download with a descriptive filename', async () => {
    const res = await get('/v1/reports/export?period=7d&tz=UTC');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="humanhours-time-saved-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.text.split('\r\n')[0]).toMatch(/^agent_id,events,/);
    expect(res).toMatchApiSpec();
  });

  it('rejects every invalid parameter naming it', async () => {
    const cases: Array<[string, string]> = [
      ['period=2w', 'period'],
      ['tz=Mars/Base', 'tz'],
      ['from=2026-01-01T00:00:00Z', 'to'],
      ['from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'from'],
      ['group_by=agent,colour', 'group_by.1'],
      ['group_by=agent,agent', 'group_by'],
      ['top=0', 'top'],
      ['sort=vibes', 'sort'],
      ['outcome=meh', 'outcome'],
      ['format=xlsx', 'format'],
      ['groupby=agent', 'groupby'],
      ['from=2000-01-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'to'],
    ];
    for (const [query, field] of cases) {
      const res = await get(`/v1/reports/time-saved?${query}`);
      expect(res.status, query).toBe(422);
      expect(res.body.error.field, query).toBe(field);
      expect(res).toMatchApiSpec();
    }
  });

  it('is locked on the free plan', async () => {
    const free = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
    try {
      for (const path of ['time-saved', 'cost-saved', 'leaderboard', 'export', 'summary']) {
        const res = await free.http.get(`/v1/reports/${path}`).set(bearer(free.firstKey!));
        expect(res.status, path).toBe(403);
        expect(res.body.error.code).toBe('feature_locked');
      }
    } finally {
      await free.close();
    }
  });
});

describe('GET /v1/reports/leaderboard', () => {
  it('ranks agents by the metric, with display names', async () => {
    const res = await get('/v1/reports/leaderboard?metric=events&period=30d');
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body.rows.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3]);
    expect(res.body.rows.find((r: any) => r.agent_id === 'support-bot').display_name).toBe('Support Bot');
    const counts = res.body.rows.map((r: { events: number }) => r.events);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const csv = await get('/v1/reports/leaderboard?format=csv');
    expect(csv.text.split('\r\n')[0]).toMatch(/^rank,agent_id,display_name,events,/);
  });
});

describe('GET /v1/reports/summary', () => {
  it('gives totals, shares, averages, a daily trend and top lists that agree with each other', async () => {
    const res = await get('/v1/reports/summary?period=30d');
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    const body = res.body;
    expect(body.trend).toHaveLength(30);
    expect(sum(body.trend, 'events')).toBe(events.length);
    expect(milli(sum(body.trend, 'hours_saved'))).toBe(milli(body.totals.hours_saved));
    expect(body.outcomes.success + body.outcomes.failure + body.outcomes.needs_review).toBe(events.length);
    expect(body.rates.failure_rate).toBeCloseTo(body.outcomes.failure / events.length, 4);
    expect(body.active).toEqual({ agents: 3, task_types: 3, clients: 3, models: 2 });
    expect(body.top.clients.some((c: { key: string | null }) => c.key === null)).toBe(true);
    expect(body.averages.hours_saved_per_event).toBeCloseTo(body.totals.hours_saved / events.length, 3);
    const csv = await get('/v1/reports/summary?format=csv');
    expect(parse(csv.text, { columns: true })).toHaveLength(30);
  });
});

describe('GET /v1/agents with 30-day savings', () => {
  it('shows each agent’s hours and money saved in the last 30 days', async () => {
    const res = await get('/v1/agents');
    expect(res).toMatchApiSpec();
    const bot = res.body.data.find((a: any) => a.agent_id === 'support-bot');
    const mine = events.filter((e) => e.agent_id === 'support-bot');
    expect(milli(bot.hours_saved_30d)).toBe(milli(sum(mine, 'hours_saved')));
    expect(cents(bot.cost_saved_30d)).toBe(cents(sum(mine, 'cost_saved')));
    expect(bot.events).toBe(mine.length);
  });
});
