import { beforeEach, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  HumanHours,
  InternalServerError,
  RateLimitError,
  ValidationError,
} from '../../src/index.js';
import { type FaultProxy, useServerBehindProxy } from '../helpers/fault-proxy.js';
import { eventCount, example, type RealServer, startServer } from '../helpers/real-server.js';

let server: RealServer;
let proxy: FaultProxy;
let client: HumanHours;
useServerBehindProxy('each', (s, p) => {
  server = s;
  proxy = p;
});
beforeEach(() => {
  client = new HumanHours({ apiKey: server.firstKey, baseUrl: proxy.url });
});

const keysSeen = () => proxy.seen.map((r) => r.headers['idempotency-key']);

/** Tracks through the proxy and reports what it cost: elapsed time and rows added. */
async function trackThrough(body: Parameters<HumanHours['track']>[0] = example, sdk = client) {
  const before = await eventCount(server);
  const started = performance.now();
  const result = await sdk.track(body).then(
    (event) => ({ event, error: undefined }),
    (error) => ({ event: undefined, error }),
  );
  return { ...result, elapsed: performance.now() - started, stored: (await eventCount(server)) - before };
}

describe('a track that meets faults is stored exactly once', () => {
  it('through a 429 then a 503: one event stored, one key used, the Retry-After wait respected', async () => {
    proxy.plan(
      { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
      { kind: 'status', status: 503, after: true }, // the server stored it, but the answer says 503
    );
    const { event, elapsed, stored } = await trackThrough();
    expect(event).toMatchObject({ hours_saved: 0.066, cost_saved: 2.97 });
    expect(stored).toBe(1);
    expect(proxy.seen.map((r) => r.upstream)).toEqual([undefined, 201, 200]); // the last attempt was a replay
    expect(keysSeen()).toHaveLength(3);
    expect(new Set(keysSeen()).size).toBe(1);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
  });

  it('through a connection dropped after the server processed the request', async () => {
    proxy.plan({ kind: 'drop-after' }, { kind: 'drop-after' });
    const { event, stored } = await trackThrough();
    expect(event?.hours_saved).toBe(0.066);
    expect(stored).toBe(1);
    expect(proxy.seen.map((r) => r.upstream)).toEqual([201, 200, 200]);
    expect(new Set(keysSeen()).size).toBe(1);
  });

  it('through an answer slower than timeout, and one that stalls mid-body', async () => {
    const impatient = new HumanHours({ apiKey: server.firstKey, baseUrl: proxy.url, timeout: 300 });
    proxy.plan({ kind: 'delay-after', ms: 1500 }, { kind: 'delay-after', ms: 1500, headersFirst: true });
    const { event, stored, elapsed } = await trackThrough(example, impatient);
    expect(event?.cost_saved).toBe(2.97);
    expect(stored).toBe(1);
    expect(proxy.seen).toHaveLength(3);
    expect(new Set(keysSeen()).size).toBe(1);
    expect(elapsed).toBeLessThan(3000); // the two held answers alone would take 3 s: the SDK did not wait for them
  });

  it('gives up with APIConnectionTimeoutError when every attempt is too slow, still storing at most one event', async () => {
    const impatient = new HumanHours({ apiKey: server.firstKey, baseUrl: proxy.url, timeout: 200, maxRetries: 1 });
    proxy.plan({ kind: 'delay-after', ms: 1000 }, { kind: 'delay-after', ms: 1000 });
    const before = await eventCount(server);
    const error = await impatient.track(example).catch((e) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(proxy.seen).toHaveLength(2);
    await expect.poll(() => proxy.seen.every((r) => r.upstream)).toBe(true); // both reached the server
    expect((await eventCount(server)) - before).toBe(1);
  });

  it('stops after maxRetries with the last error', async () => {
    proxy.plan(...Array.from({ length: 3 }, () => ({ kind: 'status', status: 503 }) as const));
    const { error, stored } = await trackThrough();
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503, code: 'service_unavailable', requestId: 'proxy-3' });
    expect(proxy.seen).toHaveLength(3); // 1 + maxRetries (2)
    expect(stored).toBe(0);
  });
});

describe('Retry-After', () => {
  it('as an HTTP date', async () => {
    const at = new Date(Date.now() + 2000).toUTCString(); // whole seconds: between 1 and 2 s from now
    proxy.plan({ kind: 'status', status: 429, headers: { 'retry-after': at } });
    const { event, elapsed } = await trackThrough();
    expect(event).toBeDefined();
    expect(elapsed).toBeGreaterThanOrEqual(950);
  });

  it('retry-after-ms wins over Retry-After', async () => {
    proxy.plan({ kind: 'status', status: 503, headers: { 'retry-after-ms': '300', 'retry-after': '30' } });
    const { event, elapsed } = await trackThrough();
    expect(event).toBeDefined();
    expect(elapsed).toBeGreaterThanOrEqual(300);
    expect(elapsed).toBeLessThan(5000);
  });

  it('longer than the 60 s cap is final: a RateLimitError carrying retryAfter', async () => {
    proxy.plan({ kind: 'status', status: 429, headers: { 'retry-after': '3600' } });
    const { error, elapsed } = await trackThrough();
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 3600 });
    expect(proxy.seen).toHaveLength(1);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('what is never retried', () => {
  it('a 4xx such as 422', async () => {
    proxy.plan({ kind: 'status', status: 422 });
    const { error } = await trackThrough();
    expect(error).toBeInstanceOf(ValidationError);
    expect(proxy.seen).toHaveLength(1);
  });

  it('a POST without an idempotency key whose answer was lost (it may have been processed)', async () => {
    proxy.plan({ kind: 'drop-after' });
    const error = await client.apiKeys.create({ name: 'once' }).catch((e) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(proxy.seen).toHaveLength(1);
  });

  it('but a GET is retried after a lost answer', async () => {
    proxy.plan({ kind: 'drop-after' });
    const usage = await client.reports.usage();
    expect(usage.plan).toBe('pro');
    expect(proxy.seen).toHaveLength(2);
  });
});

describe('the real per-key rate limit', () => {
  it('150 concurrent reads on the free plan’s 60/s all succeed by honouring Retry-After', async () => {
    const free = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
    try {
      const sdk = new HumanHours({ apiKey: free.firstKey, baseUrl: free.url, maxRetries: 6 });
      const results = await Promise.all(Array.from({ length: 150 }, () => sdk.reports.usage()));
      expect(results.every((r) => r.plan === 'free')).toBe(true);
    } finally {
      await free.close();
    }
  });
});
