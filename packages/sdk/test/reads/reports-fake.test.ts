import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spec } from '@humanhours/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeatureLockedError, HumanHours, PermissionDeniedError } from '../../src/index.js';

// A fake server that answers each report with the spec's own documented example (JSON, or CSV for format=csv and
// export), and records what the SDK asked. The real server's reports are covered by test/reports-live.test.ts.
const requests: Array<{ path: string; query: Record<string, string>; headers: IncomingMessage['headers'] }> = [];
let fake: ReturnType<typeof createServer>;
let client: HumanHours;
let fakeUrl: string;

function documented(path: string, type: string): unknown {
  const content = (spec.paths[path] as any).get.responses['200'].content[type];
  return content.example ?? Object.values(content.examples as Record<string, { value: unknown }>)[0].value;
}

beforeAll(async () => {
  fake = createServer((req, res) => {
    const url = new URL(req.url!, 'http://fake');
    requests.push({ path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers });
    if (req.headers.authorization === 'Bearer hh_live_free') {
      res.writeHead(403, { 'content-type': 'application/json', 'x-request-id': 'req_locked' });
      return res.end(
        JSON.stringify({
          error: {
            code: 'feature_locked',
            message: 'Reports are not included in the free plan.',
            hint: 'Upgrade to pro to unlock this feature.',
          },
        }),
      );
    }
    const csv = url.pathname.endsWith('/export') || url.searchParams.get('format') === 'csv';
    const body = documented(url.pathname, csv ? 'text/csv' : 'application/json');
    res.writeHead(200, { 'content-type': csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' });
    res.end(csv ? (body as string) : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  client = new HumanHours({ apiKey: 'hh_live_fake', baseUrl: `${fakeUrl}/` }); // a trailing slash is fine
});
afterAll(() => new Promise<void>((resolve) => fake.close(() => resolve())));

const last = () => requests[requests.length - 1];

describe('reports against a fake server', () => {
  it('timeSaved sends group_by as a comma list, metadata filters and the other parameters', async () => {
    const report = await client.reports.timeSaved({
      period: '7d',
      tz: 'Europe/Berlin',
      group_by: ['agent', 'task_type', 'metadata.ticket_queue'],
      outcome: 'success',
      sort: 'net_saved',
      top: 5,
      'metadata.client': 'acme',
    });
    expect(last().path).toBe('/v1/reports/time-saved');
    expect(last().query).toEqual({
      period: '7d',
      tz: 'Europe/Berlin',
      group_by: 'agent,task_type,metadata.ticket_queue',
      outcome: 'success',
      sort: 'net_saved',
      top: '5',
      'metadata.client': 'acme',
    });
    expect(last().headers.authorization).toBe('Bearer hh_live_fake');
    expect(report).toEqual(documented('/v1/reports/time-saved', 'application/json'));
    expect(report.rows[0].group).toEqual(expect.any(Object));
  });

  it('costSaved, leaderboard and summary reach their paths and answer the documented JSON', async () => {
    const cost = await client.reports.costSaved({ from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z', client: 'acme' });
    expect(last()).toMatchObject({
      path: '/v1/reports/cost-saved',
      query: { from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z', client: 'acme' },
    });
    expect(cost.totals.net_saved).toEqual(expect.any(Number));

    const board = await client.reports.leaderboard({ metric: 'cost_saved', top: 3 });
    expect(last()).toMatchObject({ path: '/v1/reports/leaderboard', query: { metric: 'cost_saved', top: '3' } });
    expect(board.rows[0].rank).toBe(1);

    const summary = await client.reports.summary({ period: '30d', agent_id: 'support-classifier' });
    expect(last()).toMatchObject({ path: '/v1/reports/summary', query: { period: '30d', agent_id: 'support-classifier' } });
    expect(summary.trend.length).toBeGreaterThan(0);
    expect(summary.rates.success_rate).toEqual(expect.any(Number));
  });

  it('format: "csv" and export() answer the CSV text', async () => {
    const csv = await client.reports.timeSaved({ format: 'csv', group_by: ['client'] });
    expect(last().query).toEqual({ format: 'csv', group_by: 'client' });
    expect(csv).toBe(documented('/v1/reports/time-saved', 'text/csv'));
    const trend = await client.reports.summary({ format: 'csv' });
    expect(trend.startsWith('day,events')).toBe(true);
    const exported = await client.reports.export({ period: '30d', group_by: ['agent', 'task_type'] });
    expect(last()).toMatchObject({ path: '/v1/reports/export', query: { period: '30d', group_by: 'agent,task_type' } });
    expect(exported.startsWith('agent_id,task_type,events')).toBe(true);
  });

  it('usage() takes no parameters', async () => {
    const usage = await client.reports.usage();
    expect(last()).toMatchObject({ path: '/v1/reports/usage', query: {} });
    expect(usage.plan).toEqual(expect.any(String));
  });

  it('a free plan gets FeatureLockedError, with the hint naming the plan', async () => {
    const free = new HumanHours({ apiKey: 'hh_live_free', baseUrl: fakeUrl });
    const error = await free.reports.leaderboard().catch((e) => e);
    expect(error).toBeInstanceOf(FeatureLockedError);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({
      status: 403,
      code: 'feature_locked',
      hint: 'Upgrade to pro to unlock this feature.',
      requestId: 'req_locked',
    });
  });
});
