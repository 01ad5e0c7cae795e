// One org's heavy reports neither stall another org's ingest nor run forever: report queries run beside ingest (on
// SQLite in worker threads with their own connections), take turns between orgs, and stop at a deadline.

import { bearer, startWithTwoOrgs, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRawEvents } from '../reports/fixtures.js';

const HEAVY = '/v1/reports/time-saved?period=30d&group_by=metadata.team,agent';
let server: TestServer;
let keyA: string;
let keyB: string;

beforeAll(async () => {
  ({ server, keyA, keyB } = await startWithTwoOrgs());
  const orgB = (await server.http.get('/v1/org').set(bearer(keyB))).body;
  await seedRawEvents(server, orgB.id, 60_000);
});
afterAll(async () => server.close());

const track = (key: string, i: number) =>
  server.http
    .post('/v1/track')
    .set(bearer(key))
    .send({ agent_id: 'bot-a', task_type: 'email_classification', outcome: 'success', metadata: { i } });

describe('a heavy report of one org', () => {
  it('does not hold up another org’s tracks: they are answered while twenty such reports run', async () => {
    const done: Array<{ what: string; at: number; status: number }> = [];
    const reports = Array.from({ length: 20 }, () =>
      server.http
        .get(HEAVY)
        .set(bearer(keyB))
        .then((res) => done.push({ what: 'report', at: performance.now(), status: res.status })),
    );
    for (let i = 0; i < 10; i++) {
      const res = await track(keyA, i);
      done.push({ what: 'track', at: performance.now(), status: res.status });
    }
    await Promise.all(reports);
    expect(done.filter((d) => d.what === 'report').map((d) => d.status)).toEqual(Array(20).fill(200));
    expect(done.filter((d) => d.what === 'track').map((d) => d.status)).toEqual(Array(10).fill(201));
    // Every track was answered before the reports were through (on one event loop they would queue behind them).
    expect(done.at(-1)!.what).toBe('report');
    const events = await server.http.get('/v1/reports/time-saved?period=30d&group_by=metadata.team').set(bearer(keyB));
    expect(events.body.totals.events).toBe(60_000);
  });

  it('is stopped at the deadline with 503 report_timeout, and the server keeps serving', async () => {
    const settings = server.config.reports; // read per query: this server's deadline, changed for this test
    const before = settings.timeoutMs;
    settings.timeoutMs = 5;
    try {
      const res = await server.http.get(HEAVY).set(bearer(keyB));
      expect(res.status).toBe(503);
      expect(res).toMatchApiSpec();
      expect(res.body.error).toMatchObject({ code: 'report_timeout' });
      expect(res.body.error.hint).toMatch(/range/);
      const summary = await server.http.get('/v1/reports/summary?period=30d&metadata.team=t1').set(bearer(keyB));
      expect(summary.status).toBe(503);
      expect(summary).toMatchApiSpec();
      expect((await track(keyA, 99)).status).toBe(201);
    } finally {
      settings.timeoutMs = before;
    }
    // A stopped query's worker was replaced: the same report answers in full.
    const again = await server.http.get(HEAVY).set(bearer(keyB));
    expect(again.status).toBe(200);
    expect(again.body.totals.events).toBe(60_000);
    expect((await server.http.get('/healthz')).status).toBe(200);
  });
});
