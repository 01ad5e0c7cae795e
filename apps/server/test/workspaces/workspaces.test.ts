import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createPool, event, type Pool } from './pool-helpers.js';

let server: TestServer;
let pool: Pool;

beforeAll(async () => {
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN });
  pool = await createPool(server, ['EUR', 'USD', 'GBP', 'EUR']);
  for (const [c, child] of pool.children.entries()) {
    const events = Array.from({ length: 6 + c * 3 }, (_, i) => event(i, `agent-${c}-${i % 2}`));
    const res = await server.http.post('/v1/track/batch').set(bearer(child.key)).send({ events });
    expect(res.body.summary.accepted).toBe(events.length);
  }
  await server.http.post('/v1/track').set(bearer(pool.parent.key)).send(event(1, 'parent-bot'));
});
afterAll(async () => server.close());

const get = (path: string, key: string) => server.http.get(path).set(bearer(key));

describe('workspaces', () => {
  it('lists the parent and its children with their events this month, and enforces the plan limit', async () => {
    const list = await get('/v1/workspaces', pool.parent.key);
    expect(list.status).toBe(200);
    expect(list).toMatchApiSpec();
    expect(list.body.limit).toBe(5);
    expect(list.body.data.map((w: { id: string }) => w.id)).toEqual([pool.parent.id, ...pool.children.map((c) => c.id)]);
    expect(list.body.data.map((w: { events_this_month: number }) => w.events_this_month)).toEqual([1, 6, 9, 12, 15]);
    expect(list.body.data[2]).toMatchObject({ parent_org_id: pool.parent.id, currency: 'USD', timezone: 'Europe/Berlin' });

    const sixth = await server.http.post('/v1/workspaces').set(bearer(pool.parent.key)).send({ name: 'One too many' });
    expect(sixth.status).toBe(403);
    expect(sixth.body.error.code).toBe('workspace_limit_reached');
    expect(sixth).toMatchApiSpec();

    // Pages: the parent first, then the children, with no repeats.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await get(`/v1/workspaces?limit=2${cursor ? `&cursor=${cursor}` : ''}`, pool.parent.key);
      expect(page).toMatchApiSpec();
      seen.push(...page.body.data.map((w: { id: string }) => w.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual([pool.parent.id, ...pool.children.map((c) => c.id)]);
  });

  it('a child counts in the parent’s billing month, whatever its own time zone', async () => {
    await server.http.patch(`/v1/workspaces/${pool.children[0].id}`).set(bearer(pool.parent.key)).send({ timezone: 'Pacific/Kiritimati' });
    const parent = (await get('/v1/reports/usage', pool.parent.key)).body;
    const child = (await get('/v1/reports/usage', pool.children[0].key)).body;
    expect(child.period_start).toBe(parent.period_start);
    expect(child.period_end).toBe(parent.period_end);
    // Europe/Berlin's month starts at 23:00 or 22:00 UTC the day before, never at Kiritimati's 10:00.
    expect(parent.period_start).toMatch(/T2[23]:00:00/);
  });

  it('concurrent creates never pass the plan’s limit', async () => {
    const other = await createPool(server, []);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        server.http
          .post('/v1/workspaces')
          .set(bearer(other.parent.key))
          .send({ name: `Race ${i}` }),
      ),
    );
    const created = results.filter((r) => r.status === 201).length;
    expect(created).toBe(4);
    expect(results.filter((r) => r.status !== 201).every((r) => r.body.error?.code === 'workspace_limit_reached')).toBe(true);
    expect((await get('/v1/workspaces', other.parent.key)).body.data).toHaveLength(1 + created);
  });

  it('a pro org has no workspaces', async () => {
    const res = await server.http.post('/v1/workspaces').set(bearer(server.firstKey!)).send({ name: 'x' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('feature_locked');
    expect(res).toMatchApiSpec();
  });

  it('pools the usage: the parent sees every share, a child only its own', async () => {
    const parent = await get('/v1/reports/usage', pool.parent.key);
    expect(parent).toMatchApiSpec();
    expect(parent.body).toMatchObject({
      plan: 'agency',
      events_this_month: 43,
      events_included_in_plan: 25_000,
      rate_limit_per_second: 200,
    });
    expect(parent.body.pool.events_this_month).toBe(43);
    expect(parent.body.pool.workspaces.map((w: { events_this_month: number }) => w.events_this_month)).toEqual([1, 6, 9, 12, 15]);
    const child = await get('/v1/reports/usage', pool.children[1].key);
    expect(child).toMatchApiSpec();
    expect(child.body).toMatchObject({ events_this_month: 43, currency: 'USD' });
    expect(child.body.pool.workspaces).toEqual([{ id: pool.children[1].id, name: 'Client 2', events_this_month: 9, share: 0.2093 }]);
  });

  it('parent reports grouped by workspace equal each child’s own report, per currency', async () => {
    const across = await get('/v1/reports/time-saved?workspace=all&group_by=workspace&period=7d', pool.parent.key);
    expect(across.status).toBe(200);
    expect(across).toMatchApiSpec();
    expect(across.body.meta).toMatchObject({ workspace: 'all', converted: false, group_by: ['workspace'] });
    const byCurrency = new Map<string, Record<string, number>>();
    for (const member of [pool.parent, ...pool.children]) {
      const own = await get('/v1/reports/time-saved?period=7d&group_by=agent', member.key);
      const row = across.body.rows.find((r: any) => r.group.workspace === member.id);
      const { group: _, currency, ...metrics } = row;
      expect(currency).toBe(own.body.currency);
      expect(metrics).toEqual(own.body.totals);
      const sum = byCurrency.get(currency) ?? {};
      for (const [k, v] of Object.entries(own.body.totals as Record<string, number>)) if (typeof v === 'number') sum[k] = (sum[k] ?? 0) + v;
      byCurrency.set(currency, sum);
    }
    expect(across.body.totals_by_currency.map((t: { currency: string }) => t.currency)).toEqual(['EUR', 'GBP', 'USD']);
    for (const t of across.body.totals_by_currency) {
      const expected = byCurrency.get(t.currency)!;
      expect(t.events).toBe(expected.events);
      expect(t.cost_saved).toBeCloseTo(expected.cost_saved, 6);
      expect(t.net_saved).toBeCloseTo(expected.net_saved, 6);
      expect(t.hours_saved).toBeCloseTo(expected.hours_saved, 6);
    }

    // By agent, across workspaces: the rows stay split by currency.
    const agents = await get('/v1/reports/cost-saved?workspace=all&group_by=agent&period=7d', pool.parent.key);
    expect(agents).toMatchApiSpec();
    expect(agents.body.rows.every((r: { currency: string }) => ['EUR', 'USD', 'GBP'].includes(r.currency))).toBe(true);

    // One child only.
    const one = await get(`/v1/reports/time-saved?workspace=${pool.children[2].id}&period=7d&group_by=workspace`, pool.parent.key);
    expect(one.body.rows).toHaveLength(1);
    expect(one.body.totals_by_currency).toEqual([expect.objectContaining({ currency: 'GBP', events: 12 })]);
  });

  it('convert=true reports every row in the parent’s currency and says so', async () => {
    const res = await get('/v1/reports/time-saved?workspace=all&group_by=workspace&period=7d&convert=true', pool.parent.key);
    expect(res).toMatchApiSpec();
    expect(res.body.meta.converted).toBe(true);
    expect(res.body.rows.every((r: { currency: string }) => r.currency === 'EUR')).toBe(true);
    const sum = (field: string) => res.body.rows.reduce((s: number, r: any) => s + Math.round(r[field] * 100), 0);
    // The converted rows add up exactly to the totals (cents).
    expect(Math.round(res.body.totals.cost_saved * 100)).toBe(sum('cost_saved'));
    expect(Math.round(res.body.totals.net_saved * 100)).toBe(sum('net_saved'));
    const eurOwn = res.body.rows.find((r: any) => r.group.workspace === pool.children[0].id);
    const own = await get('/v1/reports/time-saved?period=7d', pool.children[0].key);
    expect(eurOwn.cost_saved).toBe(own.body.totals.cost_saved);
    const csv = await get('/v1/reports/export?workspace=all&group_by=workspace&period=7d', pool.parent.key);
    expect(csv.text.split('\n')[0]).toMatch(/^workspace,currency,events,/);
  });

  it('the summary and the leaderboard across workspaces: one currency, each currency’s own sums beside it', async () => {
    const summary = await get('/v1/reports/summary?workspace=all&period=7d', pool.parent.key);
    expect(summary.status).toBe(200);
    expect(summary).toMatchApiSpec();
    expect(summary.body.meta).toMatchObject({ workspace: 'all', converted: true });
    expect(summary.body.totals.events).toBe(43);
    const grouped = await get('/v1/reports/time-saved?workspace=all&group_by=workspace&period=7d', pool.parent.key);
    expect(summary.body.totals).toEqual(grouped.body.totals);
    expect(summary.body.totals_by_currency).toEqual(grouped.body.totals_by_currency);
    const trendEvents = summary.body.trend.reduce((s: number, d: { events: number }) => s + d.events, 0);
    expect(trendEvents).toBe(43);

    const board = await get('/v1/reports/leaderboard?workspace=all&period=7d&metric=cost_saved&top=100', pool.parent.key);
    expect(board).toMatchApiSpec();
    // The same agent id in two workspaces would be two rows: every (workspace, agent) pair once.
    const pairs = board.body.rows.map((r: any) => `${r.workspace}/${r.agent_id}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(board.body.rows).toHaveLength(9);
    const usd = board.body.rows.find((r: any) => r.workspace === pool.children[1].id);
    expect(usd.currency).toBe('USD');
    const own = await get('/v1/reports/leaderboard?period=7d&top=100', pool.children[1].key);
    expect(own.body.rows.find((r: any) => r.agent_id === usd.agent_id).cost_saved).toBe(usd.cost_saved);
    expect((await get('/v1/reports/summary?workspace=all', pool.children[0].key)).status).toBe(404);
  });

  it('changes and closes a child; closing revokes its keys at once and leaves its events', async () => {
    const child = pool.children[3];
    const patched = await server.http.patch(`/v1/workspaces/${child.id}`).set(bearer(pool.parent.key)).send({ name: 'Renamed' });
    expect(patched.status).toBe(200);
    expect(patched).toMatchApiSpec();
    expect(patched.body.name).toBe('Renamed');
    const closed = await server.http.delete(`/v1/workspaces/${child.id}`).set(bearer(pool.parent.key));
    expect(closed.status).toBe(200);
    expect(closed).toMatchApiSpec();
    expect(closed.body.closed_at).not.toBeNull();
    expect((await get('/v1/org', child.key)).body.error.code).toBe('key_revoked');
    const across = await get('/v1/reports/time-saved?workspace=all&group_by=workspace&period=7d', pool.parent.key);
    expect(across.body.meta.workspaces).not.toContain(child.id);
    // A closed workspace frees its place.
    const again = await server.http.post('/v1/workspaces').set(bearer(pool.parent.key)).send({ name: 'Replacement' });
    expect(again.status).toBe(201);
    expect(again).toMatchApiSpec();
  });

  it('the operator moves an org into a pool and out, one level deep', async () => {
    const other = await server.http.post('/v1/admin/orgs').set(bearer(ADMIN)).send({ name: 'Loose', plan: 'agency' });
    const id = other.body.org.id;
    const into = await server.http.patch(`/v1/admin/orgs/${id}`).set(bearer(ADMIN)).send({ parent_org_id: pool.parent.id });
    expect(into.status).toBe(200);
    expect(into).toMatchApiSpec();
    expect(into.body.parent_org_id).toBe(pool.parent.id);
    const nested = await server.http.patch(`/v1/admin/orgs/${pool.parent.id}`).set(bearer(ADMIN)).send({ parent_org_id: id });
    expect(nested.status).toBe(422);
    expect(nested.body.error.field).toBe('parent_org_id');
    const out = await server.http.patch(`/v1/admin/orgs/${id}`).set(bearer(ADMIN)).send({ parent_org_id: null });
    expect(out.body.parent_org_id).toBeNull();
  });
});
