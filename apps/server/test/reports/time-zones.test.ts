// Reports in zones whose DST jump skips local midnight, and zone names in any letter case, through HTTP.
// The server runs as its own process: a report that never ends (as on zones where midnight is skipped, before the
// shared calendar) then fails its request's timeout instead of freezing the test runner with it.

import { bearer, tempDir, testDatabaseUrl } from '@humanhours/test-kit';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../helpers/process-server.js';
import { sampleEvents } from './fixtures.js';

const KEY = `hh_live_TzZones1_${'z'.repeat(48)}`;
const ADMIN = 'operator-token-0123456789abcdef';
/** Generous for a loaded machine; a hung report never answers at all. */
const REQUEST_TIMEOUT_MS = 15_000;

let server: ServerProcess;
let http: ReturnType<typeof supertest>;
let events: Array<{ occurred_at: string }>;

beforeAll(async () => {
  const database = await testDatabaseUrl(tempDir());
  server = await startServerProcess({ HUMANHOURS_DATABASE_URL: database, HUMANHOURS_INIT_API_KEY: KEY, HUMANHOURS_ADMIN_TOKEN: ADMIN });
  http = supertest(server.url);
  const res = await http.post('/v1/track/batch').set(bearer(KEY)).send({ events: sampleEvents() }).timeout(REQUEST_TIMEOUT_MS);
  expect(res.status).toBe(207);
  events = res.body.results.map((r: { event: { occurred_at: string } }) => r.event);
}, 60_000);

afterAll(async () => {
  if (!server) return;
  const exited = server.stop();
  // A server stuck in a loop ignores SIGTERM.
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
});

const get = (path: string) => http.get(path).set(bearer(KEY)).timeout(REQUEST_TIMEOUT_MS);

/** The calendar day of an instant in a zone, by Intl directly (not by the server's calendar). */
const dayOf = (iso: string | number, tz: string) => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(new Date(iso));
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function consecutiveDays(first: string, last: string): string[] {
  const days = [first];
  while (days.at(-1)! < last) days.push(dayAfter(days.at(-1)!));
  return days;
}

/** Each day's row counts the events of that local day, and every event is in one. */
function expectDayBuckets(rows: Array<{ group: { day: string }; events: number }>, tz: string, from: number, to: number) {
  const inRange = events.filter((e) => Date.parse(e.occurred_at) >= from && Date.parse(e.occurred_at) < to);
  for (const row of rows) expect(row.events).toBe(inRange.filter((e) => dayOf(e.occurred_at, tz) === row.group.day).length);
  expect(rows.reduce((n, r) => n + r.events, 0)).toBe(inRange.length);
}

describe('days that begin after a skipped midnight', () => {
  // Each zone's local midnight is skipped once a year: the day then starts at 01:00.
  const cases = [
    {
      tz: 'America/Havana',
      from: '2026-03-06T05:00:00Z',
      to: '2026-03-10T04:00:00Z',
      days: ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'],
    },
    {
      tz: 'America/Santiago',
      from: '2026-09-04T04:00:00Z',
      to: '2026-09-08T03:00:00Z',
      days: ['2026-09-04', '2026-09-05', '2026-09-06', '2026-09-07'],
    },
    { tz: 'Atlantic/Azores', from: '2026-03-28T01:00:00Z', to: '2026-03-31T00:00:00Z', days: ['2026-03-28', '2026-03-29', '2026-03-30'] },
    { tz: 'Asia/Beirut', from: '2026-03-27T22:00:00Z', to: '2026-03-30T21:00:00Z', days: ['2026-03-28', '2026-03-29', '2026-03-30'] },
  ];

  for (const { tz, from, to, days } of cases) {
    it(`${tz}: the summary's trend has each day once, and the day buckets answer`, async () => {
      const range = `from=${from}&to=${to}&tz=${encodeURIComponent(tz)}`;
      const summary = await get(`/v1/reports/summary?${range}`);
      expect(summary.status).toBe(200);
      expect(summary).toMatchApiSpec();
      expect(summary.body.meta.tz).toBe(tz);
      expect(summary.body.trend.map((p: { day: string }) => p.day)).toEqual(days);
      for (const unit of ['day', 'week', 'month']) {
        const buckets = await get(`/v1/reports/time-saved?group_by=${unit}&${range}`);
        expect(buckets.status).toBe(200);
        expect(buckets).toMatchApiSpec();
      }
    });
  }

  it('America/Santiago, year to date: every day once, in order, and events in their local days', async () => {
    const tz = 'America/Santiago';
    const summary = await get(`/v1/reports/summary?period=ytd&tz=${tz}`);
    expect(summary.status).toBe(200);
    expect(summary).toMatchApiSpec();
    const trend = summary.body.trend.map((p: { day: string }) => p.day);
    const today = dayOf(Date.now(), tz);
    expect(trend[0]).toBe(`${trend.at(-1).slice(0, 4)}-01-01`);
    expect([today, dayOf(Date.now() - 60_000, tz)]).toContain(trend.at(-1));
    expect(trend).toEqual(consecutiveDays(trend[0], trend.at(-1)));
    const { from, to } = summary.body.meta.range;
    expect(dayOf(from, tz)).toBe(trend[0]);

    const byDay = await get(`/v1/reports/time-saved?group_by=day&period=ytd&tz=${tz}&top=1000`);
    expect(byDay.status).toBe(200);
    expect(byDay).toMatchApiSpec();
    expectDayBuckets(byDay.body.rows, tz, Date.parse(from), Date.parse(to));
  });

  it('the last 90 days in each zone bucket every event in its local day', async () => {
    for (const tz of ['America/Havana', 'Atlantic/Azores', 'Asia/Beirut', 'Africa/Cairo']) {
      const res = await get(`/v1/reports/time-saved?group_by=day&period=90d&tz=${tz}&top=1000`);
      expect(res.status).toBe(200);
      expect(res.body.meta.tz).toBe(tz);
      expectDayBuckets(res.body.rows, tz, Date.parse(res.body.meta.range.from), Date.parse(res.body.meta.range.to));
    }
  });
});

describe('zone names', () => {
  it('answers in the canonical spelling of any letter case, and 422 for what is no zone', async () => {
    for (const path of ['/v1/reports/summary', '/v1/reports/time-saved', '/v1/reports/leaderboard']) {
      const res = await get(`${path}?tz=europe/BERLIN`);
      expect(res.status).toBe(200);
      expect(res).toMatchApiSpec();
      expect(res.body.meta.tz).toBe('Europe/Berlin');
    }
    for (const bad of ['Mars/Olympus', '+01:00', 'constructor']) {
      const res = await get(`/v1/reports/summary?tz=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(422);
      expect(res).toMatchApiSpec();
      expect(res.body.error).toMatchObject({ code: 'validation_error', field: 'tz' });
    }
  });

  it('stores the org timezone canonically, from PATCH /v1/org and from admin org creation', async () => {
    const patched = await http.patch('/v1/org').set(bearer(KEY)).send({ timezone: 'america/HAVANA' }).timeout(REQUEST_TIMEOUT_MS);
    expect(patched.status).toBe(200);
    expect(patched).toMatchApiSpec();
    expect(patched.body.timezone).toBe('America/Havana');
    expect((await get('/v1/reports/summary?period=7d')).body.meta.tz).toBe('America/Havana');
    const usage = await get('/v1/reports/usage');
    expect(usage.status).toBe(200);
    expect(dayOf(usage.body.period_start, 'America/Havana').slice(8)).toBe('01');

    const refused = await http.patch('/v1/org').set(bearer(KEY)).send({ timezone: 'Nowhere/Zone' }).timeout(REQUEST_TIMEOUT_MS);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'validation_error', field: 'timezone' });
    await http.patch('/v1/org').set(bearer(KEY)).send({ timezone: 'UTC' }).timeout(REQUEST_TIMEOUT_MS);

    const created = await http
      .post('/v1/admin/orgs')
      .set(bearer(ADMIN))
      .send({ name: 'Zonal', timezone: 'asia/TOKYO' })
      .timeout(REQUEST_TIMEOUT_MS);
    expect(created.status).toBe(201);
    expect(created).toMatchApiSpec();
    expect(created.body.org.timezone).toBe('Asia/Tokyo');
  });
});
