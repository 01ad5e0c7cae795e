import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeatureLockedError, HumanHours } from '../src/index.js';
import { example, type RealServer, startServer } from './helpers/real-server.js';

// The reports (time-saved, cost-saved, leaderboard, summary, export) against the real server. They pass once the
// server implements these endpoints; test/reads/reports-fake.test.ts covers the SDK side without it.
let server: RealServer;
let client: HumanHours;
beforeAll(async () => {
  server = await startServer();
  client = new HumanHours({ apiKey: server.firstKey, baseUrl: server.url });
  // Three documented-example events (0.066 h and 2.97 each): two of live-a for client acme, one of live-b.
  client.enqueue({ ...example, agent_id: 'live-a', metadata: { client: 'acme' } });
  client.enqueue({ ...example, agent_id: 'live-a', metadata: { client: 'acme' } });
  client.enqueue({ ...example, agent_id: 'live-b' });
  await client.flush();
});
afterAll(async () => server.close());

describe('reports on the real server', () => {
  it('timeSaved: totals and rows grouped by agent', async () => {
    const report = await client.reports.timeSaved({ group_by: ['agent'] });
    expect(report.totals).toMatchObject({ events: 3, hours_saved: 0.198, cost_saved: 8.91, net_saved: 8.91 });
    expect(report.rows.map((r) => [r.group.agent_id, r.events, r.hours_saved])).toEqual([
      ['live-a', 2, 0.132],
      ['live-b', 1, 0.066],
    ]);
    expect(report.meta).toMatchObject({ group_by: ['agent'], sort: 'hours_saved', total_groups: 2 });
  });

  it('timeSaved: group_by several dimensions and a metadata filter', async () => {
    const report = await client.reports.timeSaved({ group_by: ['agent', 'client'], 'metadata.client': 'acme' });
    expect(report.totals.events).toBe(2);
    expect(report.rows).toEqual([expect.objectContaining({ group: { agent_id: 'live-a', client: 'acme' }, events: 2 })]);
  });

  it('costSaved', async () => {
    const report = await client.reports.costSaved({ period: '7d' });
    expect(report.totals).toMatchObject({ cost_saved: 8.91 });
    expect(report.meta.sort).toBe('cost_saved');
  });

  it('leaderboard', async () => {
    const board = await client.reports.leaderboard({ metric: 'cost_saved', top: 5 });
    expect(board.rows.map((r) => [r.rank, r.agent_id, r.cost_saved])).toEqual([
      [1, 'live-a', 5.94],
      [2, 'live-b', 2.97],
    ]);
  });

  it('summary', async () => {
    const summary = await client.reports.summary({ period: '7d' });
    expect(summary.totals).toMatchObject({ events: 3, hours_saved: 0.198 });
    expect(summary.outcomes).toEqual({ success: 3, failure: 0, needs_review: 0 });
    expect(summary.active.agents).toBe(2);
    expect(summary.trend).toHaveLength(7);
    expect(summary.top.agents[0]).toMatchObject({ key: 'live-a', events: 2 });
  });

  it('CSV: format csv and export()', async () => {
    const csv = await client.reports.timeSaved({ format: 'csv' });
    expect(csv.split(/\r?\n/)[0]).toMatch(/^agent_id,events,/);
    const exported = await client.reports.export({ group_by: ['agent', 'task_type'] });
    const lines = exported.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^agent_id,task_type,events,/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3))).toEqual([
      ['live-a', 'email_classification', '2'],
      ['live-b', 'email_classification', '1'],
    ]);
  });

  it('a free org gets FeatureLockedError', async () => {
    const free = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
    try {
      const error = await new HumanHours({ apiKey: free.firstKey, baseUrl: free.url }).reports.timeSaved().catch((e) => e);
      expect(error).toBeInstanceOf(FeatureLockedError);
      expect(error.hint).toMatch(/pro/);
    } finally {
      await free.close();
    }
  });
});
