// Report latency over many stored events at 1M and 10M events, on SQLite and (with BENCH_PG_URL or
// HUMANHOURS_TEST_PG_URL) PostgreSQL: rollup-answered groupings, zone buckets, raw fallbacks (metadata, a range off
// the hour) and the summary. BENCH_DATABASES=sqlite or =postgresql runs one.
// Events are written straight into the database the server uses (with their rollup, as ingest would keep it),
// because pushing 10M events through HTTP would measure ingest, not reports.
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_KEY, benchServices, freshPgDatabase, keep, loadAverage, printTable, root, startServer } from './lib.mjs';

const require = createRequire(join(root, 'apps/server/package.json'));
const Database = require('better-sqlite3');

const HOUR = 3_600_000;
const TASKS = [
  'email_classification',
  'support_reply_draft',
  'ticket_triage',
  'crm_update',
  'lead_qualification',
  'code_review',
  'bug_triage',
  'summarize_document',
  'data_cleaning',
  'report_generation',
];

const SUMS = `count(*), sum(hours_saved_milli), sum(cost_saved_minor), sum(coalesce(agent_cost_minor, 0)), sum(net_saved_minor),
  sum(coalesce(tokens_in, 0)), sum(coalesce(tokens_out, 0)), sum(coalesce(agent_duration_ms, 0)), count(agent_duration_ms)`;
const SUM_COLUMNS =
  'events, hours_saved_milli, cost_saved_minor, agent_cost_minor, net_saved_minor, tokens_in, tokens_out, duration_ms, duration_count';
/** The rollups, exactly as the ingest path would have kept them (the statements the rollup migrations run). */
const ROLLUP_REFRESH = [
  'delete from event_rollup',
  'delete from event_rollup_daily',
  'delete from event_rollup_daily_client_model',
  `insert into event_rollup (org_id, hour, agent_id, task_type, client, model, outcome, ${SUM_COLUMNS})
    select org_id, occurred_at - (occurred_at % 3600000), agent_id, task_type, coalesce(client, ''), coalesce(model, ''), outcome, ${SUMS}
    from events group by 1, 2, 3, 4, 5, 6, 7`,
  `insert into event_rollup_daily (org_id, day, agent_id, task_type, outcome, ${SUM_COLUMNS})
    select org_id, occurred_at - (occurred_at % 86400000), agent_id, task_type, outcome, ${SUMS} from events group by 1, 2, 3, 4, 5`,
  `insert into event_rollup_daily_client_model (org_id, day, client, model, outcome, ${SUM_COLUMNS})
    select org_id, occurred_at - (occurred_at % 86400000), coalesce(client, ''), coalesce(model, ''), outcome, ${SUMS}
    from events group by 1, 2, 3, 4, 5`,
];

const SPAN = 90 * 24 * HOUR;

/**
 * When the i-th of `count` events appended from `offset` (event number n = offset + i) happened. `time` (the
 * default): the `count` events spread evenly over the last 90 days in the order they are written, as ingest
 * writes them (events arrive about when they happen), so the rows of a range sit together in the table.
 * `scattered` (BENCH_SEED_ORDER=scattered): each event at a pseudo-random time of the 90 days, so a range's rows
 * are spread over every page of the table: a worst case for raw range scans that no live history has.
 */
const seedOrder = () => process.env.BENCH_SEED_ORDER ?? 'time';

/**
 * Appends `count` events spread over the last 90 days: 50 agents doing 2–3 task types each, 20 clients, 4 models,
 * 7 `metadata.team`s, then rebuilds the rollups.
 */
export function seedSqlite(dbPath, orgId, count, offset) {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(`insert into events (event_id, org_id, agent_id, task_type, outcome, client, model, occurred_at, received_at,
    agent_duration_ms, baseline_minutes, baseline_source, hourly_rate_minor, currency, hours_saved_milli, cost_saved_minor, agent_cost_minor,
    cost_source, net_saved_minor, tokens_in, tokens_out, metadata) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 4, 'builtin', 4500, 'EUR', ?, ?, ?, 'provided', ?, ?, ?, ?)`);
  const now = Date.now();
  const scattered = seedOrder() === 'scattered';
  const chunk = db.transaction((start, end) => {
    for (let i = start; i < end; i++) {
      const n = i + offset;
      const agent = n % 50;
      const task = TASKS[(agent * 3 + (n % 3)) % TASKS.length];
      const outcome = n % 10 === 0 ? 'failure' : n % 10 === 1 ? 'needs_review' : 'success';
      const hours = outcome === 'failure' ? 0 : 40 + (n % 50);
      const cost = Math.floor((hours * 4500 + 500) / 1000);
      const agentCost = n % 7;
      const at = scattered ? now - ((n * 7919) % SPAN) : now - SPAN + Math.floor((i * SPAN) / count);
      insert.run(
        `evt_bench${String(n).padStart(21, '0')}`,
        orgId,
        `agent-${agent}`,
        task,
        outcome,
        `client-${n % 20}`,
        `model-${n % 4}`,
        at,
        at,
        4000,
        hours,
        cost,
        agentCost,
        cost - agentCost,
        1000,
        200,
        `{"team":"team-${n % 7}"}`,
      );
    }
  });
  for (let start = 0; start < count; start += 100_000) chunk(start, Math.min(count, start + 100_000));
  for (const sql of ROLLUP_REFRESH) db.exec(sql);
  db.pragma('optimize');
  db.close();
}

/** The same events on PostgreSQL, generated by the database itself (the formulas of `seedSqlite`), 1M per statement. */
async function seedPg(client, orgId, count, offset) {
  const now = Date.now();
  const at =
    seedOrder() === 'scattered'
      ? `${now}::int8 - ((n * 7919) % ${SPAN}::int8)`
      : `${now - SPAN}::int8 + ((n - ${offset}) * ${SPAN}::int8) / ${count}`;
  for (let first = offset; first < offset + count; first += 1_000_000) {
    await client.query(
      `insert into events (event_id, org_id, agent_id, task_type, outcome, client, model, occurred_at, received_at,
        agent_duration_ms, baseline_minutes, baseline_source, hourly_rate_minor, currency, hours_saved_milli, cost_saved_minor,
        agent_cost_minor, cost_source, net_saved_minor, tokens_in, tokens_out, metadata)
      select 'evt_bench' || lpad(n::text, 21, '0'), $1, 'agent-' || (n % 50), ($4::text[])[((n % 50) * 3 + n % 3) % 10 + 1], o,
        'client-' || (n % 20), 'model-' || (n % 4), at, at, 4000, 4, 'builtin', 4500, 'EUR', h, (h * 4500 + 500) / 1000, n % 7,
        'provided', (h * 4500 + 500) / 1000 - n % 7, 1000, 200, jsonb_build_object('team', 'team-' || (n % 7))
      from (select n, ${at} as at,
              case n % 10 when 0 then 'failure' when 1 then 'needs_review' else 'success' end as o,
              case when n % 10 = 0 then 0 else 40 + n % 50 end as h
            from generate_series($2::int8, $3::int8) as n) as g`,
      [orgId, first, Math.min(offset + count, first + 1_000_000) - 1, TASKS],
    );
  }
  for (const sql of ROLLUP_REFRESH) await client.query(sql);
  await client.query('vacuum analyze');
}

/**
 * Each database's server, how many events an org holds there and how to append more. With BENCH_KEEP=1 the
 * database is kept after the run and reused by the next (a SQLite file in BENCH_KEEP_DIR, default
 * <tmpdir>/hh-bench-kept; the PostgreSQL database BENCH_KEEP_PG_DATABASE, default hh_bench_kept), so 10M events
 * are seeded once for every benchmark that reads them; BENCH_KEEP=last reuses it one last time and then deletes it
 * (unless the run failed).
 */
export async function benchTarget(database, services) {
  const kept = process.env.BENCH_KEEP === '1' || process.env.BENCH_KEEP === 'last';
  const dropAfter = process.env.BENCH_KEEP !== '1';
  // A kept database may have new migrations to apply first (an index over 10M events takes minutes).
  const ready = { readyMs: kept ? 3_600_000 : 15_000 };
  if (database === 'sqlite') {
    const dir = process.env.BENCH_KEEP_DIR ?? join(tmpdir(), 'hh-bench-kept');
    if (kept) mkdirSync(dir, { recursive: true });
    const path = kept ? join(dir, 'events.db') : null;
    const server = await startServer(path ? { HUMANHOURS_DATABASE_URL: `sqlite:${path}` } : {}, ready);
    const dbPath = path ?? server.databasePath;
    return {
      server,
      stored: (orgId) => {
        const db = new Database(dbPath, { readonly: true });
        try {
          return db.prepare('select count(*) as n from events where org_id = ?').get(orgId).n;
        } finally {
          db.close();
        }
      },
      seed: async (orgId, count, offset) => seedSqlite(dbPath, orgId, count, offset),
      async stop({ failed = false } = {}) {
        await server.stop();
        if (path && dropAfter && !failed) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
      },
    };
  }
  const db = await freshPgDatabase(services.pg, kept ? { name: process.env.BENCH_KEEP_PG_DATABASE ?? 'hh_bench_kept' } : {});
  const server = await startServer({ HUMANHOURS_DATABASE_URL: db.url }, ready);
  return {
    server,
    stored: async (orgId) => Number((await db.client.query('select count(*) as n from events where org_id = $1', [orgId])).rows[0].n),
    seed: (orgId, count, offset) => seedPg(db.client, orgId, count, offset),
    async stop({ failed = false } = {}) {
      await server.stop();
      // A kept database is never dropped by a run that failed (one that found more events than it asked for, say).
      if (!kept || (dropAfter && !failed)) await db.drop();
      else await db.client.end();
    },
  };
}

/** The target's org holding `size` events: appends what is missing (none when a kept database has them already). */
export async function seedTo(target, orgId, size) {
  const stored = await target.stored(orgId);
  if (stored > size) throw new Error(`the kept database holds ${stored} events, more than ${size}: run sizes in increasing order`);
  const t0 = performance.now();
  if (stored < size) await target.seed(orgId, size - stored, stored);
  return { seededEvents: size - stored, seedSeconds: Math.round((performance.now() - t0) / 100) / 10 };
}

/** The org the bench key belongs to. */
export async function benchOrg(server) {
  return (await fetch(`${server.url}/v1/org`, { headers: { authorization: `Bearer ${BENCH_KEY}` } })).json();
}

async function latency(url, samples) {
  const times = [];
  let events = 0;
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    // A keep-alive connection left idle through a long seed may be closed under us: retry once on a fresh one.
    const res = await fetch(url, { headers: { authorization: `Bearer ${BENCH_KEY}` } }).catch(() =>
      fetch(url, { headers: { authorization: `Bearer ${BENCH_KEY}`, connection: 'close' } }),
    );
    const body = await res.json();
    // Past the report deadline (HUMANHOURS_REPORT_TIMEOUT_MS) the answer is 503 report_timeout: a figure, not a crash.
    if (res.status === 503 && body.error?.code === 'report_timeout') {
      return { p50ms: 'timeout', p95ms: 'timeout', samples: i + 1, eventsInReport: null };
    }
    if (!res.ok) throw new Error(`${res.status} from ${url}`);
    events = body.totals.events;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10;
  return { p50ms: at(0.5), p95ms: at(0.95), samples, eventsInReport: events };
}

const QUERIES = [
  ['time-saved 30d agent,task_type', 'period=30d&group_by=agent,task_type'],
  ['time-saved 90d agent,task_type', 'period=90d&group_by=agent,task_type'],
  ['time-saved 30d day (tz Berlin)', 'period=30d&group_by=day&tz=Europe/Berlin'],
  ['time-saved 90d week (tz New York)', 'period=90d&group_by=week&tz=America/New_York'],
  ['time-saved 30d client,model', 'period=30d&group_by=client,model'],
  ['time-saved 24h agent (off the hour)', 'period=24h&group_by=agent'],
  ['time-saved 30d metadata.team (raw)', 'period=30d&group_by=metadata.team'],
  ['time-saved 30d filter metadata.team (raw)', 'period=30d&group_by=agent&metadata.team=team-3'],
  ['summary 30d', 'summary?period=30d'],
  ['summary 30d (tz Berlin)', 'summary?period=30d&tz=Europe/Berlin'],
];

export async function reports({
  sizes = (process.env.BENCH_REPORT_EVENTS ?? '1000000,10000000').split(',').map(Number),
  samples = Number(process.env.BENCH_REPORT_SAMPLES ?? 40),
} = {}) {
  const rows = [];
  await eachSeeded('reports', sizes, async ({ database, server, size, seedSeconds }) => {
    for (const [name, query] of QUERIES) {
      const path = query.startsWith('summary?') ? query : `time-saved?${query}`;
      const url = `${server.url}/v1/reports/${path}`;
      const warm = await latency(url, 3);
      if (warm.p50ms === 'timeout') {
        rows.push({ database, events: size, seedSeconds, load: loadAverage(), report: name, ...warm });
        console.log(`${database} ${size} events, ${name}: past the report deadline`);
        continue;
      }
      const row = { database, events: size, seedSeconds, report: name, ...(await latency(url, samples)), load: loadAverage() };
      console.log(`${database} ${size} events, ${name}: p50 ${row.p50ms} ms, p95 ${row.p95ms} ms`);
      rows.push(row);
    }
  });
  printTable('reports latency (sequential requests)', rows);
  keep('reports', rows);
  return rows;
}

/**
 * For each database of BENCH_DATABASES (PostgreSQL only when configured) and each size in order: the server with
 * its org holding `size` events (seeded as needed), measured by `measure`; the target stopped afterwards.
 */
export async function eachSeeded(name, sizes, measure) {
  const services = benchServices();
  let databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgresql').split(',');
  if (databases.includes('postgresql') && !services) {
    console.warn(`${name}: no BENCH_PG_URL (or HUMANHOURS_TEST_PG_URL): PostgreSQL skipped`);
    databases = databases.filter((d) => d !== 'postgresql');
  }
  for (const database of databases) {
    const target = await benchTarget(database, services);
    let failed = true;
    try {
      const org = await benchOrg(target.server);
      for (const size of sizes) await measure({ database, server: target.server, size, ...(await seedTo(target, org.id, size)) });
      failed = false;
    } finally {
      await target.stop({ failed });
    }
  }
}

/**
 * `pnpm bench seed`: fills the kept databases (BENCH_KEEP, on by default here) up to the largest of BENCH_EVENTS
 * (or BENCH_REPORT_EVENTS) and measures nothing, so the long seed can run outside the bench lock.
 */
export async function seed() {
  process.env.BENCH_KEEP ??= '1';
  const sizes = (process.env.BENCH_EVENTS ?? process.env.BENCH_REPORT_EVENTS ?? '10000000').split(',').map(Number);
  await eachSeeded('seed', [Math.max(...sizes)], ({ database, seededEvents, seedSeconds }) => {
    console.log(`seed ${database}: ${seededEvents} events appended in ${seedSeconds} s (load ${loadAverage()})`);
  });
}
