import { randomUUID } from 'node:crypto';
import { freshPostgresUrl } from '@humanhours/test-kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../helpers/process-server.js';

// Two real server processes on one PostgreSQL database and one Redis, as behind a load balancer.
const PG = process.env.HUMANHOURS_TEST_PG_URL;
const REDIS = process.env.HUMANHOURS_TEST_REDIS_URL;
const KEY = `hh_live_TwoProc1_${'t'.repeat(48)}`;
const ADMIN = 'operator-token-0123456789abcdef';

// Run once (in the SQLite project): they pick their databases themselves.
describe.runIf(PG && REDIS && process.env.HUMANHOURS_TEST_DATABASE !== 'postgresql')(
  'two server processes on one PostgreSQL and one Redis',
  () => {
    let a: ServerProcess;
    let b: ServerProcess;
    let database: string;
    const both = () => [a, b];

    beforeAll(async () => {
      database = await freshPostgresUrl();
      const env = {
        HUMANHOURS_DATABASE_URL: database,
        HUMANHOURS_REDIS_URL: REDIS!,
        HUMANHOURS_INIT_API_KEY: KEY,
        HUMANHOURS_ADMIN_TOKEN: ADMIN,
      };
      // Started at the same moment: both ensure the init key, exactly one org must come out of it.
      [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    }, 90_000);
    afterAll(async () => Promise.all([a?.stop(), b?.stop()]));

    const call = (server: ServerProcess, path: string, init: RequestInit & { key?: string } = {}) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${init.key ?? KEY}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
      });

    const json = (res: Response): Promise<any> => res.json();

    async function count(sql: string): Promise<number> {
      const client = new pg.Client({ connectionString: database });
      await client.connect();
      try {
        return Number((await client.query(sql)).rows[0].n);
      } finally {
        await client.end();
      }
    }

    it('starts both on one org holding the init key', async () => {
      expect(await count('select count(*) as n from orgs')).toBe(1);
      const [orgA, orgB] = (await Promise.all(both().map(async (s) => json(await call(s, '/v1/org'))))) as Array<{ id: string }>;
      expect(orgA.id).toBe(orgB.id);
    });

    it('creates one event for concurrent same-key tracks through both', async () => {
      const body = JSON.stringify({ agent_id: 'dup', task_type: 'email_classification', outcome: 'success', agent_duration_seconds: 4 });
      const idem = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          call(both()[i % 2], '/v1/track', { method: 'POST', body, headers: { 'idempotency-key': idem } }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 200)).toHaveLength(29);
      expect(new Set(await Promise.all(responses.map(async (r) => (await json(r)).event_id))).size).toBe(1);
      expect(await count("select count(*) as n from events where agent_id = 'dup'")).toBe(1);
    });

    it('holds the free plan’s quota exactly and its per-key rate cap across both', async () => {
      const created = await json(
        await call(a, '/v1/admin/orgs', { method: 'POST', key: ADMIN, body: JSON.stringify({ name: 'Free', plan: 'free' }) }),
      );
      const key = created.api_key.secret;
      const events = (n: number, offset: number) =>
        JSON.stringify({
          events: Array.from({ length: n }, (_, i) => ({ agent_id: `q-${(offset + i) % 5}`, task_type: 'crm_update', outcome: 'success' })),
        });
      const batches = await Promise.all(
        Array.from({ length: 12 }, (_, i) => call(both()[i % 2], '/v1/track/batch', { method: 'POST', key, body: events(50, i * 50) })),
      );
      const summaries = await Promise.all(batches.map(async (r) => (await json(r)).summary));
      expect(summaries.reduce((n, s) => n + s.accepted, 0)).toBe(500);
      expect(await count(`select count(*) as n from events where org_id = '${created.org.id}'`)).toBe(500);

      await new Promise((r) => setTimeout(r, 1100)); // a fresh rate window
      const started = Date.now();
      const burst = await Promise.all(Array.from({ length: 120 }, (_, i) => call(both()[i % 2], '/v1/org', { key })));
      // Never more than 60 per one-second window across both processes (a slow machine may span several windows).
      const windows = Math.floor((Date.now() - started) / 1000) + 1;
      const passed = burst.filter((r) => r.status === 200).length;
      expect(passed).toBeGreaterThan(0);
      expect(passed).toBeLessThanOrEqual(60 * windows);
      expect(burst.filter((r) => r.status === 429)).toHaveLength(120 - passed);
    });

    it('answers the same reports from either process', async () => {
      const body = JSON.stringify({
        events: Array.from({ length: 40 }, (_, i) => ({
          agent_id: `r-${i % 4}`,
          task_type: 'code_review',
          outcome: 'success',
          metadata: { client: `c${i % 3}` },
        })),
      });
      await call(a, '/v1/track/batch', { method: 'POST', body });
      await call(b, '/v1/track/batch', { method: 'POST', body });
      for (const path of ['/v1/reports/time-saved?group_by=agent,client', '/v1/reports/summary?period=7d', '/v1/reports/usage']) {
        const [fromA, fromB] = await Promise.all(both().map(async (s) => json(await call(s, path))));
        expect(fromA, path).toEqual(fromB);
      }
    });
  },
);
