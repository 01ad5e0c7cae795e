import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { HumanHours, type HumanHoursError, type TrackBatchItem } from '../../src/index.js';
import { type FaultProxy, useServerBehindProxy } from '../helpers/fault-proxy.js';
import { example, type RealServer } from '../helpers/real-server.js';

// The suite's one long test (~20 s): a steady stream of events through a 10 s outage, with the client's defaults.
let server: RealServer;
let proxy: FaultProxy;
useServerBehindProxy('file', (s, p) => {
  server = s;
  proxy = p;
});

const RATE = 50; // events per second
const SECONDS = 16;
const AGENT = 'outage-agent';

describe('a 10 s outage in the middle of 16 s of enqueueing at 50 events/s, defaults', () => {
  it('loses nothing and stores nothing twice: stored == sent, 0 duplicates', { timeout: 60_000 }, async () => {
    const failures: Array<[HumanHoursError, TrackBatchItem[]]> = [];
    const warnings: string[] = [];
    const logger = { error: () => {}, warn: (m: string) => warnings.push(m), info: () => {}, debug: () => {} };
    const client = new HumanHours({
      apiKey: server.firstKey,
      baseUrl: proxy.url,
      logger,
      onError: (e, events) => failures.push([e, events]),
    });

    // 3 s–8 s the port refuses connections; 8 s–13 s it takes requests and never answers (each hangs until the timeout)
    const timeline: Array<[number, () => Promise<void>]> = [
      [3_000, () => proxy.outage('refuse')],
      [8_000, () => proxy.outage('hang')],
      [13_000, () => proxy.outage(null)],
    ];
    const started = performance.now();
    let sent = 0;
    const keys = new Set<string>();
    for (let i = 0; i < RATE * SECONDS; i++) {
      while (timeline.length && performance.now() - started >= timeline[0][0]) await timeline.shift()![1]();
      const key = client.enqueue({ ...example, agent_id: AGENT, metadata: { seq: i } });
      if (key) {
        sent++;
        keys.add(key);
      }
      const due = started + ((i + 1) * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
    }
    for (const [, step] of timeline) await step();
    const result = await client.shutdown();

    const row = await server.db.get<{ rows: number; distinct_seq: number }>(
      'select count(*) as rows, count(distinct metadata) as distinct_seq from events where agent_id = ?',
      [AGENT],
    );
    const stored = Number(row?.rows);
    const duplicates = stored - Number(row?.distinct_seq);
    const batches = proxy.seen.filter((r) => r.path === '/v1/track/batch').length;
    console.log(
      `outage run: sent ${sent}, acknowledged ${client.stats.delivered}, stored ${stored}, duplicates ${duplicates}; ` +
        `${batches} batch requests, ${client.stats.retried} retried, shutdown ${JSON.stringify(result)}, ${warnings.length} warning(s)`,
    );
    expect(sent).toBe(RATE * SECONDS);
    expect(keys.size).toBe(sent);
    expect(failures).toEqual([]);
    expect(result).toMatchObject({ failed: 0, remaining: 0 });
    expect(client.stats).toMatchObject({ queued: 0, inFlight: 0, delivered: sent, failed: 0, dropped: 0 });
    expect(stored).toBe(sent);
    expect(duplicates).toBe(0);
    expect(client.stats.retried).toBeGreaterThan(0); // the outage was felt
    expect(warnings.length).toBeLessThanOrEqual(3); // once per failure episode, not per event or per attempt
  });
});
