// Events list latency over many stored events (SQLite): p50 of a first page (limit 100, period 30d, newest first)
// with no filter and with each single filter, against a floor (GET /v1/org) measured in the same run.
// Events are written straight into the server's database (bench/reports.mjs's seed), as in the reports benchmark.
import { BENCH_KEY, keep, printTable, startServer } from './lib.mjs';
import { seedSqlite as seed } from './reports.mjs';

const FILTERS = [
  ['none', ''],
  ['agent_id', '&agent_id=agent-7'],
  ['task_type', '&task_type=crm_update'],
  ['client', '&client=client-3'],
  ['model', '&model=model-2'],
  ['outcome=failure', '&outcome=failure'],
  ['review=pending', '&review=pending'],
];

async function p50(url, samples) {
  const times = [];
  let count = 0;
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { authorization: `Bearer ${BENCH_KEY}` } }).catch(() =>
      fetch(url, { headers: { authorization: `Bearer ${BENCH_KEY}`, connection: 'close' } }),
    );
    const body = await res.json();
    if (!res.ok) throw new Error(`${res.status} from ${url}: ${JSON.stringify(body)}`);
    count = body.data?.length ?? 0;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50ms: Math.round(times[Math.floor(times.length / 2)] * 10) / 10, rows: count };
}

export async function events({ sizes = (process.env.BENCH_EVENTS ?? '1000000').split(',').map(Number), samples = 30 } = {}) {
  const server = await startServer();
  try {
    const org = await (await fetch(`${server.url}/v1/org`, { headers: { authorization: `Bearer ${BENCH_KEY}` } })).json();
    const rows = [];
    let stored = 0;
    for (const size of sizes) {
      const t0 = performance.now();
      seed(server.databasePath, org.id, size - stored, stored, { rollups: false });
      stored = size;
      const seedSeconds = Math.round((performance.now() - t0) / 100) / 10;
      const measured = [];
      for (const [filter, query] of FILTERS) {
        const url = `${server.url}/v1/events?period=30d&limit=100${query}`;
        await p50(url, 3); // warm
        measured.push({ filter, ...(await p50(url, samples)) });
      }
      // The floor after the pages, once the seed's writes have settled: an authenticated request that reads one row.
      await p50(`${server.url}/v1/org`, 3);
      const floor = (await p50(`${server.url}/v1/org`, samples)).p50ms;
      for (const { filter, p50ms, rows: page } of measured) {
        rows.push({ events: size, seedSeconds, filter, page, p50ms, floorMs: floor, ratio: Math.round((p50ms / floor) * 10) / 10 });
      }
    }
    printTable('events list: first page p50 (SQLite, sequential requests)', rows);
    keep('events', rows);
    return rows;
  } finally {
    await server.stop();
  }
}
