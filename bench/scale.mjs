// Several processes, measured honestly: HumanHours on one PostgreSQL (+ Redis for the shared rate limit) with one
// server process, then with two, under the same load (single events, then batches of 100; each load's connections
// split evenly between the processes, so every process gets half). Alongside the throughput it reads from /proc
// the CPU each server process, PostgreSQL's backends serving this database, and the load generator used, so the
// cost per event is visible and so is the limit: on a 2-core machine the three share two cores.
import { load } from './compare.mjs';
import { benchServices, cpuSeconds, freshPgDatabase, keep, printTable, startServer } from './lib.mjs';

const BATCH = 100;

/** CPU seconds used so far by the PostgreSQL backends connected to `database` (they are this run's: pooled, long-lived). */
async function backendCpu(client, database) {
  const { rows } = await client.query('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
  const seconds = new Map();
  for (const { pid } of rows) {
    try {
      seconds.set(pid, cpuSeconds(pid));
    } catch {} // ended meanwhile
  }
  return seconds;
}
const used = (before, after) => [...after].reduce((sum, [pid, s]) => sum + s - (before.get(pid) ?? 0), 0);

/** Runs one load split across the servers; returns the summed throughput and what each party spent. */
async function measureLoad(servers, db, { path, connections, duration, batch }) {
  const database = new URL(db.url).pathname.slice(1);
  const serverBefore = servers.map((s) => cpuSeconds(s.pid));
  const pgBefore = await backendCpu(db.client, database);
  const clientBefore = process.cpuUsage();
  const started = Date.now();
  const runs = await Promise.all(servers.map((s) => load(s.url, { path, connections: connections / servers.length, duration, batch })));
  const wall = (Date.now() - started) / 1000;
  const client = process.cpuUsage(clientBefore);
  const pgAfter = await backendCpu(db.client, database);
  const perRequest = batch ? BATCH : 1;
  const eventsPerSecond = Math.round(runs.reduce((sum, r) => sum + r.requests.average, 0) * perRequest);
  const serverCpu = servers.map((s, i) => cpuSeconds(s.pid) - serverBefore[i]);
  const pgCpu = used(pgBefore, pgAfter);
  const events = eventsPerSecond * wall;
  const perEventUs = (seconds) => Math.round((seconds / events) * 1e6 * 10) / 10;
  return {
    eventsPerSecond,
    p99ms: Math.max(...runs.map((r) => r.latency.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    // CPU as a share of one core over the load, then per event.
    serverCores: serverCpu.map((s) => Math.round((s / wall) * 100) / 100),
    postgresCores: Math.round((pgCpu / wall) * 100) / 100,
    loadGeneratorCores: Math.round(((client.user + client.system) / 1e6 / wall) * 100) / 100,
    serverUsPerEvent: perEventUs(serverCpu.reduce((a, b) => a + b, 0)),
    postgresUsPerEvent: perEventUs(pgCpu),
  };
}

/** Bytes on disk (tables with their indexes and TOAST) per stored event, and per idempotency key kept for 24 h. */
async function storage(db) {
  // events is partitioned by month: its size is its partitions' (a plain table has no partition tree: its own size).
  const size = async (table) =>
    Number(
      (
        await db.client.query(
          'select coalesce((select sum(pg_total_relation_size(relid)) from pg_partition_tree($1)), pg_total_relation_size($1)) as n',
          [table],
        )
      ).rows[0].n,
    );
  const events = await db.count('events');
  const keys = await db.count('idempotency_keys');
  return {
    eventBytes: Math.round((await size('events')) / events),
    keyBytes: Math.round((await size('idempotency_keys')) / keys),
    rollupRows: (await db.count('event_rollup')) + (await db.count('event_rollup_daily')),
  };
}

async function measure(processes, services, { seconds, connections }) {
  const db = await freshPgDatabase(services.pg);
  const env = { HUMANHOURS_DATABASE_URL: db.url, ...(services.redis ? { HUMANHOURS_REDIS_URL: services.redis } : {}) };
  const servers = [];
  try {
    for (let i = 0; i < processes; i++) servers.push(await startServer(env));
    await Promise.all(servers.map((s) => load(s.url, { path: '/v1/track', connections: 10, duration: 3 })));
    const single = await measureLoad(servers, db, { path: '/v1/track', connections, duration: seconds });
    const batch = await measureLoad(servers, db, { path: '/v1/track/batch', connections, duration: seconds, batch: true });
    return { processes, single, batch, stored: await db.count('events'), ...(await storage(db)) };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await db.drop();
  }
}

export async function scale({
  seconds = Number(process.env.BENCH_SECONDS ?? 10),
  connections = 50,
  rounds = Number(process.env.BENCH_ROUNDS ?? 3),
} = {}) {
  const services = benchServices();
  if (!services) {
    console.warn('scale: needs BENCH_PG_URL (or HUMANHOURS_TEST_PG_URL) and, for the shared rate limit, BENCH_REDIS_URL: skipped');
    return null;
  }
  const runs = [];
  for (let round = 1; round <= rounds; round++) {
    for (const processes of round % 2 ? [1, 2] : [2, 1]) {
      const r = await measure(processes, services, { seconds, connections });
      runs.push({ round, ...r });
      console.log(
        `round ${round}/${rounds}, ${processes} process(es): ${r.single.eventsPerSecond} single events/s, ${r.batch.eventsPerSecond} events/s in batches`,
      );
    }
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const rows = [];
  const figures = { seconds, connections, rounds, batchSize: BATCH, runs };
  for (const kind of ['single', 'batch']) {
    for (const processes of [1, 2]) {
      const mine = runs.filter((r) => r.processes === processes).map((r) => r[kind]);
      const round2 = (x) => Math.round(x * 100) / 100;
      const m = (key) => round2(median(mine.map((x) => x[key])));
      rows.push({
        load: kind === 'single' ? 'single events' : `batches of ${BATCH}`,
        processes,
        eventsPerSecond: m('eventsPerSecond'),
        p99ms: m('p99ms'),
        serverCores: round2(median(mine.map((x) => x.serverCores.reduce((a, b) => a + b, 0)))),
        postgresCores: m('postgresCores'),
        loadGeneratorCores: m('loadGeneratorCores'),
        serverUsPerEvent: m('serverUsPerEvent'),
        postgresUsPerEvent: m('postgresUsPerEvent'),
        errors: mine.reduce((sum, x) => sum + x.errors, 0),
      });
    }
    const [one, two] = rows.slice(-2);
    figures[kind] = { oneProcess: one, twoProcesses: two, ratio: Math.round((two.eventsPerSecond / one.eventsPerSecond) * 100) / 100 };
  }
  const last = runs.at(-1);
  figures.storage = { eventBytes: last.eventBytes, keyBytes: last.keyBytes };
  printTable(
    `scale: one vs two server processes on one PostgreSQL + Redis, medians of ${rounds} rounds (${connections} connections)`,
    rows,
  );
  console.log(`two processes / one: single ${figures.single.ratio}×, batches ${figures.batch.ratio}×`);
  console.log(`on disk: ${last.eventBytes} bytes per event, ${last.keyBytes} bytes per idempotency key (kept 24 h)`);
  keep('scale', figures);
  return figures;
}
