// What recording an event exactly once means, written once. `ingestSteps` is the reference: the statements of one
// event, deciding as it goes (SQLite drives it synchronously; PostgreSQL drives it for the rare call that repeats a
// key of its own). PostgreSQL's group commit runs the same two decisions over a whole flush at once (see
// postgres-ingest-store.ts): both take their answers from `takenKeyAnswer` and `quotaExceeded`, their rows from
// `eventValues`, the rollup keys of `ROLLUPS` and `AGENT_SEEN`, so the two cannot disagree.
import type { Schema } from '@humanhours/contract';
import { AGENT_EVENT_COUNT, COUNT_AGENT } from '../agents/agent.repository.js';
import { ApiError } from '../core/api-error.js';
import { ORG_CURRENCY } from '../orgs/org.repository.js';
import { COUNT_EVENT, COUNT_EVENT_WITHIN_CAP, OPEN_MONTH, UNCOUNT_EVENT } from '../plans/usage.repository.js';
import { ROLLED_UP, ROLLUP_COLUMNS } from '../reports/summed-metrics.js';
import { type OrgOutbox, type OutboxRow, outboxParams } from '../webhooks/subscriptions.js';
import { INSERT_DELIVERY_SQL } from '../webhooks/webhook.repository.js';
import { type EventRow, eventValues, INSERT_EVENT_SQL, trackedEvent } from './event-row.js';
import type { PreparedEvent } from './prepare.js';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export type IngestResult = { status: 201 | 200; response: string } | { status: 409 | 422 | 429; error: ApiError; settingsChanged?: true };

/** The org's billing month and, on a hard-capped plan, how many events it may hold. */
export interface Quota {
  orgId: string;
  /** `YYYY-MM` in the org's time zone. */
  month: string;
  monthEnd: number;
  /** Null: counted, never refused (overage is billed). */
  cap: number | null;
}

export interface IngestStore {
  /**
   * Records one org's events, in order, each exactly once; one result per event, answered only once committed.
   * SQLite commits a call in one transaction; PostgreSQL too, except that an event whose key was being released by
   * a concurrent refusal is recorded by the flush's next statement (each event is still all or nothing).
   */
  ingest(items: PreparedEvent[], quota: Quota, now?: number, outbox?: OrgOutbox | null): Promise<IngestResult[]>;
}

export interface Sql {
  sql: string;
  params: unknown[];
  /** run: how many rows changed; get: the first row. */
  mode: 'run' | 'get';
}
export type SqlResult = { changes: number; row: Record<string, any> | undefined };

const CLAIM_KEY = `insert into idempotency_keys (org_id, key, request_hash, event_id, response, created_at)
  values (?, ?, ?, ?, ?, ?) on conflict (org_id, key) do nothing`;
// A key older than 24 h is free again: the first request to find it expired takes it over.
const TAKE_EXPIRED_KEY = `update idempotency_keys set request_hash = ?, event_id = ?, response = ?, created_at = ?
  where org_id = ? and key = ? and created_at < ?`;
const FIND_KEY = 'select request_hash, response from idempotency_keys where org_id = ? and key = ?';
const RELEASE_KEY = 'delete from idempotency_keys where org_id = ? and key = ?';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Each rollup's key columns, as its key function below fills them (then the sums). */
export const ROLLUPS = {
  hourly: { table: 'event_rollup', keys: ['org_id', 'hour', 'agent_id', 'task_type', 'client', 'model', 'outcome'] },
  daily: { table: 'event_rollup_daily', keys: ['org_id', 'day', 'agent_id', 'task_type', 'outcome'] },
  dailyClientModel: { table: 'event_rollup_daily_client_model', keys: ['org_id', 'day', 'client', 'model', 'outcome'] },
} as const;

/** What a rollup row gets on conflict: the new sums (one event's, or a flush's pre-aggregated ones) added. */
export const addRollupSums = (table: string) => ROLLUP_COLUMNS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');

/** The largest sum the API reads back exactly (a JSON number): see openapi.yaml, *Number limits*. */
export const MAX_EXACT_SUM = Number.MAX_SAFE_INTEGER;
/** Whether adding `excluded`'s sums keeps every sum of a rollup row within MAX_EXACT_SUM. */
export const rollupSumsInRange = (table: string) =>
  ROLLUP_COLUMNS.map((c) => `abs(${table}.${c} + excluded.${c}) <= ${MAX_EXACT_SUM}`).join(' and ');

/**
 * Adds one event's sums to its rollup row, creating the row on the first event of its key. Bounded: a sum that would
 * pass MAX_EXACT_SUM leaves the row alone (no row changes), and the event is refused.
 */
function rollupUpsert({ table, keys }: { table: string; keys: readonly string[] }, bounded: boolean): string {
  const columns = [...keys, ...ROLLUP_COLUMNS];
  return `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})
    on conflict (${keys.join(', ')}) do update set ${addRollupSums(table)}${bounded ? ` where ${rollupSumsInRange(table)}` : ''}`;
}

// Every row of the daily rollup (agent, task type, outcome) holds every hourly row of its day and key, whatever the
// client and model: bounding it bounds them, so the hourly upsert needs no bound of its own. The daily client/model
// rollup spans agents: bounded too.
const ROLL_UP = rollupUpsert(ROLLUPS.hourly, false);
const ROLL_UP_DAILY = rollupUpsert(ROLLUPS.daily, true);
const ROLL_UP_DAILY_CLIENT_MODEL = rollupUpsert(ROLLUPS.dailyClientModel, true);

export type ReviewDecision = Schema<'ReviewDecision'>;

/**
 * What an event is worth once reviewed: approved, its full credit (frozen at ingest); rejected, nothing (its agent
 * cost stays spent); not reviewed, its valuation as tracked.
 */
export function reviewedValue(row: EventRow, decision: ReviewDecision | null) {
  if (decision === null)
    return { hoursSavedMilli: row.hoursSavedMilli, costSavedMinor: row.costSavedMinor, netSavedMinor: row.netSavedMinor };
  const approved = decision === 'approved';
  const hoursSavedMilli = approved ? (row.fullCreditHoursMilli ?? row.hoursSavedMilli) : 0;
  const costSavedMinor = approved ? (row.fullCreditCostMinor ?? row.costSavedMinor) : 0;
  return { hoursSavedMilli, costSavedMinor, netSavedMinor: costSavedMinor - (row.agentCostMinor ?? 0) };
}

/**
 * The sums one event adds to a rollup row, in ROLLUP_COLUMNS order (each metric's `adds`, summed-metrics.ts): at
 * ingest (not reviewed), and after a review (the review applies the difference of the two, see
 * events/review-plan.ts). A needs_review event is pending until reviewed.
 */
export function rollupSums(row: EventRow, decision: ReviewDecision | null = null): number[] {
  const contribution = { event: row, value: reviewedValue(row, decision), pending: row.outcome === 'needs_review' && decision === null };
  return ROLLED_UP.map((m) => m.adds(contribution));
}

/** The hourly rollup's key of one event, in ROLLUPS.hourly.keys order. */
export function rollupKey(row: PreparedEvent['row']): unknown[] {
  return [
    row.orgId,
    row.occurredAt - (row.occurredAt % HOUR_MS),
    row.agentId,
    row.taskType,
    row.client ?? '',
    row.model ?? '',
    row.outcome,
  ];
}

/** The daily rollup's key of one event, in ROLLUPS.daily.keys order. */
export function dailyRollupKey(row: PreparedEvent['row']): unknown[] {
  return [row.orgId, row.occurredAt - (row.occurredAt % DAY_MS), row.agentId, row.taskType, row.outcome];
}

/** The daily client × model rollup's key of one event, in ROLLUPS.dailyClientModel.keys order. */
export function dailyClientModelRollupKey(row: PreparedEvent['row']): unknown[] {
  return [row.orgId, row.occurredAt - (row.occurredAt % DAY_MS), row.client ?? '', row.model ?? '', row.outcome];
}

export const quotaExceeded = (quota: Quota, now: number) => {
  const retryAfter = Math.max(1, Math.ceil((quota.monthEnd - now) / 1000));
  return new ApiError('quota_exceeded', `The plan's ${quota.cap} events for ${quota.month} are used up`, {
    hint: 'Upgrade the plan to keep tracking this month; the quota resets when the next billing month starts',
    headers: { 'retry-after': String(retryAfter) },
  });
};

export const sumOutOfRange = () =>
  new ApiError('value_out_of_range', `This event would push its day's sums past ${MAX_EXACT_SUM}, beyond what reports add up exactly`, {
    hint: 'The values are far beyond any real run: check agent_cost, the token counts and agent_duration_seconds',
  });

export const settingsChanged = () =>
  new ApiError('settings_conflict', "The org's currency changed while this event was being valued", {
    hint: 'Retry the request: it is valued in the new currency',
  });

/** The answer to an event valued in a currency the org no longer has: valued again by the caller. */
export const staleSettings = (): IngestResult => ({ status: 409, error: settingsChanged(), settingsChanged: true });

export const keyReused = () =>
  new ApiError('idempotency_key_reused', 'This Idempotency-Key was already used for a different request in the last 24 h', {
    field: 'Idempotency-Key',
    hint: 'Use a fresh key for every logical run; reuse a key only to retry the exact same request',
  });

/** The answer to an event whose key another request holds (within 24 h): its replay, or a conflict. */
export function takenKeyAnswer(item: PreparedEvent, holder: { request_hash: string; response: string }): IngestResult {
  if (holder.request_hash !== item.requestHash) return { status: 409, error: keyReused() };
  return { status: 200, response: holder.response };
}

/** What an event's key row holds when this event claims it. */
export const claimValues = (item: PreparedEvent, now: number) => ({
  requestHash: item.requestHash,
  eventId: item.row.eventId,
  response: JSON.stringify(trackedEvent(item.row)),
  createdAt: now,
  expiredBefore: now - IDEMPOTENCY_TTL_MS,
});

/**
 * The statements that record one event, deciding as they go: a replay or a conflict (which never count), a refusal
 * over the quota (which frees the key it claimed), or a new event counted in the month.
 */
export function* ingestSteps(
  item: PreparedEvent,
  quota: Quota,
  now: number,
  outbox: OrgOutbox | null = null,
): Generator<Sql, IngestResult, SqlResult> {
  const { row } = item;
  // First, before any write (on PostgreSQL after the org row's shared lock, so the currency cannot change until commit).
  if ((yield { sql: ORG_CURRENCY, params: [row.orgId], mode: 'get' }).row?.currency !== row.currency) return staleSettings();
  const claim = claimValues(item, now);
  const key = [row.orgId, item.idempotencyKey];
  if (item.idempotencyKey !== null) {
    let claimed =
      (yield { sql: CLAIM_KEY, params: [...key, claim.requestHash, claim.eventId, claim.response, now], mode: 'run' }).changes === 1;
    if (!claimed) {
      const take: Sql = {
        sql: TAKE_EXPIRED_KEY,
        params: [claim.requestHash, claim.eventId, claim.response, now, ...key, claim.expiredBefore],
        mode: 'run',
      };
      claimed = (yield take).changes === 1;
    }
    if (!claimed) return takenKeyAnswer(item, (yield { sql: FIND_KEY, params: key, mode: 'get' }).row as never);
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
  // The bounded rollups first: an event that would push its day's sums past what reports read back exactly is
  // refused like one over the quota (uncounted, its key freed, the daily row it already added to restored), before
  // the rest is written.
  const daily = [...dailyRollupKey(row), ...rollupSums(row)];
  let inRange = (yield { sql: ROLL_UP_DAILY, params: daily, mode: 'run' }).changes === 1;
  if (inRange) {
    const clientModel = [...dailyClientModelRollupKey(row), ...rollupSums(row)];
    inRange = (yield { sql: ROLL_UP_DAILY_CLIENT_MODEL, params: clientModel, mode: 'run' }).changes === 1;
    if (!inRange) yield { sql: ROLL_UP_DAILY, params: [...dailyRollupKey(row), ...rollupSums(row).map((v) => -v)], mode: 'run' };
  }
  if (!inRange) {
    yield { sql: UNCOUNT_EVENT, params: month, mode: 'run' };
    if (item.idempotencyKey !== null) yield { sql: RELEASE_KEY, params: key, mode: 'run' };
    return { status: 422, error: sumOutOfRange() };
  }
  yield { sql: INSERT_EVENT_SQL, params: eventValues(row), mode: 'run' };
  yield { sql: ROLL_UP, params: [...rollupKey(row), ...rollupSums(row)], mode: 'run' };
  yield { sql: COUNT_AGENT, params: [row.orgId, row.agentId, row.receivedAt, row.receivedAt], mode: 'run' };
  if (outbox) {
    const { created, firstOfAgent } = webhookRows(outbox, row, claim.response, now);
    // The agent row was just upserted: under its lock, a count of 1 means this is the agent's first event.
    if (firstOfAgent.length && (yield { sql: AGENT_EVENT_COUNT, params: [row.orgId, row.agentId], mode: 'get' }).row?.event_count === 1)
      created.push(...firstOfAgent);
    for (const r of created) yield { sql: INSERT_DELIVERY_SQL, params: outboxParams(r), mode: 'run' };
  }
  return { status: 201, response: claim.response };
}

/**
 * The webhook outbox rows of a new event, written in the event's own transaction (only for an org with subscribed
 * endpoints), so an acknowledged event's webhook cannot be lost: `event.created` (the 201 body), and the
 * `agent.first_event` rows that apply only if the event turns out to be its agent's first.
 */
export function webhookRows(outbox: OrgOutbox, row: PreparedEvent['row'], response: string, now: number) {
  const created: OutboxRow[] = outbox.rows('event.created', response, now);
  const firstOfAgent: OutboxRow[] = outbox.wants('agent.first_event')
    ? outbox.rows(
        'agent.first_event',
        JSON.stringify({ agent_id: row.agentId, event_id: row.eventId, occurred_at: new Date(row.occurredAt).toISOString() }),
        now,
      )
    : [];
  return { created, firstOfAgent };
}

/** One ingest call waiting in a group-commit queue. */
export interface PendingCall {
  items: PreparedEvent[];
  quota: Quota;
  now: number;
  /** The org's webhook outbox, when it has subscribed endpoints. */
  outbox?: OrgOutbox | null;
  resolve(results: IngestResult[]): void;
  reject(error: unknown): void;
}
