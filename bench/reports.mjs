// Report latency over many stored events at 1M and 10M events (SQLite): rollup-answered groupings, zone buckets,
// a raw-fallback (metadata) grouping and the summary.
// Events are written straight into the database the server uses (with their rollup, as ingest would keep it),
// because pushing 10M events through HTTP would measure ingest, not reports.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BENCH_KEY, keep, printTable, root, startServer } from './lib.mjs';

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

/**
 * Appends `count` events spread over the last 90 days: 50 agents doing 2–3 task types each, 20 clients, 4 models
 * (then rebuilds the rollups, unless `rollups` is false: the events benchmark reads only the events).
 */
export function seed(dbPath, orgId, count, offset, { rollups = true } = {}) {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(`insert into events (event_id, org_id, agent_id, task_type, outcome, client, model, occurred_at, received_at,
    agent_duration_ms, baseline_minutes, baseline_source, hourly_rate_minor, currency, hours_saved_milli, cost_saved_minor, agent_cost_minor,
    cost_source, net_saved_minor, tokens_in, tokens_out, metadata) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 4, 'builtin', 4500, 'EUR', ?, ?, ?, 'provided', ?, ?, ?, ?)`);
  const now = Date.now();
  const chunk = db.transaction((start, end) => {
    for (let i = start; i < end; i++) {
      const n = i + offset;
      const agent = n % 50;
      const task = TASKS[(agent * 3 + (n % 3)) % TASKS.length];
      const outcome = n % 10 === 0 ? 'failure' : n % 10 === 1 ? 'needs_review' : 'success';
      const hours = outcome === 'failure' ? 0 : 40 + (n % 50);
      const cost = Math.floor((hours * 4500 + 500) / 1000);
      const agentCost = n % 7;
      const at = now - ((n * 7919) % (90 * 24 * HOUR));
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
  if (!rollups) {
    db.close();
    return 0;
  }
  // The rollup, exactly as the ingest path would have kept it (the same statement the rollup migration runs).
  db.exec('delete from event_rollup');
  db.exec('delete from event_rollup_daily');
  db.exec(`insert into event_rollup (org_id, hour, agent_id, task_type, client, model, outcome, events, hours_saved_milli,
      cost_saved_minor, agent_cost_minor, net_saved_minor, tokens_in, tokens_out, duration_ms, duration_count)
    select org_id, occurred_at - (occurred_at % 3600000), agent_id, task_type, coalesce(client, ''), coalesce(model, ''), outcome,
      count(*), sum(hours_saved_milli), sum(cost_saved_minor), sum(coalesce(agent_cost_minor, 0)), sum(net_saved_minor),
      sum(coalesce(tokens_in, 0)), sum(coalesce(tokens_out, 0)), sum(coalesce(agent_duration_ms, 0)), count(agent_duration_ms)
    from events group by 1, 2, 3, 4, 5, 6, 7`);
  db.exec(`insert into event_rollup_daily (org_id, day, agent_id, task_type, outcome, events, hours_saved_milli,
      cost_saved_minor, agent_cost_minor, net_saved_minor, tokens_in, tokens_out, duration_ms, duration_count)
    select org_id, occurred_at - (occurred_at % 86400000), agent_id, task_type, outcome,
      count(*), sum(hours_saved_milli), sum(cost_saved_minor), sum(coalesce(agent_cost_minor, 0)), sum(net_saved_minor),
      sum(coalesce(tokens_in, 0)), sum(coalesce(tokens_out, 0)), sum(coalesce(agent_duration_ms, 0)), count(agent_duration_ms)
    from events group by 1, 2, 3, 4, 5`);
  const rollupRows = db.prepare('select count(*) as n from event_rollup').get().n;
  db.close();
  return rollupRows;
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
    if (!res.ok) throw new Error(`${res.status} from ${url}`);
    events = body.totals.events;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10;
  return { p50ms: at(0.5), p95ms: at(0.95), samples, eventsInReport: events };
}

export async function reports({ sizes = (process.env.BENCH_REPORT_EVENTS ?? '1000000,10000000').split(',').map(Number) } = {}) {
  const server = await startServer();
  try {
    const org = await (await fetch(`${server.url}/v1/org`, { headers: { authorization: `Bearer ${BENCH_KEY}` } })).json();
    const dbPath = server.databasePath;
    const rows = [];
    let stored = 0;
    for (const size of sizes) {
      const t0 = performance.now();
      const rollupRows = seed(dbPath, org.id, size - stored, stored);
      stored = size;
      const seedSeconds = Math.round((performance.now() - t0) / 100) / 10;
      for (const [name, query] of [
        ['time-saved 30d agent,task_type', 'period=30d&group_by=agent,task_type'],
        ['time-saved 90d agent,task_type', 'period=90d&group_by=agent,task_type'],
        ['time-saved 30d day (tz Berlin)', 'period=30d&group_by=day&tz=Europe/Berlin'],
        ['time-saved 90d week (tz New York)', 'period=90d&group_by=week&tz=America/New_York'],
        ['time-saved 30d metadata.team (raw)', 'period=30d&group_by=metadata.team'],
        ['summary 30d', 'summary?period=30d'],
        ['summary 30d (tz Berlin)', 'summary?period=30d&tz=Europe/Berlin'],
      ]) {
        const path = query.startsWith('summary?') ? query : `time-saved?${query}`;
        const url = `${server.url}/v1/reports/${path}`;
        await latency(url, 3); // warm
        rows.push({ events: size, rollupRows, seedSeconds, report: name, ...(await latency(url, 40)) });
      }
    }
    printTable('reports latency (SQLite, sequential requests)', rows);
    keep('reports', rows);
    return rows;
  } finally {
    await server.stop();
  }
}
