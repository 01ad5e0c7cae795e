// The PostgreSQL floor: bench/floor.mjs's HTTP side (bare node:http, the same key check, validation, valuation and
// answers) on PostgreSQL through `pg`, writing as well as PostgreSQL allows:
//   - the tables are the server's own (its migrations run on the empty database first),
//   - the key is looked up once and cached (as HumanHours caches keys for 5 s),
//   - group commit: requests arriving while a flush runs wait for the next one; each flush is ONE statement (a
//     single CTE, its own transaction) with every value bound as an array (unnest), prepared once per connection,
//   - in that statement the keys are claimed with one multi-row insert, the events inserted with another, and the
//     hot rows (org_usage, the three rollups, the agent) each touched once per flush with pre-aggregated increments.
// It counts no quota (enterprise) and repeats no key within a flush (a request whose key is already in the pending
// flush waits for the next one). Run on its own: `FLOOR_PG_URL=postgres://… FLOOR_KEY=… node bench/floor-pg.mjs`.
import { timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bearerToken, DAY, EVENT_COLUMNS, floorServer, HOUR, KEY_PATTERN, SUMS, sha256 } from './floor.mjs';
import { root, spawnServer } from './lib.mjs';

const require = createRequire(join(root, 'apps/server/package.json'));

// PostgreSQL array types of the events columns, in EVENT_COLUMNS order.
const EVENT_TYPES = {
  occurred_at: 'int8',
  received_at: 'int8',
  agent_duration_ms: 'int8',
  baseline_minutes: 'float8',
  hourly_rate_minor: 'int8',
  hours_saved_milli: 'int8',
  cost_saved_minor: 'int8',
  agent_cost_minor: 'int8',
  net_saved_minor: 'int8',
  tokens_in: 'int8',
  tokens_out: 'int8',
  input_usd_per_mtok: 'float8',
  output_usd_per_mtok: 'float8',
  price_book_as_of: 'int8',
  fx_rate: 'float8',
};
const SUM_COLUMNS = SUMS.split(', ');
const typeOf = (c) => EVENT_TYPES[c] ?? 'text';

// Parameters: $1 org, $2 month, then one array per column of `input`.
const INPUT = [
  ['key', 'text'],
  ['request_hash', 'text'],
  ['response', 'text'],
  ['created_at', 'int8'],
  ...EVENT_COLUMNS.map((c) => [c, typeOf(c)]),
  ['r_hour', 'int8'],
  ['r_day', 'int8'],
  ['r_client', 'text'],
  ['r_model', 'text'],
  ...SUM_COLUMNS.map((c) => [`s_${c}`, 'int8']),
];
const sums = (table) => SUM_COLUMNS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');
const summed = SUM_COLUMNS.map((c) => `sum(s_${c})`).join(', ');
const FLUSH_SQL = `
with input as (
  select * from unnest(${INPUT.map(([, t], i) => `$${i + 3}::${t}[]`).join(', ')}) with ordinality as i(${INPUT.map(([c]) => c).join(', ')}, ord)
),
claimed as (
  insert into idempotency_keys (org_id, key, request_hash, event_id, response, created_at)
  select $1, key, request_hash, event_id, response, created_at from input where key is not null
  on conflict (org_id, key) do nothing
  returning key
),
fresh as (select * from input where key is null or key in (select key from claimed)),
usage as (
  insert into org_usage (org_id, month, events) select $1, $2, count(*) from fresh having count(*) > 0
  on conflict (org_id, month) do update set events = org_usage.events + excluded.events
),
stored as (
  insert into events (${EVENT_COLUMNS.join(', ')})
  select ${EVENT_COLUMNS.map((c) => (c === 'metadata' || c === 'audit_sample' ? `${c}::jsonb` : c)).join(', ')} from fresh
),
hourly as (
  insert into event_rollup (org_id, hour, agent_id, task_type, client, model, outcome, ${SUM_COLUMNS.join(', ')})
  select $1, r_hour, agent_id, task_type, r_client, r_model, outcome, ${summed} from fresh group by 2, 3, 4, 5, 6, 7
  on conflict (org_id, hour, agent_id, task_type, client, model, outcome) do update set ${sums('event_rollup')}
),
daily as (
  insert into event_rollup_daily (org_id, day, agent_id, task_type, outcome, ${SUM_COLUMNS.join(', ')})
  select $1, r_day, agent_id, task_type, outcome, ${summed} from fresh group by 2, 3, 4, 5
  on conflict (org_id, day, agent_id, task_type, outcome) do update set ${sums('event_rollup_daily')}
),
client_model as (
  insert into event_rollup_daily_client_model (org_id, day, client, model, outcome, ${SUM_COLUMNS.join(', ')})
  select $1, r_day, r_client, r_model, outcome, ${summed} from fresh group by 2, 3, 4, 5
  on conflict (org_id, day, client, model, outcome) do update set ${sums('event_rollup_daily_client_model')}
),
agent as (
  insert into agents (org_id, agent_id, display_name, hourly_rate_override_minor, event_count, first_seen_at, last_seen_at)
  select $1, agent_id, null, null, count(*), min(received_at), max(received_at) from fresh group by agent_id
  on conflict (org_id, agent_id) do update set event_count = agents.event_count + excluded.event_count,
    last_seen_at = greatest(agents.last_seen_at, excluded.last_seen_at)
)
select i.ord, c.key is not null as claimed, k.request_hash, k.response
from input i left join claimed c on c.key = i.key left join idempotency_keys k on c.key is null and k.org_id = $1 and k.key = i.key
where i.key is not null`;

export function createPgFloor(url, key) {
  const { Pool } = require('pg');
  // A custom plan for every flush: the generic plan PostgreSQL settles on after five executions is chosen while the
  // tables are nearly empty, and the floor then slows as they grow (3,100 → 880 single-event req/s over 15 s: a
  // plan that scans what an index would look up); planning each flush costs far less.
  const pool = new Pool({ connectionString: url, max: 2, options: '-c plan_cache_mode=force_custom_plan' });
  const orgId = 'org_FLOOR00000000000000000000';
  const parsed = KEY_PATTERN.exec(key);
  if (!parsed) throw new Error('floor: FLOOR_KEY is not a HumanHours key');
  const ready = (async () => {
    const now = Date.now();
    await pool.query(
      `insert into orgs values ($1, 'Floor', 'enterprise', 'EUR', 4500, 'UTC', 0.5, null, null, null, $2) on conflict do nothing`,
      [orgId, now],
    );
    await pool.query(`insert into api_keys values ($1, $2, 'floor', $3, $4, 'track:write', $5, null, null) on conflict do nothing`, [
      parsed[2],
      orgId,
      parsed[1],
      sha256(key),
      now,
    ]);
  })();

  let cachedKey = null;
  const authenticate = async (header) => {
    const token = bearerToken(header);
    if (!token) return null;
    const given = sha256(token);
    if (!cachedKey || Date.now() - cachedKey.at > 5000) {
      const { rows } = await pool.query('select id, org_id, secret_hash, revoked_at from api_keys where secret_hash = $1', [given]);
      cachedKey = { row: rows[0] ?? null, at: Date.now() };
    }
    const row = cachedKey.row;
    if (!row || row.revoked_at !== null) return null;
    return timingSafeEqual(Buffer.from(row.secret_hash, 'hex'), Buffer.from(given, 'hex')) ? row : null;
  };

  // Group commit: one flush in flight; what arrives meanwhile goes into the next one.
  let pending = [];
  let flushing = false;
  const record = (items, now) =>
    new Promise((resolve, reject) => {
      pending.push({ items, now, resolve, reject });
      if (!flushing) flush();
    });

  async function flush() {
    flushing = true;
    while (pending.length) {
      const keys = new Set();
      const calls = [];
      const later = [];
      for (const call of pending) {
        const mine = call.items.filter((it) => it.key !== null).map((it) => it.key);
        if (mine.some((k) => keys.has(k)) || new Set(mine).size !== mine.length) later.push(call);
        else {
          for (const k of mine) keys.add(k);
          calls.push(call);
        }
      }
      if (!calls.length) calls.push(later.shift()); // a request repeating its own key: alone (replays within it are not handled by the floor)
      pending = later;
      try {
        const results = await run(calls);
        calls.forEach((call, i) => {
          call.resolve(results[i]);
        });
      } catch (err) {
        for (const call of calls) call.reject(err);
      }
    }
    flushing = false;
  }

  async function run(calls) {
    const columns = INPUT.map(() => []);
    const at = [];
    for (const call of calls) {
      for (const it of call.items) {
        const { prepared: p, key, hash } = it;
        const [, , , , , client, model] = p.row;
        const values = [
          key,
          hash,
          p.response,
          call.now,
          ...p.row,
          p.occurredAt - (p.occurredAt % HOUR),
          p.occurredAt - (p.occurredAt % DAY),
          client ?? '',
          model ?? '',
          ...p.sums,
        ];
        values.forEach((v, i) => {
          columns[i].push(v);
        });
        at.push(it);
      }
    }
    const month = new Date(calls[0].now).toISOString().slice(0, 7);
    const { rows } = await pool.query({ name: 'floor-flush', text: FLUSH_SQL, values: [orgId, month, ...columns] });
    const byOrd = new Map(rows.map((r) => [Number(r.ord) - 1, r]));
    let i = 0;
    return calls.map((call) =>
      call.items.map((it) => {
        const r = byOrd.get(i++);
        if (!r || r.claimed) return { status: 201, body: it.prepared.response };
        return r.request_hash === it.hash ? { status: 200, body: r.response } : { status: 409 };
      }),
    );
  }

  const trackOne = async (prepared, key, hash, now) => (await record([{ prepared, key, hash }], now))[0];
  const trackMany = async (items, now) => {
    const valid = items.filter((it) => !it.error);
    const outcomes = valid.length ? await record(valid, now) : [];
    let v = 0;
    return items.map((it) => (it.error ? it : outcomes[v++]));
  };
  return { server: floorServer({ orgId, authenticate, trackOne, trackMany }), pool, ready };
}

/** Spawns the PostgreSQL floor as a child process on the given (migrated) database. Same shape as lib's startServer. */
export async function startPgFloor(key, url) {
  return spawnServer(fileURLToPath(import.meta.url), () => ({ FLOOR_PG_URL: url, FLOOR_KEY: key }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { server, pool, ready } = createPgFloor(process.env.FLOOR_PG_URL, process.env.FLOOR_KEY);
  await ready;
  server.listen(Number(process.env.PORT ?? 3100), process.env.HOST ?? '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  });
}
