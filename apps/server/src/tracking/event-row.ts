import { fromMinor } from '../core/money.js';
import { iso } from '../core/time.js';
import type { BaselineSource, CostSource, Outcome } from './valuation.js';

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
}

const json = (v: Record<string, unknown> | null) => (v === null ? null : JSON.stringify(v));

/** How each column of `events` is filled from an EventRow: one list, so columns and values cannot drift apart. */
const EVENT_FIELDS: ReadonlyArray<readonly [string, (e: EventRow) => unknown]> = [
  ['event_id', (e) => e.eventId],
  ['org_id', (e) => e.orgId],
  ['agent_id', (e) => e.agentId],
  ['task_type', (e) => e.taskType],
  ['outcome', (e) => e.outcome],
  ['client', (e) => e.client],
  ['model', (e) => e.model],
  ['occurred_at', (e) => e.occurredAt],
  ['received_at', (e) => e.receivedAt],
  ['agent_duration_ms', (e) => e.agentDurationMs],
  ['baseline_minutes', (e) => e.baselineMinutes],
  ['baseline_source', (e) => e.baselineSource],
  ['hourly_rate_minor', (e) => e.hourlyRateMinor],
  ['currency', (e) => e.currency],
  ['hours_saved_milli', (e) => e.hoursSavedMilli],
  ['cost_saved_minor', (e) => e.costSavedMinor],
  ['agent_cost_minor', (e) => e.agentCostMinor],
  ['cost_source', (e) => e.costSource],
  ['net_saved_minor', (e) => e.netSavedMinor],
  ['tokens_in', (e) => e.tokensIn],
  ['tokens_out', (e) => e.tokensOut],
  ['input_usd_per_mtok', (e) => e.inputUsdPerMtok],
  ['output_usd_per_mtok', (e) => e.outputUsdPerMtok],
  ['price_book_as_of', (e) => e.priceBookAsOf],
  ['fx_rate', (e) => e.fxRate],
  ['fx_as_of', (e) => e.fxAsOf],
  ['metadata', (e) => json(e.metadata)],
  ['audit_sample', (e) => json(e.auditSample)],
];

export const INSERT_EVENT_SQL = `insert into events (${EVENT_FIELDS.map(([c]) => c).join(', ')}) values (${EVENT_FIELDS.map(() => '?').join(', ')})`;

export function eventValues(e: EventRow): unknown[] {
  return EVENT_FIELDS.map(([, value]) => value(e));
}

/** The TrackedEvent of the spec. Money back in major units of the event's currency, hours from milli-hours. */
export function trackedEvent(e: EventRow) {
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
