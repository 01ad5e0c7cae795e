import { bearer, startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createPool, event, type Pool } from './pool-helpers.js';

let server: TestServer;
let pool: Pool;
let a: { id: string; key: string };
let b: { id: string; key: string };
const aKeyIds: string[] = [];
let aShareLink: string;

const get = (path: string, key: string) => server.http.get(path).set(bearer(key));

beforeAll(async () => {
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN });
  pool = await createPool(server, ['EUR', 'EUR']);
  [a, b] = pool.children;
  // A has everything a workspace can hold: events, a custom task type, an agent rate, extra keys, share links.
  await server.http
    .post('/v1/track/batch')
    .set(bearer(a.key))
    .send({ events: Array.from({ length: 5 }, (_, i) => event(i, 'same-agent')) });
  await server.http.post('/v1/track').set(bearer(a.key)).set('idempotency-key', 'run-1').send(event(1, 'same-agent'));
  await server.http
    .post('/v1/task-types')
    .set(bearer(a.key))
    .send({ key: 'a_secret_task', display_name: 'A only', category: 'ops', default_baseline_minutes: 7, baseline_source: 'A' });
  await server.http.patch('/v1/agents/same-agent').set(bearer(a.key)).send({ hourly_rate_override: 99 });
  for (const name of ['a1', 'a2', 'a3']) aKeyIds.push((await server.http.post('/v1/api-keys').set(bearer(a.key)).send({ name })).body.id);
  for (let i = 0; i < 3; i++)
    aShareLink = (await server.http.post('/v1/share-links').set(bearer(a.key)).send({ view: 'overview' })).body.id;
});
afterAll(async () => server.close());

describe('sibling workspaces are sealed from each other', () => {
  it('B reads nothing of A on any read route', async () => {
    expect((await get('/v1/agents', b.key)).body.data).toEqual([]);
    const types = await get('/v1/task-types', b.key);
    expect(JSON.stringify(types.body)).not.toContain('a_secret_task');
    expect((await get('/v1/task-types/a_secret_task', b.key)).status).toBe(404);
    const keys = (await get('/v1/api-keys', b.key)).body.data.map((k: { id: string }) => k.id);
    expect(keys.filter((id: string) => aKeyIds.includes(id))).toEqual([]);
    expect((await get('/v1/share-links', b.key)).body.data).toEqual([]);
    expect((await get('/v1/audit-log', b.key)).body.data).toEqual([]);
    for (const path of ['time-saved', 'cost-saved', 'leaderboard', 'summary']) {
      const res = await get(`/v1/reports/${path}?period=7d`, b.key);
      expect(res.status, path).toBe(200);
      expect(JSON.stringify(res.body), path).not.toContain('same-agent');
    }
    expect((await get('/v1/reports/export?period=7d', b.key)).text).not.toContain('same-agent');
    expect((await get('/v1/reports/usage', b.key)).body.pool.workspaces.map((w: { id: string }) => w.id)).toEqual([b.id]);
    expect((await get('/v1/org', b.key)).body.id).toBe(b.id);
  });

  it('B cannot reach A through the pool routes or the workspace parameter', async () => {
    for (const res of [
      await get('/v1/workspaces', b.key),
      await server.http.post('/v1/workspaces').set(bearer(b.key)).send({ name: 'x' }),
      await server.http.patch(`/v1/workspaces/${a.id}`).set(bearer(b.key)).send({ name: 'hijacked' }),
      await server.http.delete(`/v1/workspaces/${a.id}`).set(bearer(b.key)),
    ]) {
      expect(res.status).toBe(403);
      expect(res).toMatchApiSpec();
    }
    for (const workspace of ['all', a.id, pool.parent.id]) {
      const res = await get(`/v1/reports/time-saved?workspace=${workspace}`, b.key);
      expect(res.status).toBe(404);
      expect(res).toMatchApiSpec();
    }
    // The parent cannot name an org outside its pool either.
    const stranger = (await server.http.post('/v1/admin/orgs').set(bearer(ADMIN)).send({ name: 'Stranger' })).body.org.id;
    expect((await get(`/v1/reports/time-saved?workspace=${stranger}`, pool.parent.key)).status).toBe(404);
    expect((await server.http.patch(`/v1/workspaces/${stranger}`).set(bearer(pool.parent.key)).send({ name: 'x' })).status).toBe(404);
  });

  it('B cannot change or revoke anything of A', async () => {
    expect((await server.http.delete(`/v1/api-keys/${aKeyIds[0]}`).set(bearer(b.key))).status).toBe(404);
    expect((await server.http.delete(`/v1/share-links/${aShareLink}`).set(bearer(b.key))).status).toBe(404);
    expect((await server.http.delete('/v1/task-types/a_secret_task').set(bearer(b.key))).status).toBe(404);
    const patched = await server.http.patch('/v1/agents/same-agent').set(bearer(b.key)).send({ display_name: 'B' });
    expect(patched.body.hourly_rate_override).toBeNull();
    // The same idempotency key in B is B's own: a new event, not A's replay.
    const track = await server.http.post('/v1/track').set(bearer(b.key)).set('idempotency-key', 'run-1').send(event(1, 'same-agent'));
    expect(track.status).toBe(201);
    const aAgents = (await get('/v1/agents', a.key)).body.data;
    expect(aAgents[0]).toMatchObject({ agent_id: 'same-agent', hourly_rate_override: 99, display_name: null });
  });

  it('A’s cursors page through B’s own rows only', async () => {
    for (const path of ['/v1/api-keys', '/v1/share-links', '/v1/audit-log']) {
      const page = await get(`${path}?limit=1`, a.key);
      const cursor = page.body.next_cursor;
      expect(cursor, path).toBeTruthy();
      const aIds = new Set<string>();
      let next: string | null = null;
      do {
        const p: any = await get(`${path}?limit=1${next ? `&cursor=${next}` : ''}`, a.key);
        for (const row of p.body.data) aIds.add(row.id);
        next = p.body.next_cursor;
      } while (next);
      const seen: string[] = [];
      let c: string | null = cursor;
      while (c) {
        const p: any = await get(`${path}?limit=1&cursor=${c}`, b.key);
        expect(p.status, path).toBe(200);
        expect(p).toMatchApiSpec();
        seen.push(...p.body.data.map((r: { id: string }) => r.id));
        c = p.body.next_cursor;
      }
      expect(
        seen.filter((id) => aIds.has(id)),
        path,
      ).toEqual([]);
    }
  });
});
