// Records prepared events exactly once. The steps of one event are written once, as a generator of SQL
// statements; each database drives them its own way (SQLite synchronously in one native transaction, PostgreSQL
// with awaits in one async transaction), so the two can never disagree about what "exactly once" means.
import type { Database as NativeSqlite, Statement } from 'better-sqlite3';
import type { Database } from '../db/database.js';
import { ApiError } from '../http/api-error.js';
import { eventValues, INSERT_EVENT_SQL, trackedEvent } from './event-row.js';
import type { OrgOutbox } from '../webhooks/subscriptions.js';
import type { PreparedEvent } from './prepare.js';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export type IngestResult = { status: 201 | 200; response: string } | { status: 409 | 429; error: ApiError };

/** The org's billing month and, on a hard-capped plan, how many events it may hold. */
export interface Quota {
  orgId: string;
  /** `YYYY-MM` in the org's time zone. */
  month: string;
  monthEnd: number;
  /** Null: counted, never refused (overage is billed). */
  cap: number | null;
}

interface Sql {
  sql: string;
  params: unknown[];
  /** run: how many rows changed; get: the first row. */
  mode: 'run' | 'get';
}
type SqlResult = { changes: number; row: Record<string, any> | undefined };

const CLAIM_KEY = `insert into idempotency_keys (org_id, key, request_hash, event_id, response, created_at)
  values (?, ?, ?, ?, ?, ?) on conflict (org_id, key) do nothing`;
// A key older than 24 h is free again: the first request to find it expired takes it over.
const TAKE_EXPIRED_KEY = `update idempotency_keys set request_hash = ?, event_id = ?, response = ?, created_at = ?
  where org_id = ? and key = ? and created_at < ?`;
const FIND_KEY = 'select request_hash, response from idempotency_keys where org_id = ? and key = ?';
const RELEASE_KEY = 'delete from idempotency_keys where org_id = ? and key = ?';
const OPEN_MONTH = 'insert into org_usage (org_id, month, events) values (?, ?, 0) on conflict (org_id, month) do nothing';
const COUNT_EVENT = 'update org_usage set events = events + 1 where org_id = ? and month = ?';
// The check and the count in one statement: under any concurrency, at most `cap` events get counted.
const COUNT_EVENT_WITHIN_CAP = 'update org_usage set events = events + 1 where org_id = ? and month = ? and events < ?';
const COUNT_AGENT = `insert into agents (org_id, agent_id, display_name, hourly_rate_override_minor, event_count, first_seen_at, last_seen_at)
  values (?, ?, null, null, 1, ?, ?)
  on conflict (org_id, agent_id) do update set
    event_count = agents.event_count + 1,
    first_seen_at = coalesce(agents.first_seen_at, excluded.first_seen_at),
    last_seen_at = case when agents.last_seen_at is null or excluded.last_seen_at > agents.last_seen_at
      then excluded.last_seen_at else agents.last_seen_at end`;

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** The sum columns both rollups keep (the crash test checks them against the events). */
export const ROLLUP_SUMS = [
  'events',
  'hours_saved_milli',
  'cost_saved_minor',
  'agent_cost_minor',
  'net_saved_minor',
  'tokens_in',
  'tokens_out',
  'duration_ms',
  'duration_count',
];

/** Adds one event's sums to its rollup row, creating the row on the first event of its key. */
function rollupUpsert(table: string, keys: string[]): string {
  const columns = [...keys, ...ROLLUP_SUMS];
  return `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})
    on conflict (${keys.join(', ')}) do update set ${ROLLUP_SUMS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')}`;
}

const ROLL_UP = rollupUpsert('event_rollup', ['org_id', 'hour', 'agent_id', 'task_type', 'client', 'model', 'outcome']);
const ROLL_UP_DAILY = rollupUpsert('event_rollup_daily', ['org_id', 'day', 'agent_id', 'task_type', 'outcome']);

/** The sums one event adds to a rollup row. */
function rollupSums(row: PreparedEvent['row']): unknown[] {
  return [
    1,
    row.hoursSavedMilli,
    row.costSavedMinor,
    row.agentCostMinor ?? 0,
    row.netSavedMinor,
    row.tokensIn ?? 0,
    row.tokensOut ?? 0,
    row.agentDurationMs ?? 0,
    row.agentDurationMs === null ? 0 : 1,
  ];
}

function rollupValues(row: PreparedEvent['row']): unknown[] {
  return [
    row.orgId,
    row.occurredAt - (row.occurredAt % HOUR_MS),
    row.agentId,
    row.taskType,
    row.client ?? '',
    row.model ?? '',
    row.outcome,
    ...rollupSums(row),
  ];
}

function dailyRollupValues(row: PreparedEvent['row']): unknown[] {
  return [row.orgId, row.occurredAt - (row.occurredAt % DAY_MS), row.agentId, row.taskType, row.outcome, ...rollupSums(row)];
}

export const quotaExceeded = (quota: Quota, now: number) => {
  const retryAfter = Math.max(1, Math.ceil((quota.monthEnd - now) / 1000));
  return new ApiError('quota_exceeded', `The plan's ${quota.cap} events for ${quota.month} are used up`, {
    hint: 'Upgrade the plan to keep tracking this month; the quota resets when the next billing month starts',
    headers: { 'retry-after': String(retryAfter) },
  });
};

export const keyReused = () =>
  new ApiError('idempotency_key_reused', 'This Idempotency-Key was already used for a different request in the last 24 h', {
    field: 'Idempotency-Key',
    hint: 'Use a fresh key for every logical run; reuse a key only to retry the exact same request',
  });

/**
 * The statements that record one event, deciding as they go: a replay or a conflict (which never count), a refusal
 * over the quota (which frees the key it claimed), or a new event counted in the month.
 */
function* ingestSteps(item: PreparedEvent, quota: Quota, now: number, outbox: OrgOutbox | null): Generator<Sql, IngestResult, SqlResult> {
  const { row } = item;
  const response = JSON.stringify(trackedEvent(row));
  const key = [row.orgId, item.idempotencyKey];
  if (item.idempotencyKey !== null) {
    let claimed = (yield { sql: CLAIM_KEY, params: [...key, item.requestHash, row.eventId, response, now], mode: 'run' }).changes === 1;
    if (!claimed) {
      const expiredBefore = now - IDEMPOTENCY_TTL_MS;
      const take: Sql = {
        sql: TAKE_EXPIRED_KEY,
        params: [item.requestHash, row.eventId, response, now, ...key, expiredBefore],
        mode: 'run',
      };
      claimed = (yield take).changes === 1;
    }
    if (!claimed) {
      const existing = (yield { sql: FIND_KEY, params: key, mode: 'get' }).row!;
      if (existing.request_hash !== item.requestHash) return { status: 409, error: keyReused() };
      return { status: 200, response: existing.response };
    }
  }
  const month = [quota.orgId, quota.month];
  const count: Sql =
    quota.cap === null
      ? { sql: COUNT_EVENT, params: month, mode: 'run' }
      : { sql: COUNT_EVENT_WITHIN_CAP, params: [...month, quota.cap], mode: 'run' };
  // Count first; only when nothing was counted (the month's first event, or the cap) open the month and retry.
  let counted = (yield count).changes === 1;
  if (!counted) {
    yield { sql: OPEN_MONTH, params: month, mode: 'run' };
    counted = (yield count).changes === 1;
  }
  if (!counted) {
    if (item.idempotencyKey !== null) yield { sql: RELEASE_KEY, params: key, mode: 'run' };
    return { status: 429, error: quotaExceeded(quota, now) };
  }
  yield { sql: INSERT_EVENT_SQL, params: eventValues(row), mode: 'run' };
  yield { sql: ROLL_UP, params: rollupValues(row), mode: 'run' };
  yield { sql: ROLL_UP_DAILY, params: dailyRollupValues(row), mode: 'run' };
  yield { sql: COUNT_AGENT, params: [row.orgId, row.agentId, row.receivedAt, row.receivedAt], mode: 'run' };
  if (outbox) yield* outboxSteps(outbox, row, response, now);
  return { status: 201, response };
}

/**
 * The webhook outbox rows of a new event, in its transaction (only for an org with subscribed endpoints): an
 * acknowledged event's webhook cannot be lost. The agent row was just upserted, so its count of 1 marks (under
 * the row's lock) the agent's first event.
 */
function* outboxSteps(outbox: OrgOutbox, row: PreparedEvent['row'], response: string, now: number): Generator<Sql, void, SqlResult> {
  const rows = outbox.rows('event.created', response, now);
  if (outbox.wants('agent.first_event')) {
    const agent = (yield { sql: AGENT_EVENT_COUNT, params: [row.orgId, row.agentId], mode: 'get' }).row;
    if (agent && Number(agent.event_count) === 1) {
      const data = JSON.stringify({ agent_id: row.agentId, event_id: row.eventId, occurred_at: new Date(row.occurredAt).toISOString() });
      rows.push(...outbox.rows('agent.first_event', data, now));
    }
  }
  for (const r of rows) yield { sql: r.sql, params: r.params, mode: 'run' };
}

const AGENT_EVENT_COUNT = 'select event_count from agents where org_id = ? and agent_id = ?';

export interface IngestStore {
  /** Records one org's events in one transaction, in order; one result per event; outbox rows for its webhooks. */
  ingest(items: PreparedEvent[], quota: Quota, now?: number, outbox?: OrgOutbox | null): Promise<IngestResult[]>;
}

interface PendingCall {
  items: PreparedEvent[];
  quota: Quota;
  now: number;
  outbox: OrgOutbox | null;
  resolve(results: IngestResult[]): void;
  reject(error: unknown): void;
}

/**
 * SQLite: synchronous native transactions, so nothing else can interleave with them. Calls arriving in the same
 * turn of the event loop share one commit (group commit: SQLite's cost is the commit, not the statements); each
 * call runs in a savepoint of its own, so one call's failure never undoes another's, and no call is answered
 * before the commit that holds it succeeded.
 */
export class SqliteIngestStore implements IngestStore {
  private readonly statements = new Map<string, Statement>();
  private readonly call: (call: PendingCall) => IngestResult[];
  private readonly group: (calls: PendingCall[]) => Array<IngestResult[] | { error: unknown }>;
  private queue: PendingCall[] = [];

  constructor(private readonly native: NativeSqlite) {
    this.call = native.transaction(({ items, quota, now, outbox }: PendingCall) =>
      items.map((item) => this.drive(ingestSteps(item, quota, now, outbox))),
    );
    this.group = native.transaction((calls: PendingCall[]) =>
      calls.map((call) => {
        try {
          return this.call(call); // nested: a savepoint
        } catch (error) {
          return { error };
        }
      }),
    );
  }

  ingest(items: PreparedEvent[], quota: Quota, now = Date.now(), outbox: OrgOutbox | null = null): Promise<IngestResult[]> {
    return new Promise((resolve, reject) => {
      if (this.queue.push({ items, quota, now, outbox, resolve, reject }) === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    // The ORM shares this connection; if it is inside a transaction (awaiting between statements), let it finish
    // first rather than joining it: our writes must commit on their own.
    while (this.native.inTransaction) await new Promise((resolve) => setImmediate(resolve));
    const calls = this.queue;
    this.queue = [];
    let outcomes: Array<IngestResult[] | { error: unknown }>;
    try {
      outcomes = this.group(calls);
    } catch (error) {
      for (const call of calls) call.reject(error);
      return;
    }
    calls.forEach((call, i) => {
      const outcome = outcomes[i];
      if ('error' in outcome) call.reject(outcome.error);
      else call.resolve(outcome);
    });
  }

  private drive(steps: Generator<Sql, IngestResult, SqlResult>): IngestResult {
    let next = steps.next();
    while (!next.done) next = steps.next(this.execute(next.value));
    return next.value;
  }

  private execute({ sql, params, mode }: Sql): SqlResult {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.native.prepare(sql);
      this.statements.set(sql, statement);
    }
    if (mode === 'get') return { changes: 0, row: statement.get(...params) as Record<string, any> | undefined };
    return { changes: statement.run(...params).changes, row: undefined };
  }
}

/** PostgreSQL: one transaction per call; concurrent claims of one key wait on its row, so exactly one wins. */
export class PostgresIngestStore implements IngestStore {
  constructor(private readonly db: Database) {}

  async ingest(items: PreparedEvent[], quota: Quota, now = Date.now(), outbox: OrgOutbox | null = null): Promise<IngestResult[]> {
    const connection = this.db.orm.em.getConnection() as any;
    return connection.transactional(async (trx: unknown) => {
      const results: IngestResult[] = [];
      for (const item of items) {
        const steps = ingestSteps(item, quota, now, outbox);
        let next = steps.next();
        while (!next.done) {
          const { sql, params, mode } = next.value;
          const out = await connection.execute(sql, params, mode, trx);
          next = steps.next(mode === 'get' ? { changes: 0, row: out } : { changes: Number(out.affectedRows ?? 0), row: undefined });
        }
        results.push(next.value);
      }
      return results;
    });
  }
}

export async function createIngestStore(db: Database): Promise<IngestStore> {
  if (db.kind === 'sqlite') return new SqliteIngestStore((await db.orm.em.getConnection().getNativeClient()) as NativeSqlite);
  return new PostgresIngestStore(db);
}

/** Injection token of the IngestStore of the configured database. */
export const INGEST_STORE = Symbol('INGEST_STORE');
