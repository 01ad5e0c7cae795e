// Every sum a report adds up, declared once: its rollup column and what one event adds to it (or, for the counts by
// outcome, which column of the rollup it reads), its SQL over rollup rows and over raw events, and the response field
// it reads as. Everything else derives from this list, in its order: the rollup entities' columns (rollup.entity.ts),
// the rollup upserts and review moves (tracking/ingest-plan.ts, tracking/postgres-ingest-store.ts,
// events/review-plan.ts), the report SELECTs (report-engine.ts), the response (metrics.ts) and the crash test's check.
// A new metric: one entry here, plus a migration adding its column to the three rollup tables (see CONTRIBUTING.md).

/** What an event carries that its sums are made of (an `events` row: tracking's EventRow, a stored event). */
export interface SummedEvent {
  outcome: string;
  hoursSavedMilli: number;
  costSavedMinor: number;
  agentCostMinor: number | null;
  tokensIn: number | null;
  tokensOut: number | null;
  agentDurationMs: number | null;
  /** needs_review only (else null): the value at full credit. */
  fullCreditHoursMilli: number | null;
  fullCreditCostMinor: number | null;
}

/** One event as it adds to its rollup rows (see ingest-plan's rollupSums). */
export interface Contribution {
  event: SummedEvent;
  /** Its value as counted: its review's, else its own (ingest-plan's reviewedValue). */
  value: { hoursSavedMilli: number; costSavedMinor: number; netSavedMinor: number };
  /** A needs_review event not reviewed yet. */
  pending: boolean;
}

/** How a sum reads in the response: as is, in thousandths (milli-hours, milliseconds), or minor units as money. */
export type Unit = 'count' | 'thousandths' | 'money';

interface Declared {
  /** Its SQL over the raw events (an aggregate). */
  raw: string;
  /** The ReportMetrics field it reads as (none: used by other fields, or by the review valuation). */
  shown?: readonly [field: string, unit: Unit];
}
interface RolledUp extends Declared {
  /** Its column in every rollup table, summed over rollup rows. */
  column: string;
  /** What one event adds to the column. */
  adds(c: Contribution): number;
  /** Added after the rollup tables existed: the column defaults to 0 (and its migration fills it in). */
  defaultZero?: true;
}
interface ReadFromRollup extends Declared {
  /** Its SQL over rollup rows, from the columns of the others. */
  rollup: string;
}
export type SummedMetric = RolledUp | ReadFromRollup;

// An event's value as reports count it: its review's (ingest-plan's reviewedValue), else its own.
export const PENDING = "outcome = 'needs_review' and review_decision is null";
const reviewed = (approved: string, rejected: string, own: string) =>
  `sum(case review_decision when 'approved' then ${approved} when 'rejected' then ${rejected} else ${own} end)`;
const FULL_HOURS = 'coalesce(full_credit_hours_milli, hours_saved_milli)';
const FULL_COST = 'coalesce(full_credit_cost_minor, cost_saved_minor)';
const AGENT_COST = 'coalesce(agent_cost_minor, 0)';
const byOutcome = (outcome: string, field: string): ReadFromRollup => ({
  rollup: `sum(case when outcome = '${outcome}' then events else 0 end)`,
  raw: `sum(case when outcome = '${outcome}' then 1 else 0 end)`,
  shown: [field, 'count'],
});
const whenPending = (sql: string) => `sum(case when ${PENDING} then ${sql} else 0 end)`;

export const SUMMED_METRICS = {
  events: { column: 'events', adds: () => 1, raw: 'count(*)', shown: ['events', 'count'] },
  success: byOutcome('success', 'events_success'),
  failure: byOutcome('failure', 'events_failure'),
  needsReview: byOutcome('needs_review', 'events_needs_review'),
  hoursMilli: {
    column: 'hours_saved_milli',
    adds: (c) => c.value.hoursSavedMilli,
    raw: reviewed(FULL_HOURS, '0', 'hours_saved_milli'),
    shown: ['hours_saved', 'thousandths'],
  },
  costMinor: {
    column: 'cost_saved_minor',
    adds: (c) => c.value.costSavedMinor,
    raw: reviewed(FULL_COST, '0', 'cost_saved_minor'),
    shown: ['cost_saved', 'money'],
  },
  agentCostMinor: {
    column: 'agent_cost_minor',
    adds: (c) => c.event.agentCostMinor ?? 0,
    raw: `sum(${AGENT_COST})`,
    shown: ['agent_cost', 'money'],
  },
  netMinor: {
    column: 'net_saved_minor',
    adds: (c) => c.value.netSavedMinor,
    raw: reviewed(`${FULL_COST} - ${AGENT_COST}`, `- ${AGENT_COST}`, 'net_saved_minor'),
    shown: ['net_saved', 'money'],
  },
  tokensIn: { column: 'tokens_in', adds: (c) => c.event.tokensIn ?? 0, raw: 'sum(coalesce(tokens_in, 0))', shown: ['tokens_in', 'count'] },
  tokensOut: {
    column: 'tokens_out',
    adds: (c) => c.event.tokensOut ?? 0,
    raw: 'sum(coalesce(tokens_out, 0))',
    shown: ['tokens_out', 'count'],
  },
  durationMs: {
    column: 'duration_ms',
    adds: (c) => c.event.agentDurationMs ?? 0,
    raw: 'sum(coalesce(agent_duration_ms, 0))',
    shown: ['agent_duration_seconds_total', 'thousandths'],
  },
  /** Events that reported a duration: the denominator of the average. */
  durationCount: { column: 'duration_count', adds: (c) => (c.event.agentDurationMs === null ? 0 : 1), raw: 'count(agent_duration_ms)' },
  /** needs_review events not reviewed yet; their hours and cost as counted (at the credit); at full credit. */
  pendingEvents: {
    column: 'pending_events',
    adds: (c) => (c.pending ? 1 : 0),
    raw: whenPending('1'),
    defaultZero: true,
    shown: ['events_pending_review', 'count'],
  },
  pendingHoursMilli: {
    column: 'pending_hours_milli',
    adds: (c) => (c.pending ? c.event.hoursSavedMilli : 0),
    raw: whenPending('hours_saved_milli'),
    defaultZero: true,
  },
  pendingCostMinor: {
    column: 'pending_cost_minor',
    adds: (c) => (c.pending ? c.event.costSavedMinor : 0),
    raw: whenPending('cost_saved_minor'),
    defaultZero: true,
  },
  stakeHoursMilli: {
    column: 'stake_hours_milli',
    adds: (c) => (c.pending ? (c.event.fullCreditHoursMilli ?? c.event.hoursSavedMilli) : 0),
    raw: whenPending(FULL_HOURS),
    defaultZero: true,
    shown: ['hours_at_stake', 'thousandths'],
  },
  stakeCostMinor: {
    column: 'stake_cost_minor',
    adds: (c) => (c.pending ? (c.event.fullCreditCostMinor ?? c.event.costSavedMinor) : 0),
    raw: whenPending(FULL_COST),
    defaultZero: true,
    shown: ['value_at_stake', 'money'],
  },
} as const satisfies Record<string, SummedMetric>;

export type SumField = keyof typeof SUMMED_METRICS;
/** The metrics in declaration order (the order of the report SELECTs' sums). */
export const SUM_FIELDS = Object.keys(SUMMED_METRICS) as SumField[];
const metricOf = (field: SumField): SummedMetric => SUMMED_METRICS[field];

/** A metric's SQL over rollup rows. */
export const rollupSql = (field: SumField): string => {
  const m = metricOf(field);
  return 'column' in m ? `sum(${m.column})` : m.rollup;
};
/** A metric's SQL over the raw events. */
export const rawSql = (field: SumField): string => metricOf(field).raw;

/** The metrics a rollup row keeps a column of, in declaration order: the order of every rollup statement's sums. */
export const ROLLED_UP: ReadonlyArray<RolledUp & { field: SumField }> = SUM_FIELDS.flatMap((field) => {
  const m = metricOf(field);
  return 'column' in m ? [{ ...m, field }] : [];
});
/** The sum columns of every rollup table, in ROLLED_UP order. */
export const ROLLUP_COLUMNS = ROLLED_UP.map((m) => m.column);

/** Each response field a metric reads as, with its metric and unit. */
export const SHOWN: ReadonlyArray<{ name: string; field: SumField; unit: Unit }> = SUM_FIELDS.flatMap((field) => {
  const shown = metricOf(field).shown;
  return shown ? [{ name: shown[0], field, unit: shown[1] }] : [];
});
