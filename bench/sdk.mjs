// SDK enqueue throughput: how fast `@humanhours/sdk` (the built package) takes events with enqueue() and how fast
// the server acknowledges them through its batches, against the real server on loopback.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_KEY, keep, printTable, root, startServer } from './lib.mjs';

export async function sdk({ events = Number(process.env.BENCH_SDK_EVENTS ?? 100_000) } = {}) {
  const { HumanHours } = await import(pathToFileURL(join(root, 'packages/sdk/dist/index.js')).href);
  const server = await startServer();
  try {
    let failed = 0;
    const client = new HumanHours({
      apiKey: BENCH_KEY,
      baseUrl: server.url,
      flushAt: 500,
      flushInterval: 50,
      maxQueueSize: events,
      onError: (_error, lost) => {
        failed += lost.length;
      },
    });
    const t0 = performance.now();
    for (let i = 0; i < events; i++) {
      client.enqueue({ agent_id: `sdk-${i % 20}`, task_type: 'email_classification', outcome: 'success', agent_duration_seconds: 4 });
    }
    const enqueued = performance.now();
    await client.shutdown({ timeout: 300_000 });
    const done = performance.now();
    const stored = await (await fetch(`${server.url}/v1/reports/usage`, { headers: { authorization: `Bearer ${BENCH_KEY}` } })).json();
    const figures = {
      events,
      enqueuePerSecond: Math.round(events / ((enqueued - t0) / 1000)),
      acknowledgedPerSecond: Math.round(events / ((done - t0) / 1000)),
      seconds: Math.round((done - t0) / 100) / 10,
      failed,
      storedThisMonth: stored.events_this_month,
    };
    printTable('SDK: enqueue() then shutdown() (batches of 500 through /v1/track/batch)', [figures]);
    keep('sdk', figures);
    return figures;
  } finally {
    await server.stop();
  }
}
