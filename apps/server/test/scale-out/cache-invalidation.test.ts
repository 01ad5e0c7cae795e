import { freshPostgresUrl } from '@humanhours/test-kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../helpers/process-server.js';

// Two real server processes on one PostgreSQL database, each caching keys and org settings for 10 minutes: only the
// change notice (LISTEN/NOTIFY) can explain one seeing the other's change at once.
// (The webhook endpoint below is never called: the test reads the deliveries B's ingest queued.)
const PG = process.env.HUMANHOURS_TEST_PG_URL;
const KEY = `hh_live_CacheIn1_${'c'.repeat(48)}`;
const ADMIN = 'operator-token-0123456789abcdef';
const TTL_MS = 600_000;
/** How long a notice may take to arrive on a loaded machine: bounded, and far below the TTL. */
const NOTICE_WITHIN_MS = 3_000;

// Run once (in the SQLite project): they pick their database themselves.
describe.runIf(PG && process.env.HUMANHOURS_TEST_DATABASE !== 'postgresql')('cache invalidation across two processes', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let database: string;

  beforeAll(async () => {
    database = await freshPostgresUrl();
    const env = {
      HUMANHOURS_DATABASE_URL: database,
      HUMANHOURS_INIT_API_KEY: KEY,
      HUMANHOURS_ADMIN_TOKEN: ADMIN,
      HUMANHOURS_CACHE_TTL_MS: String(TTL_MS),
      HUMANHOURS_WEBHOOK_ALLOW_PRIVATE: 'true',
    };
    a = await startServerProcess(env);
    b = await startServerProcess(env);
  }, 90_000);
  afterAll(async () => Promise.all([a?.stop(), b?.stop()]));

  const call = (server: ServerProcess, path: string, init: RequestInit & { key?: string } = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${init.key ?? KEY}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });

  // Answers are read loosely: the spec tests check their shapes; here only what changed matters.
  const json = (res: Response): Promise<any> => res.json();

  /** Asks until `done` holds (each answer a fresh request), no longer than NOTICE_WITHIN_MS; how long it took. */
  async function until(ask: () => Promise<boolean>): Promise<number> {
    const started = Date.now();
    for (;;) {
      if (await ask()) return Date.now() - started;
      if (Date.now() - started > NOTICE_WITHIN_MS) throw new Error(`not seen within ${NOTICE_WITHIN_MS} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Runs `select` over the listeners' connections to this test's database; answers its `n`. */
  async function listeners(select = 'select count(*)::int as n'): Promise<number> {
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    try {
      const where = "where application_name = 'humanhours-cache' and datname = current_database()";
      return (await client.query(`${select} from pg_stat_activity ${where}`)).rows[0].n;
    } finally {
      await client.end();
    }
  }

  it('refuses a key revoked through A on B’s next requests, long before the TTL', async () => {
    const created = await json(await call(a, '/v1/api-keys', { method: 'POST', body: JSON.stringify({ name: 'short-lived' }) }));
    const key = created.secret as string;
    // B has it cached now: without a notice it would keep accepting it for 10 minutes.
    expect((await call(b, '/v1/org', { key })).status).toBe(200);
    expect((await call(a, `/v1/api-keys/${created.id}`, { method: 'DELETE' })).status).toBe(200);
    const took = await until(async () => (await call(b, '/v1/org', { key })).status === 401);
    expect(took).toBeLessThan(NOTICE_WITHIN_MS);
    // And it stays refused.
    expect((await call(b, '/v1/org', { key })).status).toBe(401);
  });

  it('shows B an org’s new currency and rate set through A at once', async () => {
    const created = await json(
      await call(a, '/v1/admin/orgs', { method: 'POST', key: ADMIN, body: JSON.stringify({ name: 'Switcher', currency: 'EUR' }) }),
    );
    const key = created.api_key.secret as string;
    expect((await json(await call(b, '/v1/org', { key }))).currency).toBe('EUR');
    const patched = await call(a, '/v1/org', { method: 'PATCH', key, body: JSON.stringify({ currency: 'GBP', default_hourly_rate: 61 }) });
    expect(patched.status).toBe(200);
    await until(async () => {
      const org = await json(await call(b, '/v1/org', { key }));
      return org.currency === 'GBP' && org.default_hourly_rate === 61;
    });
    // Tracking through B values in the new settings too.
    const tracked = await call(b, '/v1/track', {
      method: 'POST',
      key,
      body: JSON.stringify({ agent_id: 'x', task_type: 'email_classification', outcome: 'success' }),
    });
    expect(tracked.status).toBe(201);
    expect((await json(tracked)).currency).toBe('GBP');
  });

  it('makes B queue deliveries for an endpoint created through A at once, and stop when A disables it', async () => {
    const created = await json(
      await call(a, '/v1/admin/orgs', { method: 'POST', key: ADMIN, body: JSON.stringify({ name: 'Hooked', currency: 'EUR' }) }),
    );
    const key = created.api_key.secret as string;
    const track = () =>
      call(b, '/v1/track', {
        method: 'POST',
        key,
        body: JSON.stringify({ agent_id: 'x', task_type: 'email_classification', outcome: 'success' }),
      });
    // B caches "no endpoints" for this org: without a notice it would queue nothing for 10 minutes.
    expect((await track()).status).toBe(201);
    const endpoint = await json(
      await call(a, '/v1/webhooks', {
        method: 'POST',
        key,
        body: JSON.stringify({ url: 'http://127.0.0.1:9/hook', event_types: ['event.created'] }),
      }),
    );
    const queued = async () => (await json(await call(a, `/v1/webhooks/${endpoint.id}/deliveries`, { key }))).data.length as number;
    await until(async () => (await track()).status === 201 && (await queued()) > 0);
    const disabled = await call(a, `/v1/webhooks/${endpoint.id}`, { method: 'PATCH', key, body: JSON.stringify({ enabled: false }) });
    expect(disabled.status).toBe(200);
    // Once B has seen the change, its events queue nothing more.
    let before = await queued();
    await until(async () => {
      expect((await track()).status).toBe(201);
      const now = await queued();
      const unchanged = now === before;
      before = now;
      return unchanged;
    });
    expect((await track()).status).toBe(201);
    expect(await queued()).toBe(before);
  });

  it('listens again after its connection is cut, dropping what it may have missed', async () => {
    const created = await json(await call(a, '/v1/api-keys', { method: 'POST', body: JSON.stringify({ name: 'after-cut' }) }));
    const key = created.secret as string;
    expect((await call(b, '/v1/org', { key })).status).toBe(200);
    // Cut every listener (A's and B's); they reconnect with backoff, and on reconnecting clear their caches.
    expect(await listeners('select count(pg_terminate_backend(pid))::int as n')).toBe(2);
    expect((await call(a, `/v1/api-keys/${created.id}`, { method: 'DELETE' })).status).toBe(200);
    // The notice went out while B was not listening: B sees the revocation once it listens again.
    await until(async () => (await call(b, '/v1/org', { key })).status === 401);
    // Both listen again.
    await until(async () => (await listeners()) === 2);
  });
});
