import { beforeEach, describe, expect, it } from 'vitest';
import {
  ClientClosedError,
  HumanHours,
  type HumanHoursError,
  InvalidEventError,
  InvalidResponseError,
  QueueFullError,
  type TrackBatchItem,
} from '../../src/index.js';
import { type FaultProxy, useServerBehindProxy } from '../helpers/fault-proxy.js';
import { eventCount, example, type RealServer } from '../helpers/real-server.js';

// What the enqueue() pipeline keeps, refuses and reports. Each client here has autoFlush off unless the test is about
// the background sends, so every request is one the test asked for.
let server: RealServer;
let proxy: FaultProxy;
let failures: Array<[HumanHoursError, TrackBatchItem[]]>;
let warnings: string[];
useServerBehindProxy('each', (s, p) => {
  server = s;
  proxy = p;
});
beforeEach(() => {
  failures = [];
  warnings = [];
});

let agentSeq = 0;
function setup(options: ConstructorParameters<typeof HumanHours>[0] = {}) {
  const agent = `delivery-agent-${++agentSeq}`;
  const logger = { error: () => {}, warn: (m: string) => warnings.push(m), info: () => {}, debug: () => {} };
  const client = new HumanHours({
    apiKey: server.firstKey,
    baseUrl: proxy.url,
    autoFlush: false,
    logger,
    onError: (error, events) => failures.push([error, events]),
    ...options,
  });
  return { client, agent, stored: () => eventCount(server, agent) };
}
const batchBodies = () => proxy.seen.filter((r) => r.path === '/v1/track/batch').map((r) => JSON.parse(r.body).events as TrackBatchItem[]);

describe('retryable failures stay queued', () => {
  it('a 503, a refused connection: nothing reported, the events resent later in enqueue order', async () => {
    const { client, agent, stored } = setup();
    for (let i = 0; i < 10; i++) client.enqueue({ ...example, agent_id: agent, metadata: { i } });
    proxy.plan({ kind: 'status', status: 503 });
    expect(await client.flush()).toEqual({ delivered: 0, failed: 0, queued: 10 });
    await proxy.outage('refuse');
    expect(await client.flush()).toEqual({ delivered: 0, failed: 0, queued: 10 });
    await proxy.outage(null);
    for (let i = 10; i < 15; i++) client.enqueue({ ...example, agent_id: agent, metadata: { i } });
    expect(await client.flush()).toEqual({ delivered: 15, failed: 0, queued: 0 });
    expect(failures).toEqual([]);
    expect(await stored()).toBe(15);
    const last = batchBodies().at(-1)!;
    expect(last.map((e) => (e.metadata as { i: number }).i)).toEqual([...Array(15).keys()]); // the retried ones first
    expect(warnings).toHaveLength(1); // one warning for the failure episode
  });

  it('a 4xx for the whole batch is final: each event reported once, with the reason', async () => {
    const { client } = setup({ apiKey: 'hh_live_nope' });
    for (let i = 0; i < 3; i++) client.enqueue(example);
    expect(await client.flush()).toEqual({ delivered: 0, failed: 3, queued: 0 });
    expect(failures).toHaveLength(1);
    expect(failures[0][1]).toHaveLength(3);
    expect(failures[0][0].name).toBe('AuthenticationError');
  });

  it('a 207 with fewer results than events: the ones without a result are failures, not dropped silently', async () => {
    const { client } = setup();
    const keys = [0, 1, 2].map((i) => client.enqueue({ ...example, metadata: { i } }));
    const answer = { results: [{ index: 0, status: 201, replayed: false, event: {} }], summary: { accepted: 1, replayed: 0, failed: 0 } };
    proxy.plan({ kind: 'body', status: 207, contentType: 'application/json', body: JSON.stringify(answer) });
    expect(await client.flush()).toEqual({ delivered: 1, failed: 2, queued: 0 });
    expect(failures).toHaveLength(1);
    expect(failures[0][0]).toBeInstanceOf(InvalidResponseError);
    expect(failures[0][0].message).toMatch(/1 result\(s\) for 3 events/);
    expect(failures[0][1].map((e) => e.idempotency_key)).toEqual(keys.slice(1));
  });

  it('several batches in flight: one held answer does not stall the others', async () => {
    const { client, agent, stored } = setup({ flushAt: 5, maxInFlight: 2, autoFlush: true, flushInterval: 60_000 });
    proxy.plan({ kind: 'delay-after', ms: 3000 });
    for (let i = 0; i < 10; i++) client.enqueue({ ...example, agent_id: agent });
    await expect.poll(() => client.stats.delivered, { timeout: 2500 }).toBe(5); // the second batch, answered
    expect(client.stats.inFlight).toBe(5); // while the first is still held
    await client.flush();
    expect(await stored()).toBe(10);
    expect(client.stats.delivered).toBe(10);
  });
});

describe('enqueue() never throws', () => {
  it('BigInt or circular metadata, a non-object: refused, reported once each as InvalidEventError', () => {
    const { client } = setup();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(client.enqueue({ ...example, metadata: { n: 10n } as never })).toBeUndefined();
    expect(client.enqueue({ ...example, metadata: circular as never })).toBeUndefined();
    expect(client.enqueue(null as never)).toBeUndefined();
    expect(client.enqueue({ ...example, metadata: { blob: 'x'.repeat(1_100_000) } })).toBeUndefined();
    expect(failures.map(([e]) => e.constructor)).toEqual([InvalidEventError, InvalidEventError, InvalidEventError, InvalidEventError]);
    expect(failures[0][0].message).toMatch(/BigInt/);
    expect(failures[3][0].message).toMatch(/1 MB/);
    expect(client.stats).toMatchObject({ queued: 0, dropped: 4 });
  });

  it('a full queue drops the newest events, each reported once, with one warning per episode', async () => {
    const { client, agent } = setup({ maxQueueSize: 5 });
    const keys = Array.from({ length: 12 }, (_, i) => client.enqueue({ ...example, agent_id: agent, metadata: { i } }));
    expect(keys.filter(Boolean)).toHaveLength(5);
    expect(keys.slice(5).every((k) => k === undefined)).toBe(true);
    expect(failures).toHaveLength(7);
    expect(failures.every(([e, events]) => e instanceof QueueFullError && events.length === 1)).toBe(true);
    expect(failures.map(([, [e]]) => (e.metadata as { i: number }).i)).toEqual([5, 6, 7, 8, 9, 10, 11]); // the newest
    expect(warnings.filter((w) => /queue holds 5/.test(w))).toHaveLength(1);
    await client.flush();
    expect(warnings.at(-1)).toMatch(/7 event\(s\) were dropped/); // the episode ends when delivery resumes
    for (let i = 0; i < 7; i++) client.enqueue({ ...example, agent_id: agent });
    expect(warnings.filter((w) => /queue holds 5/.test(w))).toHaveLength(2); // a new episode, a new warning
  });

  it('a closed client refuses new events clearly, and track() rejects', async () => {
    const { client } = setup();
    client.enqueue(example);
    expect(await client.shutdown()).toEqual({ delivered: 1, failed: 0, remaining: 0 });
    expect(client.enqueue(example)).toBeUndefined();
    expect(failures).toHaveLength(1);
    expect(failures[0][0]).toBeInstanceOf(ClientClosedError);
    await expect(client.track(example)).rejects.toBeInstanceOf(ClientClosedError);
    expect(await client.shutdown()).toEqual({ delivered: 1, failed: 0, remaining: 0 }); // the same shutdown
  });
});

describe('shutdown()', () => {
  it('retries through a short outage within its deadline', async () => {
    const { client, agent, stored } = setup();
    for (let i = 0; i < 20; i++) client.enqueue({ ...example, agent_id: agent });
    await proxy.outage('refuse');
    setTimeout(() => void proxy.outage(null), 700);
    expect(await client.shutdown({ timeout: 8000 })).toEqual({ delivered: 20, failed: 0, remaining: 0 });
    expect(await stored()).toBe(20);
    expect(failures).toEqual([]);
  });
});
