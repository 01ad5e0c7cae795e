import { bearer, floodUntilLimited, startServer } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';
import { MemoryWindowStorage } from '../../src/rate-limit/memory-window-storage.js';

describe('the in-memory window storage', () => {
  it('never admits more than the cap in one window, and opens the next window on time', async () => {
    let now = 1_000_000_500;
    const storage = new MemoryWindowStorage(() => now);
    const admitted = async (n: number) => {
      let ok = 0;
      for (let i = 0; i < n; i++) if (!(await storage.increment('k', 1000, 60, 1000, 'default')).isBlocked) ok++;
      return ok;
    };
    expect(await admitted(100)).toBe(60);
    now += 499; // same window
    expect(await admitted(10)).toBe(0);
    now += 1; // the next window
    expect(await admitted(100)).toBe(60);
  });

  it('keeps no timer and forgets idle keys', async () => {
    let now = 0;
    const storage = new MemoryWindowStorage(() => now);
    for (let i = 0; i < 1000; i++) await storage.increment(`key-${i}`, 1000, 60, 1000, 'default');
    expect(storage.size).toBe(1000);
    now = 20_000;
    await storage.increment('fresh', 1000, 60, 1000, 'default');
    expect(storage.size).toBe(1);
  });
});

describe('per-key rate limit over HTTP', () => {
  it('answers 429 rate_limited with Retry-After over the plan cap; after that wait the key passes again', async () => {
    const server = await startServer({ HUMANHOURS_INIT_PLAN: 'free' }); // 60 requests a second
    try {
      const key = server.firstKey!;
      const responses = await floodUntilLimited(() => server.http.get('/v1/reports/usage').set(bearer(key)));
      const limited = responses.filter((r) => r.status === 429);
      const passed = responses.filter((r) => r.status === 200);
      expect(limited.length).toBeGreaterThan(0);
      for (const res of limited) {
        expect(res.body.error.code).toBe('rate_limited');
        expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(res.headers['x-ratelimit-remaining']).toBe('0');
        expect(res).toMatchApiSpec();
      }
      for (const res of passed) {
        expect(res.headers['x-ratelimit-limit']).toBe('60');
        expect(Number(res.headers['x-ratelimit-remaining'])).toBeLessThan(60);
      }
      const wait = Math.max(...limited.map((r) => Number(r.headers['retry-after'])));
      await new Promise((r) => setTimeout(r, wait * 1000));
      const after = await server.http.get('/v1/reports/usage').set(bearer(key));
      expect(after.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('counts one budget per key across every route', async () => {
    const server = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
    try {
      const key = server.firstKey!;
      await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000))); // at the start of a window
      const remaining: number[] = [];
      for (const path of ['/v1/org', '/v1/reports/usage', '/v1/agents', '/v1/api-keys']) {
        remaining.push(Number((await server.http.get(path).set(bearer(key))).headers['x-ratelimit-remaining']));
      }
      expect(remaining).toEqual([59, 58, 57, 56]); // one counter, whatever the route
    } finally {
      await server.close();
    }
  });

  it('limits per key, never per address: another key of the org has its own budget', async () => {
    const server = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
    try {
      const key = server.firstKey!;
      const other = (await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'other' })).body.secret;
      await Promise.all(Array.from({ length: 130 }, () => server.http.get('/v1/org').set(bearer(key))));
      const res = await server.http.get('/v1/org').set(bearer(other));
      expect(res.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('an unreachable Redis', () => {
  it('does not stop the server: it starts, serves and limits per process', async () => {
    const server = await startServer({ HUMANHOURS_INIT_PLAN: 'free', HUMANHOURS_REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const res = await server.http.get('/v1/org').set(bearer(server.firstKey!));
      expect(res.status).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBe('60');
      const limited = await floodUntilLimited(() => server.http.get('/v1/org').set(bearer(server.firstKey!)));
      expect(limited.some((r) => r.status === 429)).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe.runIf(process.env.HUMANHOURS_TEST_REDIS_URL)('shared limits through Redis (HUMANHOURS_REDIS_URL)', () => {
  it('two servers on one database and one Redis share one budget per key', async () => {
    const env = { HUMANHOURS_INIT_PLAN: 'free', HUMANHOURS_REDIS_URL: process.env.HUMANHOURS_TEST_REDIS_URL! };
    const a = await startServer(env);
    const b = await startServer(env, { dir: a.dir });
    try {
      const key = a.firstKey!;
      const started = Date.now();
      const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).http.get('/v1/org').set(bearer(key))));
      // Never more than 60 per one-second window across both servers (a slow machine may span several windows).
      const windows = Math.floor((Date.now() - started) / 1000) + 1;
      const passed = responses.filter((r) => r.status === 200).length;
      expect(passed).toBeGreaterThan(0);
      expect(passed).toBeLessThanOrEqual(60 * windows);
      expect(responses.filter((r) => r.status === 429).length).toBe(100 - passed);
    } finally {
      await b.close();
      await a.close();
    }
  });
});
