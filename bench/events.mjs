// Events list latency over many stored events, on SQLite and (with BENCH_PG_URL or HUMANHOURS_TEST_PG_URL)
// PostgreSQL: p50 of a first page (limit 100, period 30d, newest first) with no filter and with each single filter,
// against a floor (GET /v1/org) measured in the same run. Events are written straight into the server's database
// (bench/reports.mjs's seed and targets, BENCH_KEEP included), as in the reports benchmark.
import { BENCH_KEY, keep, loadAverage, printTable } from './lib.mjs';
import { eachSeeded } from './reports.mjs';

const FILTERS = [
  ['none', ''],
  ['agent_id', '&agent_id=agent-7'],
  ['task_type', '&task_type=crm_update'],
  ['client', '&client=client-3'],
  ['model', '&model=model-2'],
  ['outcome=failure', '&outcome=failure'],
  ['outcome=needs_review', '&outcome=needs_review'],
  ['review=pending', '&review=pending'],
  ['metadata.team', '&metadata.team=team-3'],
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
  const rows = [];
  await eachSeeded('events', sizes, async ({ database, server, size, seedSeconds }) => {
    const measured = [];
    for (const [filter, query] of FILTERS) {
      const url = `${server.url}/v1/events?period=30d&limit=100${query}`;
      await p50(url, 3); // warm
      measured.push({ filter, ...(await p50(url, samples)), load: loadAverage() });
    }
    // The floor after the pages, once the seed's writes have settled: an authenticated request that reads one row.
    await p50(`${server.url}/v1/org`, 3);
    const floor = (await p50(`${server.url}/v1/org`, samples)).p50ms;
    for (const { filter, p50ms, rows: page, load } of measured) {
      const ratio = Math.round((p50ms / floor) * 10) / 10;
      rows.push({ database, events: size, seedSeconds, filter, page, p50ms, floorMs: floor, ratio, load });
    }
    console.log(`${database} ${size} events: ${measured.map((m) => `${m.filter} ${m.p50ms} ms`).join(', ')}`);
  });
  printTable('events list: first page p50 (sequential requests)', rows);
  keep('events', rows);
  return rows;
}
