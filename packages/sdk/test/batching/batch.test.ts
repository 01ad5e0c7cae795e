import { beforeEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConflictError,
  HumanHours,
  type HumanHoursError,
  QueueFullError,
  ShutdownTimeoutError,
  type TrackBatchItem,
  ValidationError,
} from '../../src/index.js';
import { type FaultProxy, useServerBehindProxy } from '../helpers/fault-proxy.js';
import { eventCount, example, type RealServer } from '../helpers/real-server.js';

let server: RealServer;
let proxy: FaultProxy;
let failures: Array<[HumanHoursError, TrackBatchItem[]]>;
useServerBehindProxy('each', (s, p) => {
  server = s;
  proxy = p;
});
beforeEach(() => {
  failures = [];
});

let agentSeq = 0;
/** A client through the fault proxy that records onError, and a fresh agent id to count this test's rows by. */
function setup(options: ConstructorParameters<typeof HumanHours>[0] = {}) {
  const agent = `batch-agent-${++agentSeq}`;
  const client = new HumanHours({
    apiKey: server.firstKey,
    baseUrl: proxy.url,
    onError: (error, events) => failures.push([error, events]),
    logLevel: 'error', // the pipeline's warnings are tested in delivery.test.ts
    ...options,
  });
  const stored = () => eventCount(server, agent);
  return { client, agent, stored };
}
const batchRequests = () => proxy.seen.filter((r) => r.path === '/v1/track/batch');
const batchSizes = () => batchRequests().map((r) => JSON.parse(r.body).events.length);

describe('enqueue() and flush()', () => {
  it('delivers N events exactly once, in batches of flushAt', async () => {
    const { client, agent, stored } = setup({ flushAt: 50 });
    for (let i = 0; i < 120; i++) client.enqueue({ ...example, agent_id: agent });
    await client.flush();
    expect(await stored()).toBe(120);
    expect(client.stats).toEqual({ queued: 0, inFlight: 0, delivered: 120, failed: 0, dropped: 0, retried: 0 });
    expect(batchSizes().reduce((a, b) => a + b)).toBe(120);
    expect(batchSizes()[0]).toBe(50);
    expect(failures).toEqual([]);
  });

  it('250 enqueued events with one batch response lost arrive exactly 250 times', async () => {
    const { client, agent, stored } = setup({ flushAt: 50 });
    proxy.plan({ kind: 'drop-after' }); // the server stores the first batch, its answer never arrives
    for (let i = 0; i < 250; i++) client.enqueue({ ...example, agent_id: agent, metadata: { i } });
    await client.flush();
    expect(await stored()).toBe(250);
    expect(client.stats.delivered).toBe(250);
    expect(failures).toEqual([]);
    const [lost, ...rest] = batchRequests();
    expect(proxy.seen[0]).toBe(lost);
    expect(lost.upstream).toBe(207);
    // the same events with the same keys, sent again later (with others behind them): replayed, not recounted
    const events = (r: { body: string }) => JSON.parse(r.body).events as TrackBatchItem[];
    const resent = rest.flatMap((r) => events(r).map((e) => JSON.stringify(e)));
    expect(events(lost).every((e) => resent.includes(JSON.stringify(e)))).toBe(true);
    expect(client.stats.retried).toBe(1);
    const keys = batchRequests().flatMap((r) => JSON.parse(r.body).events.map((e: TrackBatchItem) => e.idempotency_key));
    expect(new Set(keys).size).toBe(250);
  });

  it('gives every event its own UUID key at enqueue time, and keeps one the caller set', async () => {
    const { client } = setup();
    const own = client.enqueue({ ...example, idempotency_key: 'caller-key-1' });
    const fresh = client.enqueue(example);
    expect(own).toBe('caller-key-1');
    expect(fresh).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await client.flush();
    expect(JSON.parse(batchRequests()[0].body).events.map((e: TrackBatchItem) => e.idempotency_key)).toEqual([own, fresh]);
  });

  it('sends what was enqueued, even if the caller changes the object afterwards', async () => {
    const { client, agent, stored } = setup();
    const event = { ...example, agent_id: agent };
    client.enqueue(event);
    event.agent_id = 'mutated';
    await client.flush();
    expect(await stored()).toBe(1);
  });

  it('flushes after flushInterval without being asked', async () => {
    const { client, agent, stored } = setup({ flushInterval: 100 });
    for (let i = 0; i < 3; i++) client.enqueue({ ...example, agent_id: agent });
    expect(batchRequests()).toHaveLength(0);
    await expect.poll(stored, { timeout: 3000 }).toBe(3);
    expect(batchSizes()).toEqual([3]);
  });

  it('splits a large queue into requests of at most 1,000 events', async () => {
    const { client, agent, stored } = setup({ flushAt: 5000 });
    for (let i = 0; i < 2500; i++) client.enqueue({ ...example, agent_id: agent });
    await client.flush();
    expect(batchSizes()).toEqual([1000, 1000, 500]);
    expect(await stored()).toBe(2500);
  });

  it('keeps each request under the 1 MB body limit', async () => {
    const { client, agent, stored } = setup({ flushAt: 1000 });
    const blob = 'x'.repeat(7000); // ~7 KB of metadata per event: 150 events do not fit in one body
    for (let i = 0; i < 150; i++) client.enqueue({ ...example, agent_id: agent, metadata: { blob } });
    await client.flush();
    expect(batchRequests().length).toBeGreaterThan(1);
    for (const r of batchRequests()) expect(Buffer.byteLength(r.body)).toBeLessThanOrEqual(1024 * 1024);
    expect(await stored()).toBe(150);
  });

  it('keeps a batch that met a 429 or a 503 queued, and retries it later with the same keys', async () => {
    const { client, agent, stored } = setup({ flushInterval: 50 });
    proxy.plan({ kind: 'status', status: 429, headers: { 'retry-after': '1' } }, { kind: 'status', status: 503, after: true });
    for (let i = 0; i < 10; i++) client.enqueue({ ...example, agent_id: agent });
    const first = await client.flush(); // one attempt: the 429
    expect(first).toEqual({ delivered: 0, failed: 0, queued: 10 });
    expect(failures).toEqual([]); // not final: nothing reported
    const started = performance.now();
    await expect.poll(stored, { timeout: 10_000 }).toBe(10); // the 503 (stored upstream), then the replay
    expect(performance.now() - started).toBeGreaterThanOrEqual(900); // the Retry-After was honoured
    await expect.poll(() => client.stats.delivered, { timeout: 10_000 }).toBe(10);
    expect(new Set(batchRequests().map((r) => r.body)).size).toBe(1);
    expect(batchRequests()).toHaveLength(3);
    expect(failures).toEqual([]);
  });

  it('resolves flush() at once when nothing is queued', async () => {
    const { client } = setup();
    await client.flush();
    expect(proxy.seen).toHaveLength(0);
  });
});

describe('what goes to onError', () => {
  it('each rejected item, with its typed error and the event (its key included)', async () => {
    const { client, agent, stored } = setup();
    client.enqueue({ ...example, agent_id: agent, idempotency_key: 'item-409' });
    await client.flush();
    client.enqueue({ ...example, agent_id: agent });
    client.enqueue({ ...example, agent_id: agent, outcome: 'meh' as never });
    client.enqueue({ ...example, agent_id: agent, task_type: 'no_such_task' });
    client.enqueue({ ...example, agent_id: agent, agent_duration_seconds: 99, idempotency_key: 'item-409' });
    await client.flush();
    expect(await stored()).toBe(2);
    expect(failures.map(([e]) => [e.constructor, (e as ValidationError).code, (e as ValidationError).field])).toEqual([
      [ValidationError, 'validation_error', 'outcome'],
      [ValidationError, 'unknown_task_type', 'task_type'],
      [ConflictError, 'idempotency_key_reused', 'Idempotency-Key'],
    ]);
    expect(failures[0][1]).toEqual([expect.objectContaining({ outcome: 'meh', idempotency_key: expect.any(String) })]);
    expect((failures[0][0] as ValidationError).requestId).toEqual(expect.any(String));
    expect(client.stats).toMatchObject({ delivered: 2, failed: 3 });
  });

  it('a batch that fails for good, with all its events', async () => {
    const { client } = setup({ apiKey: 'hh_live_nope' });
    for (let i = 0; i < 3; i++) client.enqueue(example);
    await client.flush();
    expect(failures).toHaveLength(1);
    expect(failures[0][0]).toBeInstanceOf(AuthenticationError);
    expect(failures[0][1]).toHaveLength(3);
    expect(proxy.seen).toHaveLength(1);
    expect(client.stats).toMatchObject({ delivered: 0, failed: 3 });
  });

  it('the overflow beyond maxQueueSize: dropped, counted and reported', async () => {
    const { client, agent, stored } = setup({ maxQueueSize: 5, flushAt: 100 });
    const keys = Array.from({ length: 8 }, (_, i) => client.enqueue({ ...example, agent_id: agent, metadata: { i } }));
    expect(keys.filter(Boolean)).toHaveLength(5);
    expect(keys.slice(5)).toEqual([undefined, undefined, undefined]);
    expect(failures).toHaveLength(3);
    expect(failures[0][0]).toBeInstanceOf(QueueFullError);
    expect(failures[0][1]).toEqual([expect.objectContaining({ metadata: { i: 5 } })]);
    expect(client.stats).toMatchObject({ queued: 5, dropped: 3 });
    expect(failures.every(([, events]) => events.length === 1)).toBe(true); // each dropped event once
    await client.flush();
    expect(await stored()).toBe(5);
  });

  it('a throwing onError does not stop delivery', async () => {
    const { client, agent, stored } = setup({
      onError: () => {
        throw new Error('handler bug');
      },
    });
    client.enqueue({ ...example, agent_id: agent, outcome: 'meh' as never });
    client.enqueue({ ...example, agent_id: agent });
    await client.flush();
    expect(await stored()).toBe(1);
  });
});

describe('shutdown()', () => {
  it('resolves once everything is acknowledged', async () => {
    const { client, agent, stored } = setup({ flushInterval: 60_000 });
    for (let i = 0; i < 30; i++) client.enqueue({ ...example, agent_id: agent });
    await client.shutdown();
    expect(await stored()).toBe(30);
  });

  it('with timeout, aborts what is in flight and reports everything unacknowledged, once', async () => {
    const { client, agent } = setup({ flushAt: 2, maxInFlight: 1 });
    proxy.plan({ kind: 'delay-after', ms: 3000 });
    for (let i = 0; i < 3; i++) client.enqueue({ ...example, agent_id: agent });
    const started = performance.now();
    const result = await client.shutdown({ timeout: 200 });
    expect(performance.now() - started).toBeLessThan(2000); // not the 3 s the answer is held
    expect(result).toEqual({ delivered: 0, failed: 3, remaining: 3 });
    expect(failures).toHaveLength(1);
    expect(failures[0][0]).toBeInstanceOf(ShutdownTimeoutError);
    expect(failures[0][1]).toHaveLength(3); // the batch in flight and the one still queued behind it
    expect(client.stats).toMatchObject({ queued: 0, inFlight: 0, delivered: 0, failed: 3 });
  });
});
