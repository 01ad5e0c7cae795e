import type { Schema } from '@humanhours/contract';
import { iso } from '../core/time.js';
import type { BaselineSource, CostSource, Outcome } from '../core/valuation.js';
import { fromMinor } from '../pricing/money.js';

/** One row of `events`, as the ingest path writes it. */
export interface EventRow {
  eventId: string;
  orgId: string;
  agentId: string;
  taskType: string;
  outcome: Outcome;
  client: string | null;
  model: string | null;
  occurredAt: number;
  receivedAt: number;
  agentDurationMs: number | null;
  baselineMinutes: number;
  baselineSource: BaselineSource;
  hourlyRateMinor: number;
  currency: string;
  hoursSavedMilli: number;
  costSavedMinor: number;
  agentCostMinor: number | null;
  costSource: CostSource;
  netSavedMinor: number;
  tokensIn: number | null;
  tokensOut: number | null;
  inputUsdPerMtok: number | null;
  outputUsdPerMtok: number | null;
  priceBookAsOf: number | null;
  fxRate: number | null;
  fxAsOf: string | null;
  metadata: Record<string, unknown> | null;
  auditSample: Record<string, unknown> | null;
  /** needs_review only (else null): the value at full credit, what approving the event makes it worth. */
  fullCreditHoursMilli: number | null;
  fullCreditCostMinor: number | null;
}

const json = (v: Record<string, unknown> | null) => (v === null ? null : JSON.stringify(v));

/** A column's PostgreSQL type, for statements that bind a whole column as one array (`unnest($1::int8[], …)`). */
export type PgType = 'text' | 'int8' | 'float8' | 'jsonb';

/** How each column of `events` is filled from an EventRow: one list, so columns and values cannot drift apart. */
export const EVENT_FIELDS: ReadonlyArray<readonly [string, PgType, (e: EventRow) => unknown]> = [
  ['event_id', 'text', (e) => e.eventId],
  ['org_id', 'text', (e) => e.orgId],
  ['agent_id', 'text', (e) => e.agentId],
  ['task_type', 'text', (e) => e.taskType],
  ['outcome', 'text', (e) => e.outcome],
  ['client', 'text', (e) => e.client],
  ['model', 'text', (e) => e.model],
  ['occurred_at', 'int8', (e) => e.occurredAt],
  ['received_at', 'int8', (e) => e.receivedAt],
  ['agent_duration_ms', 'int8', (e) => e.agentDurationMs],
  ['baseline_minutes', 'float8', (e) => e.baselineMinutes],
  ['baseline_source', 'text', (e) => e.baselineSource],
  ['hourly_rate_minor', 'int8', (e) => e.hourlyRateMinor],
  ['currency', 'text', (e) => e.currency],
  ['hours_saved_milli', 'int8', (e) => e.hoursSavedMilli],
  ['cost_saved_minor', 'int8', (e) => e.costSavedMinor],
  ['agent_cost_minor', 'int8', (e) => e.agentCostMinor],
  ['cost_source', 'text', (e) => e.costSource],
  ['net_saved_minor', 'int8', (e) => e.netSavedMinor],
  ['tokens_in', 'int8', (e) => e.tokensIn],
  ['tokens_out', 'int8', (e) => e.tokensOut],
  ['input_usd_per_mtok', 'float8', (e) => e.inputUsdPerMtok],
  ['output_usd_per_mtok', 'float8', (e) => e.outputUsdPerMtok],
  ['price_book_as_of', 'int8', (e) => e.priceBookAsOf],
  ['fx_rate', 'float8', (e) => e.fxRate],
  ['fx_as_of', 'text', (e) => e.fxAsOf],
  ['metadata', 'jsonb', (e) => json(e.metadata)],
  ['audit_sample', 'jsonb', (e) => json(e.auditSample)],
  ['full_credit_hours_milli', 'int8', (e) => e.fullCreditHoursMilli],
  ['full_credit_cost_minor', 'int8', (e) => e.fullCreditCostMinor],
];

export const INSERT_EVENT_SQL = `insert into events (${EVENT_FIELDS.map(([c]) => c).join(', ')}) values (${EVENT_FIELDS.map(() => '?').join(', ')})`;

export function eventValues(e: EventRow): unknown[] {
  return EVENT_FIELDS.map(([, , value]) => value(e));
}

/** The TrackedEvent of the spec. Money back in major units of the event's currency, hours from milli-hours. */
export function trackedEvent(e: EventRow): Schema<'TrackedEvent'> {
  const money = (minor: number) => fromMinor(minor, e.currency);
  return {
    event_id: e.eventId,
    agent_id: e.agentId,
    task_type: e.taskType,
    outcome: e.outcome,
    resolved_baseline_minutes: e.baselineMinutes,
    resolved_baseline_source: e.baselineSource,
    resolved_hourly_rate: money(e.hourlyRateMinor),
    currency: e.currency,
    agent_duration_seconds: e.agentDurationMs === null ? null : e.agentDurationMs / 1000,
    hours_saved: e.hoursSavedMilli / 1000,
    cost_saved: money(e.costSavedMinor),
    agent_cost: e.agentCostMinor === null ? null : money(e.agentCostMinor),
    resolved_cost_source: e.costSource,
    net_saved: money(e.netSavedMinor),
    model: e.model,
    tokens_in: e.tokensIn,
    tokens_out: e.tokensOut,
    client: e.client,
    metadata: e.metadata,
    resolved_pricing:
      e.costSource === 'computed'
        ? {
            model: e.model!,
            input_usd_per_million_tokens: e.inputUsdPerMtok!,
            output_usd_per_million_tokens: e.outputUsdPerMtok!,
            price_book_as_of: iso(e.priceBookAsOf)!,
            fx_rate: e.fxRate!,
            fx_as_of: e.fxAsOf!,
          }
        : null,
    occurred_at: iso(e.occurredAt)!,
    received_at: iso(e.receivedAt)!,
  };
}
