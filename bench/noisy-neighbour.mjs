// One org's ingest latency with and without another org's heavy reports running beside it (issue: "no tenant can
// stall another"). Org A tracks single events at a steady rate; org B, seeded with enough events that its
// raw-fallback report (group_by=metadata.team) takes hundreds of milliseconds, keeps 20 such reports in flight.
// Quiet and noisy phases alternate; the figure is org A's ingest p99 noisy / quiet (target ≤ 2×).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_KEY, keep, median, printTable, root, startServer } from './lib.mjs';

const require = createRequire(join(root, 'apps/server/package.json'));
const ADMIN = 'bench-admin-token-0123456789abcdef';
const HEAVY = '/v1/reports/time-saved?period=30d&group_by=metadata.team';
const REPORTERS = 20;
const event = JSON.stringify({ agent_id: 'bench', task_type: 'email_classification', outcome: 'success', agent_duration_seconds: 4 });

// Org B's events, written straight into the database in one statement (its raw-fallback reports read only `events`),
// spread over the last 25 days, each with metadata {"team": "t0"…"t19"}.
const seedSql = (json) => `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
  insert into events (event_id, org_id, agent_id, task_type, outcome, occurred_at, received_at, baseline_minutes, baseline_source,
    hourly_rate_minor, currency, hours_saved_milli, cost_saved_minor, cost_source, net_saved_minor, metadata)
  select 'evt_noisy' || i, ?, 'agent-' || (i % 50), 'email_classification', 'success', ? - (cast(i as bigint) * 7919) % 2160000000,
    ? - (cast(i as bigint) * 7919) % 2160000000, 4, 'builtin', 4500, 'EUR', 67, 300, 'none', 300, ${json}
  from n`;

const targets = {
  sqlite: {
    env: () => ({}),
    seed(server, orgId, count) {
      const db = new (require('better-sqlite3'))(server.databasePath);
      try {
        db.pragma('busy_timeout = 5000');
        const now = Date.now();
        db.prepare(seedSql("json_object('team', 't' || (i % 20))")).run(count, orgId, now, now);
      } finally {
        db.close();
      }
    },
  },
  // With BENCH_PG_URL (a PostgreSQL server URL): a database of its own, dropped afterwards.
  postgresql: {
    async env() {
      const pg = require('pg');
      const name = `hh_bench_noisy_${process.pid}`;
      const admin = new pg.Client({ connectionString: process.env.BENCH_PG_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(process.env.BENCH_PG_URL);
      url.pathname = `/${name}`;
      this.url = url.toString();
      this.drop = async () => {
        const client = new pg.Client({ connectionString: process.env.BENCH_PG_URL });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      };
      return { HUMANHOURS_DATABASE_URL: this.url };
    },
    async seed(_server, orgId, count) {
      const client = new (require('pg').Client)({ connectionString: this.url });
      await client.connect();
      try {
        let n = 0;
        const sql = seedSql("jsonb_build_object('team', 't' || (i % 20))").replace(/\?/g, () => `$${++n}`);
        const now = Date.now();
        await client.query(sql, [count, orgId, now, now]);
        await client.query('analyze events');
      } finally {
        await client.end();
      }
    },
  },
};

async function timed(url, key) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0 };
}

/** Org A's tracks at a steady rate for `seconds`; with `noisy`, 20 reports of org B in flight all along. */
async function phase(server, keyB, { seconds, rate, noisy }) {
  const reports = [];
  let running = noisy;
  const loops = noisy
    ? Array.from({ length: REPORTERS }, async () => {
        while (running) reports.push(await timed(`${server.url}${HEAVY}`, keyB));
      })
    : [];
  if (noisy) await new Promise((r) => setTimeout(r, 300)); // the reports are under way before the first track
  let n = 0;
  const headers = { authorization: `Bearer ${BENCH_KEY}`, 'content-type': 'application/json' };
  const load = await autocannon({
    url: `${server.url}/v1/track`,
    connections: 10,
    overallRate: rate,
    // With a rate, autocannon "corrects" for coordinated omission with an expected interval of ceil(1 / rate) ms
    // (1 ms here, not 50), which adds dozens of made-up samples per slow answer: only the real latencies count.
    ignoreCoordinatedOmission: true,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, body: event, headers: { ...headers, 'idempotency-key': `noisy-${process.pid}-${n++}` } }),
      },
    ],
  });
  running = false;
  await Promise.all(loops);
  const ok = reports.filter((r) => r.status === 200);
  return {
    noisy,
    tracks: load['2xx'],
    // Sent but not answered within autocannon's 10 s (they count as errors too).
    trackTimeouts: load.timeouts,
    trackErrors: load.errors + load.non2xx,
    trackP50ms: load.latency.p50,
    trackP99ms: load.latency.p99,
    trackMaxMs: load.latency.max,
    reports: reports.length,
    reportErrors: reports.length - ok.length,
    reportP50ms: ok.length ? Math.round(median(ok.map((r) => r.ms))) : null,
  };
}

async function measure(kind, { seconds, rounds, rate, events }) {
  const target = targets[kind];
  const server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN, ...(await target.env()) });
  try {
    const created = await fetch(`${server.url}/v1/admin/orgs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Org B', plan: 'enterprise' }),
    }).then((r) => r.json());
    const keyB = created.api_key.secret;
    const t0 = performance.now();
    await target.seed(server, created.org.id, events);
    const seedSeconds = Math.round((performance.now() - t0) / 100) / 10;
    const alone = [];
    for (let i = 0; i < 3; i++) alone.push((await timed(`${server.url}${HEAVY}`, keyB)).ms);
    const heavyReportMs = Math.round(median(alone));
    console.log(`${kind}: org B has ${events} events (seeded in ${seedSeconds} s); its report alone takes ${heavyReportMs} ms`);
    await phase(server, keyB, { seconds: 3, rate, noisy: false }); // warm-up
    const runs = [];
    for (let round = 1; round <= rounds; round++) {
      // Alternate which phase goes first, so neither always runs on a warmer (or more tired) machine.
      for (const noisy of round % 2 ? [false, true] : [true, false]) {
        const figures = await phase(server, keyB, { seconds, rate, noisy });
        runs.push({ database: kind, round, ...figures });
        console.log(`${kind} round ${round}/${rounds} ${noisy ? 'noisy' : 'quiet'}: track p99 ${figures.trackP99ms} ms`);
      }
    }
    const med = (noisy, key) => median(runs.filter((r) => r.noisy === noisy).map((r) => r[key]));
    return {
      database: kind,
      events,
      heavyReportMs,
      quietP50ms: med(false, 'trackP50ms'),
      quietP99ms: med(false, 'trackP99ms'),
      noisyP50ms: med(true, 'trackP50ms'),
      noisyP99ms: med(true, 'trackP99ms'),
      // No track answered at all while the reports ran is an infinite ratio, not a zero one.
      p99Ratio: med(true, 'tracks') ? Math.round((med(true, 'trackP99ms') / med(false, 'trackP99ms')) * 100) / 100 : Infinity,
      reportsPerSecond: Math.round((med(true, 'reports') / seconds) * 10) / 10,
      noisyReportP50ms: med(true, 'reportP50ms'),
      errors: runs.reduce((sum, r) => sum + r.trackErrors + r.reportErrors, 0),
      runs,
    };
  } finally {
    await server.stop();
    await target.drop?.();
  }
}

export async function noisyNeighbour({
  seconds = Number(process.env.BENCH_SECONDS ?? 10),
  rounds = Number(process.env.BENCH_ROUNDS ?? 2),
  rate = 200,
  events = Number(process.env.BENCH_NOISY_EVENTS ?? 250_000),
} = {}) {
  const kinds = process.env.BENCH_PG_URL ? ['sqlite', 'postgresql'] : ['sqlite'];
  const results = [];
  for (const kind of kinds) results.push(await measure(kind, { seconds, rounds, rate, events }));
  printTable(
    `noisy-neighbour: every phase (org A: ${rate} tracks/s on 10 connections, ${seconds} s; org B: ${REPORTERS} reports in flight when noisy)`,
    results.flatMap((r) => r.runs),
  );
  printTable(
    `noisy-neighbour: org A's ingest with / without org B's reports, medians of ${rounds} rounds (target p99 ratio ≤ 2×)`,
    results.map(({ runs, ...r }) => ({ ...r, met: r.p99Ratio <= 2 })),
  );
  keep('noisy-neighbour', { seconds, rounds, rate, reporters: REPORTERS, results });
  return results;
}
