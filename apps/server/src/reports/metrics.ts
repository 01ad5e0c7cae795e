// Report maths: integer sums of events, and how they read in a report. Plain functions, unit tested.
import type { Schema } from '@humanhours/contract';

import { ApiError } from '../core/api-error.js';
import { roundHalfAwayFromZero } from '../core/rounding.js';
import { fromMinor } from '../pricing/money.js';

/** Exact sums over a set of events (milli-hours, minor units, milliseconds). */
export interface Sums {
  events: number;
  success: number;
  failure: number;
  needsReview: number;
  hoursMilli: number;
  costMinor: number;
  agentCostMinor: number;
  netMinor: number;
  tokensIn: number;
  tokensOut: number;
  durationMs: number;
  durationCount: number;
  /** needs_review events not reviewed yet; their hours and cost as counted (at the credit); at full credit. */
  pendingEvents: number;
  pendingHoursMilli: number;
  pendingCostMinor: number;
  stakeHoursMilli: number;
  stakeCostMinor: number;
}

export const SUM_FIELDS = [
  'events',
  'success',
  'failure',
  'needsReview',
  'hoursMilli',
  'costMinor',
  'agentCostMinor',
  'netMinor',
  'tokensIn',
  'tokensOut',
  'durationMs',
  'durationCount',
  'pendingEvents',
  'pendingHoursMilli',
  'pendingCostMinor',
  'stakeHoursMilli',
  'stakeCostMinor',
] as const satisfies ReadonlyArray<keyof Sums>;

export function zeroSums(): Sums {
  return Object.fromEntries(SUM_FIELDS.map((f) => [f, 0])) as unknown as Sums;
}

/**
 * A sum as read from the database (a number, a float from SQLite's total(), a numeric string from PostgreSQL), or
 * 422 value_out_of_range when it is beyond 2^53 − 1, where a JSON number (and so the report) would no longer be
 * exact. See openapi.yaml, *Number limits*.
 */
export function exactSum(value: unknown): number {
  const n = Number(value ?? 0);
  if (Number.isSafeInteger(n)) return n;
  throw new ApiError('value_out_of_range', `A sum in this report exceeds ${Number.MAX_SAFE_INTEGER}, beyond what it can return exactly`, {
    hint: 'Narrow the range (from/to or period), or filter by agent or task type',
  });
}

export function addInto(target: Sums, more: Sums): Sums {
  for (const f of SUM_FIELDS) target[f] = exactSum(target[f] + more[f]);
  return target;
}

/**
 * The org counts pending events at zero until reviewed (pending_review_valuation = zero): their counted value
 * leaves the hours, cost and net (their agent cost stays spent). They stay pending, and at stake.
 */
export function pendingAtZero(s: Sums): Sums {
  return {
    ...s,
    hoursMilli: s.hoursMilli - s.pendingHoursMilli,
    costMinor: s.costMinor - s.pendingCostMinor,
    netMinor: s.netMinor - s.pendingCostMinor,
    pendingHoursMilli: 0,
    pendingCostMinor: 0,
  };
}

const DAY_MS = 86_400_000;
/** The FTE assumption: a 40-hour week spread over calendar time (8 h per weekday). */
export const WORKING_HOURS_PER_DAY = 40 / 7;

/** hours ÷ working hours of the time covered, 3 decimals. */
export function fteEquivalent(hoursMilli: number, coveredMs: number): number {
  if (coveredMs <= 0) return 0;
  return roundHalfAwayFromZero(hoursMilli / 1000 / ((coveredMs / DAY_MS) * WORKING_HOURS_PER_DAY), 3);
}

/** The ReportMetrics of the spec, for sums covering `coveredMs` of calendar time. */
export function metricsOf(s: Sums, currency: string, coveredMs: number) {
  const money = (minor: number) => fromMinor(minor, currency);
  return {
    events: s.events,
    events_success: s.success,
    events_failure: s.failure,
    events_needs_review: s.needsReview,
    hours_saved: s.hoursMilli / 1000,
    cost_saved: money(s.costMinor),
    agent_cost: money(s.agentCostMinor),
    net_saved: money(s.netMinor),
    tokens_in: s.tokensIn,
    tokens_out: s.tokensOut,
    agent_duration_seconds_total: s.durationMs / 1000,
    agent_duration_seconds_avg: s.durationCount ? roundHalfAwayFromZero(s.durationMs / s.durationCount / 1000, 3) : null,
    fte_equivalent: fteEquivalent(s.hoursMilli, coveredMs),
    events_pending_review: s.pendingEvents,
    hours_at_stake: s.stakeHoursMilli / 1000,
    value_at_stake: money(s.stakeCostMinor),
  };
}

export type Metrics = ReturnType<typeof metricsOf>;
export const METRIC_COLUMNS = Object.keys(metricsOf(zeroSums(), 'EUR', 0)) as Array<keyof Metrics>;

export type SortMetric = Schema<'ReportSort'>;
const SORT_FIELD: Record<SortMetric, keyof Sums> = {
  hours_saved: 'hoursMilli',
  cost_saved: 'costMinor',
  net_saved: 'netMinor',
  events: 'events',
};

/** Descending by the metric; ties by the group's values, so the order is stable. */
export function sortRows<T extends { sums: Sums; tieBreak: string }>(rows: T[], metric: SortMetric): T[] {
  const field = SORT_FIELD[metric];
  return rows.sort((a, b) => b.sums[field] - a.sums[field] || (a.tieBreak < b.tieBreak ? -1 : a.tieBreak > b.tieBreak ? 1 : 0));
}
