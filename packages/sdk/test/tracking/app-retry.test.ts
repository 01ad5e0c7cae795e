import { describe, expect, it } from 'vitest';
import { APIError, HumanHours, type TrackedEvent } from '../../src/index.js';
import { type Fault, type FaultProxy, useServerBehindProxy } from '../helpers/fault-proxy.js';
import { eventCount, example, type RealServer } from '../helpers/real-server.js';

let server: RealServer;
let proxy: FaultProxy;
useServerBehindProxy('file', (s, p) => {
  server = s;
  proxy = p;
});

/** What an application does with a failed track(): try again later, with the key the error carries. */
async function trackWithAppRetries(client: HumanHours, body: Parameters<HumanHours['track']>[0], attempts = 5) {
  let idempotencyKey: string | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      const { data, response } = await client.track(body, { idempotencyKey }).withResponse();
      return { event: data as TrackedEvent, replayed: response.replayed, attempt, idempotencyKey: response.idempotencyKey };
    } catch (error) {
      if (!(error instanceof APIError) || attempt === attempts) throw error;
      expect(error.idempotencyKey).toEqual(expect.any(String));
      idempotencyKey = error.idempotencyKey;
    }
  }
}

describe('an application that retries failed track() calls', () => {
  it('with error.idempotencyKey stores every run exactly once, however the answers were lost', async () => {
    // maxRetries 0: every fault reaches the application, which is what this test is about
    const client = new HumanHours({ apiKey: server.firstKey, baseUrl: proxy.url, maxRetries: 0, timeout: 300 });
    const agent = 'app-retry-agent';
    const faults: Fault[][] = [
      [{ kind: 'drop-after' }], // stored, the answer lost
      [{ kind: 'status', status: 503, after: true }], // stored, then a proxy's 503
      [{ kind: 'delay-after', ms: 1000 }], // stored, the answer too late
      [{ kind: 'status', status: 503 }], // never reached the server
      [{ kind: 'drop-after' }, { kind: 'status', status: 502 }, { kind: 'drop-after' }], // three failures in a row
    ];
    const runs = 25;
    let rejected = 0;
    let replayed = 0;
    for (let i = 0; i < runs; i++) {
      const planned = faults[i % faults.length];
      proxy.plan(...planned);
      const result = await trackWithAppRetries(client, { ...example, agent_id: agent, metadata: { run: i } });
      rejected += result.attempt - 1;
      if (result.replayed) replayed++;
      expect(result.attempt).toBe(planned.length + 1);
    }
    const row = await server.db.get<{ rows: number; runs: number }>(
      'select count(*) as rows, count(distinct metadata) as runs from events where agent_id = ?',
      [agent],
    );
    console.log(`app retries: ${runs} runs, ${rejected} rejected calls retried, ${replayed} answered as replays, ${row?.rows} stored`);
    expect(Number(row?.rows)).toBe(runs);
    expect(Number(row?.runs)).toBe(runs); // 0 duplicates
    expect(replayed).toBeGreaterThan(0);
  });

  it('without the key, the same retry counts the run twice (why the key matters)', async () => {
    const client = new HumanHours({ apiKey: server.firstKey, baseUrl: proxy.url, maxRetries: 0 });
    const agent = 'app-retry-no-key';
    proxy.plan({ kind: 'drop-after' });
    await expect(client.track({ ...example, agent_id: agent })).rejects.toBeInstanceOf(APIError);
    await client.track({ ...example, agent_id: agent }); // a fresh key: a new event
    expect(await eventCount(server, agent)).toBe(2);
  });

  it('trackBatch: the error carries the batch key, and calling again with it replays every item', async () => {
    const client = new HumanHours({ apiKey: server.firstKey, baseUrl: proxy.url, maxRetries: 0 });
    const agent = 'app-retry-batch';
    const events = Array.from({ length: 5 }, (_, i) => ({ ...example, agent_id: agent, metadata: { i } }));
    proxy.plan({ kind: 'drop-after' });
    const error = await client.trackBatch(events).catch((e) => e);
    expect(error).toBeInstanceOf(APIError);
    const again = await client.trackBatch(events, { idempotencyKey: error.idempotencyKey });
    expect(again.results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(again.summary).toMatchObject({ accepted: 0, replayed: 5 });
    expect(await eventCount(server, agent)).toBe(5);
  });
});
