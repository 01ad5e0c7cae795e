// PostgreSQL's ingest store: group commit over pg's own pool. What arrives while a flush runs waits for the next
// flush. Every statement binds whole columns as arrays (`unnest`) and is prepared once per connection.
//   - Without a hard cap (every paid plan: overage is billed), nothing is ever refused, so the flush is ONE statement,
//     its own transaction and one round trip: WRITE claims every key (or takes it over when expired), counts the
//     month with one upsert of the flush's total, inserts the new events and touches each rollup row and agent row
//     once with pre-aggregated sums; the keys others hold come back with their request hash and response.
//   - With one, a transaction of two: CLAIM the keys, then RECORD: the org_usage row locked last (FOR UPDATE), the
//     flush's new events granted within the cap in order, the rest refused with their keys released.
// The settings guard (see orgs/settings-lock.ts): WRITE locks the flush's org rows FOR SHARE and keeps only the events
// valued in the currency each org has then (PostgreSQL re-reads a row it had to wait for); the others come back as
// stale and are valued again by the caller. The transactions of several statements lock the org rows first.
// A rollup row whose sums would pass MAX_EXACT_SUM fails the set-based statement: the calls then run on their own,
// and the one that carries the event runs ingestSteps, which refuses just that event (422), as SQLite does.
// Keys held by others are answered by `takenKeyAnswer`, refusals by `quotaExceeded`, rows built by ingest-plan's
// functions: the same definitions `ingestSteps` uses. The hot rows are locked by one statement and held until its
// commit, never across a round trip. A flush that fails is rolled back and its calls run again each on its own, so
// one call's failure never undoes another's; a deadlock or serialization failure runs the flush again.
import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { AGENT_SEEN } from '../agents/agent.repository.js';
import { pgTransaction, retriedOnConflict } from '../db/pg-transaction.js';
import { LOCK_ORGS_FOR_INGEST } from '../orgs/settings-lock.js';
import { ROLLUP_COLUMNS } from '../reports/summed-metrics.js';
import type { OrgOutbox } from '../webhooks/subscriptions.js';
import { EVENT_FIELDS, eventValues, type PgType } from './event-row.js';
import {
  addRollupSums,
  claimValues,
  dailyClientModelRollupKey,
  dailyRollupKey,
  type IngestResult,
  type IngestStore,
  ingestSteps,
  type PendingCall,
  type Quota,
  quotaExceeded,
  ROLLUPS,
  rollupKey,
  rollupSums,
  rollupSumsInRange,
  type Sql,
  type SqlResult,
  staleSettings,
  takenKeyAnswer,
  webhookRows,
} from './ingest-plan.js';
import type { PreparedEvent } from './prepare.js';

/** Events per flush at most: bounds one statement's size; more wait for the next flush. */
const FLUSH_EVENTS = 2_000;
const RETRIES = 5;

type Column = readonly [name: string, type: PgType];
const unnest = (columns: readonly Column[], from = 1) =>
  `unnest(${columns.map(([, t], i) => `$${i + from}::${t}[]`).join(', ')}) with ordinality as i(${columns.map(([c]) => c).join(', ')}, ord)`;

const CLAIM_COLUMNS: Column[] = [
  ['org_id', 'text'],
  ['key', 'text'],
  ['request_hash', 'text'],
  ['event_id', 'text'],
  ['response', 'text'],
  ['created_at', 'int8'],
  ['expired_before', 'int8'],
];
// `current`: the holder's row as this statement's snapshot saw it. A row claimed or taken over by a transaction that
// committed after that snapshot is not in it (or is its expired former self): read again, by a statement of its own.
/** Claims the keys of `i`'s rows that carry one (or takes them over when expired). */
const CLAIMS = `claimed as (
  insert into idempotency_keys (org_id, key, request_hash, event_id, response, created_at)
  select org_id, key, request_hash, event_id, response, created_at from i where key is not null order by org_id, key
  on conflict (org_id, key) do nothing
  returning org_id, key
),
taken as (
  update idempotency_keys k set request_hash = i.request_hash, event_id = i.event_id, response = i.response, created_at = i.created_at
  from i where k.org_id = i.org_id and k.key = i.key and k.created_at < i.expired_before
  returning k.org_id, k.key
)`;
const CLAIM_ANSWERS = `select i.ord, (c.key is not null or t.key is not null) as claimed, k.request_hash, k.response,
  coalesce(k.created_at >= i.expired_before, false) as current, false as stale
from i
left join claimed c on c.org_id = i.org_id and c.key = i.key
left join taken t on t.org_id = i.org_id and t.key = i.key
left join idempotency_keys k on k.org_id = i.org_id and k.key = i.key
where i.key is not null`;
const CLAIM_SQL = `with i as (select * from ${unnest(CLAIM_COLUMNS)}),
${CLAIMS}
${CLAIM_ANSWERS}`;

const HOLDERS_SQL = `select i.ord, k.request_hash, k.response, coalesce(k.created_at >= i.expired_before, false) as current
from ${unnest([CLAIM_COLUMNS[0], CLAIM_COLUMNS[1], CLAIM_COLUMNS[6]])} left join idempotency_keys k on k.org_id = i.org_id and k.key = i.key`;

const MONTH_COLUMNS: Column[] = [
  ['org_id', 'text'],
  ['month', 'text'],
  ['n', 'int8'],
  ['cap', 'int8'],
];
const hourlyKeys = ROLLUPS.hourly.keys.map((k) => `h_${k}`);
const dailyKeys = ROLLUPS.daily.keys.map((k) => `d_${k}`);
const clientModelKeys = ROLLUPS.dailyClientModel.keys.map((k) => `c_${k}`);
const sums = ROLLUP_COLUMNS.map((s) => `s_${s}`);
const RECORD_COLUMNS: Column[] = [
  ['m_org_id', 'text'],
  ['m_month', 'text'],
  ['rank', 'int8'],
  ['key', 'text'],
  ...EVENT_FIELDS.map(([c, t]): Column => [c, t]),
  ...hourlyKeys.map((k): Column => [k, k === 'h_hour' ? 'int8' : 'text']),
  ...dailyKeys.map((k): Column => [k, k === 'd_day' ? 'int8' : 'text']),
  ...clientModelKeys.map((k): Column => [k, k === 'c_day' ? 'int8' : 'text']),
  ...sums.map((s): Column => [s, 'int8']),
];
/** The message a set-based statement fails with when a rollup row would pass MAX_EXACT_SUM. */
const SUM_OUT_OF_RANGE = 'hh_rollup_sum_out_of_range';
// Within the bound, the sums added; past it, a cast that fails (22P02) and so fails the whole statement. The cast
// reads a column, so the planner cannot fold it away in advance.
const boundedRollupSums = (table: string) =>
  ROLLUP_COLUMNS.map((c) =>
    c === 'events'
      ? `events = case when ${rollupSumsInRange(table)} then ${table}.events + excluded.events
          else ('${SUM_OUT_OF_RANGE}:' || excluded.events)::int8 end`
      : `${c} = ${table}.${c} + excluded.${c}`,
  ).join(', ');
const rollupFrom = ({ table, keys }: { table: string; keys: readonly string[] }, prefixed: string[], bounded = false) =>
  `insert into ${table} (${[...keys, ...ROLLUP_COLUMNS].join(', ')})
  select ${prefixed.join(', ')}, ${sums.map((s) => `sum(${s})`).join(', ')} from counted
  group by ${prefixed.join(', ')} order by ${prefixed.join(', ')}
  on conflict (${keys.join(', ')}) do update set ${bounded ? boundedRollupSums(table) : addRollupSums(table)}`;
const isSumOutOfRange = (error: unknown) =>
  (error as { code?: string }).code === '22P02' && String((error as Error).message).includes(SUM_OUT_OF_RANGE);
// Months are opened (a row of 0) before the flush, so `current` finds every one. FOR UPDATE re-reads a row another
// transaction changed since this statement's snapshot, and the UPDATE adds to that same latest version: the cap is
// exact under any concurrency. Rows are locked in key order, so two flushes never wait on each other in a circle.
// The granted events (`counted`) written: inserted, and each rollup row and agent row touched once, pre-aggregated.
const WRITES = `stored as (insert into events (${EVENT_FIELDS.map(([c]) => c).join(', ')}) select ${EVENT_FIELDS.map(([c]) => c).join(', ')} from counted),
hourly as (${rollupFrom(ROLLUPS.hourly, hourlyKeys)}),
daily as (${rollupFrom(ROLLUPS.daily, dailyKeys, true)}),
client_model as (${rollupFrom(ROLLUPS.dailyClientModel, clientModelKeys, true)}),
seen as (
  insert into agents (org_id, agent_id, display_name, hourly_rate_override_minor, event_count, first_seen_at, last_seen_at)
  select org_id, agent_id, null, null, count(*), min(received_at), max(received_at) from counted
  group by org_id, agent_id order by org_id, agent_id
  ${AGENT_SEEN}
)`;
const RECORD_SQL = `with m as (select * from ${unnest(MONTH_COLUMNS)}),
current as (
  select u.org_id, u.month, u.events from org_usage u join m on m.org_id = u.org_id and m.month = u.month
  order by u.org_id, u.month for update of u
),
granted as (
  select m.org_id, m.month, case when m.cap is null then m.n else least(m.n, greatest(m.cap - c.events, 0)) end as granted
  from m join current c on c.org_id = m.org_id and c.month = m.month
),
counting as (
  update org_usage u set events = u.events + g.granted from granted g
  where u.org_id = g.org_id and u.month = g.month and g.granted > 0
),
i as (select * from ${unnest(RECORD_COLUMNS, MONTH_COLUMNS.length + 1)}),
counted as (select i.* from i join granted g on g.org_id = i.m_org_id and g.month = i.m_month where i.rank <= g.granted),
released as (
  delete from idempotency_keys k using i join granted g on g.org_id = i.m_org_id and g.month = i.m_month
  where i.rank > g.granted and i.key is not null and k.org_id = i.org_id and k.key = i.key
),
${WRITES}
select org_id, month, granted from granted`;

// Without a hard cap nothing is ever refused, so nothing claimed is ever released: the whole flush is one statement
// (its own transaction, one round trip). The month's row is counted by one upsert of the flush's total.
const WRITE_COLUMNS: Column[] = [...RECORD_COLUMNS, ...CLAIM_COLUMNS.filter(([c]) => !RECORD_COLUMNS.some(([r]) => r === c))];
// \`ok\`: the orgs' rows locked shared (until commit) and their currency as it is then: a row a currency change holds
// is waited for and read again. Only events valued in that currency (\`i\`) are written; the rest answer \`stale\`.
// \`i\` is a left join on the org and a filter the planner cannot see into, on purpose: an inner join on (org, currency)
// is estimated at a handful of rows whatever the flush's size, and each later join over the flush's rows (claimed,
// taken, the answers) then becomes a nested loop, quadratic in the flush: 4 million comparisons, a second, for 2,000
// events. This way the estimate is half of \`given\`, and those joins hash or merge.
const WRITE_SQL = `with given as (select * from ${unnest(WRITE_COLUMNS)}),
ok as (select o.id, o.currency from orgs o where o.id in (select org_id from given) order by o.id for share of o),
i as (select given.* from given left join ok on ok.id = given.org_id where coalesce(ok.currency = given.currency, false)),
${CLAIMS},
counted as (
  select i.* from i
  left join claimed c on c.org_id = i.org_id and c.key = i.key
  left join taken t on t.org_id = i.org_id and t.key = i.key
  where i.key is null or c.key is not null or t.key is not null
),
counting as (
  insert into org_usage (org_id, month, events) select m_org_id, m_month, count(*) from counted
  group by m_org_id, m_month order by m_org_id, m_month
  on conflict (org_id, month) do update set events = org_usage.events + excluded.events
),
${WRITES}
${CLAIM_ANSWERS}
union all
select given.ord, false, null, null, false, true from given where given.ord not in (select ord from i)`;

// Webhooks: for a flush holding events of orgs with subscribed endpoints (only then), a variant of the same statement
// also writes their outbox rows, so the event and its webhook commit together, still in one round trip. A row is
// written when its event was counted; an `agent.first_event` row (o_first = 1) only for the first event of the flush
// for an agent whose count is now exactly the flush's (none before it: `seen` returns the count after its upsert,
// under the agent row's lock). next_attempt_at 0: due at once (see outboxParams).
const OUTBOX_COLUMNS: Column[] = [
  ['o_event', 'text'],
  ['o_first', 'int8'],
  ['o_id', 'text'],
  ['o_org_id', 'text'],
  ['o_webhook_id', 'text'],
  ['o_event_id', 'text'],
  ['o_event_type', 'text'],
  ['o_payload', 'text'],
  ['o_created_at', 'int8'],
];
const outboxWrites = (from: number) => `${WRITES.replace(/\)$/, '  returning org_id, agent_id, event_count\n)')},
o as (select * from ${unnest(OUTBOX_COLUMNS, from)}),
webhooks as (
  insert into webhook_deliveries (id, org_id, webhook_id, event_id, event_type, payload, status, attempts, next_attempt_at, created_at)
  select o.o_id, o.o_org_id, o.o_webhook_id, o.o_event_id, o.o_event_type, o.o_payload, 'pending', 0, 0, o.o_created_at
  from o join counted c on c.event_id = o.o_event
  where o.o_first = 0 or (
    c.ord = (select min(f.ord) from counted f where f.org_id = c.org_id and f.agent_id = c.agent_id)
    and exists (select 1 from seen s where s.org_id = c.org_id and s.agent_id = c.agent_id
      and s.event_count = (select count(*) from counted f where f.org_id = c.org_id and f.agent_id = c.agent_id)))
)`;
const withOutbox = (sql: string, tail: string, from: number) => {
  if (!sql.includes(`${WRITES}\n${tail}`)) throw new Error('the ingest statement changed shape: wire its outbox variant again');
  return sql.replace(`${WRITES}\n${tail}`, `${outboxWrites(from)}\n${tail}`);
};
const WRITE_OUTBOX_SQL = withOutbox(WRITE_SQL, CLAIM_ANSWERS, WRITE_COLUMNS.length + 1);
const RECORD_OUTBOX_SQL = withOutbox(
  RECORD_SQL,
  'select org_id, month, granted from granted',
  MONTH_COLUMNS.length + RECORD_COLUMNS.length + 1,
);

/** The flush's outbox rows as OUTBOX_COLUMNS (none for orgs without endpoints). */
function outboxColumns(entries: Entry[]): unknown[][] | null {
  const rows: unknown[][] = [];
  for (const e of entries) {
    if (!e.call.outbox) continue;
    const { created, firstOfAgent } = webhookRows(e.call.outbox, e.item.row, e.claim.response, e.call.now);
    for (const [first, list] of [
      [0, created],
      [1, firstOfAgent],
    ] as const)
      for (const r of list) rows.push([e.item.row.eventId, first, r.id, r.orgId, r.webhookId, r.eventId, r.type, r.payload, r.createdAt]);
  }
  return rows.length ? columnsOf(rows, OUTBOX_COLUMNS.length) : null;
}

const OPEN_MONTHS_SQL = `insert into org_usage (org_id, month, events) select org_id, month, 0 from ${unnest(MONTH_COLUMNS.slice(0, 2))}
  on conflict (org_id, month) do nothing`;

/** `?` placeholders (ingest-plan's statements) as PostgreSQL's `$n`. */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
/** A prepared statement's name: one per text, so each connection parses it once. */
const named = (text: string) => ({ name: `hh_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text });

const CLAIM = named(CLAIM_SQL);
const HOLDERS = named(HOLDERS_SQL);
const RECORD = named(RECORD_SQL);
const WRITE = named(WRITE_SQL);
const WRITE_OUTBOX = named(WRITE_OUTBOX_SQL);
const RECORD_OUTBOX = named(RECORD_OUTBOX_SQL);
const OPEN_MONTHS = named(OPEN_MONTHS_SQL);

/** One event of a flush, with what the flush found out about it so far. */
interface Entry {
  call: PendingCall;
  item: PreparedEvent;
  claim: ReturnType<typeof claimValues>;
  result?: IngestResult;
}

const monthOf = (q: Quota) => `${q.orgId}\u0000${q.month}`;
/** Columns of rows: one array per column, as `unnest` binds them. */
const columnsOf = (rows: unknown[][], width: number) => {
  const columns: unknown[][] = Array.from({ length: width }, () => []);
  for (const row of rows) for (let c = 0; c < width; c++) columns[c].push(row[c]);
  return columns;
};

export class PostgresIngestStore implements IngestStore {
  private queue: PendingCall[] = [];
  private flushing = false;
  /** Org months known to have their org_usage row. */
  private readonly openMonths = new Set<string>();

  constructor(private readonly pool: Pool) {}

  ingest(items: PreparedEvent[], quota: Quota, now = Date.now(), outbox: OrgOutbox | null = null): Promise<IngestResult[]> {
    if (items.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ items, quota, now, outbox, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  /** Flushes until the queue is empty; calls arriving meanwhile join the next flush. */
  private async drain(): Promise<void> {
    while (this.queue.length) {
      const { flush, later } = this.nextFlush();
      this.queue = later;
      await this.settle(flush);
    }
    this.flushing = false;
  }

  /**
   * The calls of the next flush, in arrival order: none repeats a key another holds (a call repeating one waits
   * for the next flush, where it finds it claimed), at most FLUSH_EVENTS events unless one call alone has more.
   */
  private nextFlush(): { flush: PendingCall[]; later: PendingCall[] } {
    const [first, ...rest] = this.queue;
    // A call repeating a key of its own is recorded alone, event by event (ingestSteps, as SQLite runs it).
    if (hasRepeatedKey(first)) return { flush: [first], later: rest };
    const keys = new Set(keysOf(first));
    const flush = [first];
    const later: PendingCall[] = [];
    let events = first.items.length;
    for (const call of rest) {
      const own = keysOf(call);
      if (events + call.items.length > FLUSH_EVENTS || hasRepeatedKey(call) || own.some((k) => keys.has(k))) {
        later.push(call);
        continue;
      }
      for (const k of own) keys.add(k);
      events += call.items.length;
      flush.push(call);
    }
    return { flush, later };
  }

  /** Runs a flush and answers its calls; on failure each call runs on its own, so it fails alone if at all. */
  private async settle(calls: PendingCall[], stepwise = false): Promise<void> {
    try {
      const results = await this.run(calls, stepwise);
      calls.forEach((call, i) => {
        call.resolve(results[i]);
      });
    } catch (error) {
      if (calls.length > 1) {
        for (const call of calls) await this.settle([call]);
      } else if (!stepwise && isSumOutOfRange(error)) {
        await this.settle(calls, true); // event by event: ingestSteps refuses just the event past the bound
      } else {
        calls[0].reject(error);
      }
    }
  }

  private async run(calls: PendingCall[], stepwise: boolean): Promise<IngestResult[][]> {
    const byStep = calls.length === 1 && (stepwise || hasRepeatedKey(calls[0]));
    if (!byStep && calls.every((c) => c.quota.cap === null)) return this.retried(() => this.write(calls));
    await this.openMonthsOf(calls);
    return this.retried(() =>
      pgTransaction(this.pool, async (client) => {
        // Before anything else: the orgs' currencies can no longer change until this commits (settings-lock.ts).
        const currencies = await lockOrgs(client, calls);
        return byStep ? [await this.stepByStep(client, calls[0])] : await this.flush(client, calls, currencies);
      }),
    );
  }

  /** Runs a flush again (it was rolled back whole) after a deadlock or a serialization failure. */
  private retried<T>(flush: () => Promise<T>): Promise<T> {
    return retriedOnConflict(flush, RETRIES);
  }

  /** A flush without hard caps: WRITE, one statement. */
  private async write(calls: PendingCall[]): Promise<IngestResult[][]> {
    const entries = entriesOf(calls);
    await this.claimKeys(
      entries,
      async (open) => {
        const rows = open.map((e) => [...recordRow(e, 0), e.claim.requestHash, e.claim.response, e.claim.createdAt, e.claim.expiredBefore]);
        const outbox = outboxColumns(open);
        const values = columnsOf(rows, WRITE_COLUMNS.length);
        const answers = (await this.pool.query(outbox ? { ...WRITE_OUTBOX, values: [...values, ...outbox] } : { ...WRITE, values })).rows;
        const stale = new Set(answers.filter((a) => a.stale).map((a) => Number(a.ord)));
        open.forEach((e, i) => {
          if (stale.has(i + 1)) e.result = staleSettings();
          else if (e.item.idempotencyKey === null) e.result = created(e);
        });
        return answers.filter((a) => !a.stale);
      },
      (e) => {
        e.result = created(e);
      },
      (query) => this.pool.query(query),
    );
    return resultsOf(calls, entries);
  }

  private async openMonthsOf(calls: PendingCall[]): Promise<void> {
    const missing = new Map<string, Quota>();
    for (const { quota } of calls) if (!this.openMonths.has(monthOf(quota))) missing.set(monthOf(quota), quota);
    if (missing.size === 0) return;
    const quotas = [...missing.values()];
    await this.pool.query({ ...OPEN_MONTHS, values: [quotas.map((q) => q.orgId), quotas.map((q) => q.month)] });
    for (const key of missing.keys()) this.openMonths.add(key);
  }

  /** A flush with hard caps: CLAIM, then RECORD, in the caller's transaction. */
  private async flush(client: PoolClient, calls: PendingCall[], currencies: Map<string, string>): Promise<IngestResult[][]> {
    const entries = entriesOf(calls);
    for (const e of entries) if (currencies.get(e.item.row.orgId) !== e.item.row.currency) e.result = staleSettings();
    await this.claimKeys(
      entries.filter((e) => e.result === undefined && e.item.idempotencyKey !== null),
      async (open) => (await client.query({ ...CLAIM, values: columnsOf(open.map(claimRow), CLAIM_COLUMNS.length) })).rows,
      () => {},
      (query) => client.query(query),
    );
    await this.record(
      client,
      entries.filter((e) => e.result === undefined),
    );
    return resultsOf(calls, entries);
  }

  /**
   * Runs `attempt` (CLAIM or WRITE) over the entries until each key is claimed (`onClaimed`) or answered as held by
   * another request. A key held by a transaction that committed after the attempt's snapshot is read again as it is
   * now; if it is gone (its holder was refused over the quota and released it), it is free: the next pass claims it.
   */
  private async claimKeys(
    entries: Entry[],
    attempt: (open: Entry[]) => Promise<Array<Record<string, any>>>,
    onClaimed: (entry: Entry) => void,
    query: (q: { name: string; text: string; values: unknown[] }) => Promise<{ rows: Array<Record<string, any>> }>,
  ): Promise<void> {
    let open = entries;
    for (let pass = 1; open.length; pass++) {
      if (pass > RETRIES) throw new Error('idempotency keys kept changing hands while being claimed');
      const unseen: Entry[] = [];
      for (const r of await attempt(open)) {
        const entry = open[Number(r.ord) - 1];
        if (r.claimed) onClaimed(entry);
        else if (r.current) entry.result = takenKeyAnswer(entry.item, r as { request_hash: string; response: string });
        else unseen.push(entry);
      }
      if (!unseen.length) return;
      const holders = await query({
        ...HOLDERS,
        values: [...columnsOf(unseen.map(claimRow), 2), unseen.map((e) => e.claim.expiredBefore)],
      });
      open = [];
      for (const r of holders.rows) {
        const entry = unseen[Number(r.ord) - 1];
        if (r.current) entry.result = takenKeyAnswer(entry.item, r as { request_hash: string; response: string });
        else open.push(entry);
      }
    }
  }

  /** Counts the new events within each org's cap, records those granted, refuses the rest. */
  private async record(client: PoolClient, entries: Entry[]): Promise<void> {
    if (!entries.length) return;
    const months = new Map<string, { quota: Quota; n: number }>();
    const rows = entries.map((e) => {
      const month = months.get(monthOf(e.call.quota)) ?? { quota: e.call.quota, n: 0 };
      months.set(monthOf(e.call.quota), month);
      return recordRow(e, ++month.n);
    });
    // One cap per org month: the smallest any call of the flush carries (they differ only across a plan change).
    const monthRows = [...months.values()].map(({ quota, n }) => [quota.orgId, quota.month, n, capOf(entries, quota)]);
    const values = [...columnsOf(monthRows, MONTH_COLUMNS.length), ...columnsOf(rows, RECORD_COLUMNS.length)];
    const outbox = outboxColumns(entries);
    const { rows: granted } = await client.query(outbox ? { ...RECORD_OUTBOX, values: [...values, ...outbox] } : { ...RECORD, values });
    const grants = new Map(granted.map((g) => [`${g.org_id}\u0000${g.month}`, Number(g.granted)]));
    rows.forEach((row, i) => {
      const entry = entries[i];
      const grant = grants.get(monthOf(entry.call.quota));
      if (grant === undefined) {
        this.openMonths.delete(monthOf(entry.call.quota));
        throw new Error(`org_usage has no row for ${entry.call.quota.month}`);
      }
      entry.result = (row[2] as number) <= grant ? created(entry) : { status: 429, error: quotaExceeded(entry.call.quota, entry.call.now) };
    });
  }

  /** ingestSteps, statement by statement, inside the flush's transaction. */
  private async stepByStep(client: PoolClient, call: PendingCall): Promise<IngestResult[]> {
    const results: IngestResult[] = [];
    for (const item of call.items) results.push(await runSteps(client, ingestSteps(item, call.quota, call.now, call.outbox ?? null)));
    return results;
  }
}

/** Drives a plan's statements (ingest-plan's, review-plan's) one by one on a connection, inside its transaction. */
export async function runSteps<R>(client: PoolClient, steps: Generator<Sql, R, SqlResult>): Promise<R> {
  let next = steps.next();
  while (!next.done) {
    const out = await client.query(statement(next.value));
    next = steps.next({ changes: out.rowCount ?? 0, row: out.rows[0] });
  }
  return next.value;
}

const statements = new Map<string, { name: string; text: string }>();
/** An ingest-plan statement (`?` placeholders) as a named, prepared PostgreSQL query. */
function statement({ sql, params }: Sql) {
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = named(numbered(sql));
    statements.set(sql, prepared);
  }
  return { ...prepared, values: params };
}

/** Locks the calls' org rows shared (LOCK_ORGS_FOR_INGEST): each org's currency, fixed until the commit. */
async function lockOrgs(client: PoolClient, calls: PendingCall[]): Promise<Map<string, string>> {
  const orgs = [...new Set(calls.flatMap((c) => c.items.map((it) => it.row.orgId)))];
  const { rows } = await client.query({ ...named(LOCK_ORGS_FOR_INGEST), values: [orgs] });
  return new Map(rows.map((r) => [r.id as string, r.currency as string]));
}

const entriesOf = (calls: PendingCall[]): Entry[] =>
  calls.flatMap((call) => call.items.map((item) => ({ call, item, claim: claimValues(item, call.now) })));

function resultsOf(calls: PendingCall[], entries: Entry[]): IngestResult[][] {
  let next = 0;
  return calls.map((call) => call.items.map(() => entries[next++].result!));
}

const created = (e: Entry): IngestResult => ({ status: 201, response: e.claim.response });

/** An entry as RECORD_COLUMNS: its org month and rank in it (the order the cap grants in), key, event, rollup rows. */
const recordRow = (e: Entry, rank: number) => {
  const { row } = e.item;
  return [
    e.call.quota.orgId,
    e.call.quota.month,
    rank,
    e.item.idempotencyKey,
    ...eventValues(row),
    ...rollupKey(row),
    ...dailyRollupKey(row),
    ...dailyClientModelRollupKey(row),
    ...rollupSums(row),
  ];
};

const claimRow = (e: Entry) => [
  e.item.row.orgId,
  e.item.idempotencyKey,
  e.claim.requestHash,
  e.claim.eventId,
  e.claim.response,
  e.claim.createdAt,
  e.claim.expiredBefore,
];

const keysOf = (call: PendingCall) =>
  call.items.flatMap((it) => (it.idempotencyKey === null ? [] : [`${it.row.orgId}\u0000${it.idempotencyKey}`]));

function hasRepeatedKey(call: PendingCall): boolean {
  const keys = keysOf(call);
  return new Set(keys).size !== keys.length;
}

function capOf(entries: Entry[], quota: Quota): number | null {
  let cap: number | null = null;
  for (const { call } of entries) {
    if (monthOf(call.quota) !== monthOf(quota) || call.quota.cap === null) continue;
    cap = cap === null ? call.quota.cap : Math.min(cap, call.quota.cap);
  }
  return cap;
}
