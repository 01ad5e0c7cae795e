// Ingest throughput on loopback: single events (POST /v1/track) and batches (POST /v1/track/batch).
import autocannon from 'autocannon';
import { BENCH_KEY, keep, printTable, startServer } from './lib.mjs';

const body = JSON.stringify({
  agent_id: 'bench',
  task_type: 'email_classification',
  outcome: 'success',
  agent_duration_seconds: 4,
  metadata: { client: 'acme' },
});
const batchSize = 100;
const batchBody = JSON.stringify({ events: Array.from({ length: batchSize }, () => JSON.parse(body)) });

export async function ingest({ seconds = Number(process.env.BENCH_SECONDS ?? 15), connections = 50 } = {}) {
  const server = await startServer();
  const headers = { authorization: `Bearer ${BENCH_KEY}`, 'content-type': 'application/json' };
  try {
    await autocannon({ url: `${server.url}/v1/track`, method: 'POST', body, headers, connections: 10, duration: 3 });
    // Each request gets its own Idempotency-Key, as the SDK sends them.
    let n = 0;
    const single = await autocannon({
      url: `${server.url}/v1/track`,
      method: 'POST',
      headers,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => ({ ...req, body, headers: { ...headers, 'idempotency-key': `bench-${process.pid}-${n++}` } }),
        },
      ],
    });
    const batch = await autocannon({
      url: `${server.url}/v1/track/batch`,
      method: 'POST',
      body: batchBody,
      headers,
      connections: 4,
      duration: seconds,
    });
    const figures = {
      single: {
        requestsPerSecond: Math.round(single.requests.average),
        p50ms: single.latency.p50,
        p99ms: single.latency.p99,
        errors: single.errors + single.non2xx,
      },
      batch: {
        eventsPerSecond: Math.round(batch.requests.average * batchSize),
        batchSize,
        p50ms: batch.latency.p50,
        p99ms: batch.latency.p99,
        errors: batch.errors + batch.non2xx,
      },
    };
    printTable(`ingest: ${connections} connections, ${seconds} s, SQLite`, [
      { scenario: 'POST /v1/track', ...figures.single },
      { scenario: `POST /v1/track/batch (${batchSize})`, ...figures.batch },
    ]);
    keep('ingest', figures);
    return figures;
  } finally {
    await server.stop();
  }
}
