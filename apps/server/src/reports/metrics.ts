// Report maths: integer sums of events, and how they read in a report. Plain functions, unit tested.
import type { Schema } from '@humanhours/contract';

import { type components, spec } from '@humanhours/contract';
import { ApiError } from '../core/api-error.js';
import { roundHalfAwayFromZero } from '../core/rounding.js';
import { fromMinor } from '../pricing/money.js';
import { SHOWN, SUM_FIELDS, type SumField, type Unit } from './summed-metrics.js';

/** Exact sums over a set of events (milli-hours, minor units, milliseconds): one per metric of summed-metrics.ts. */
export type Sums = Record<SumField, number>;
export { SUM_FIELDS };

export function zeroSums(): Sums {
  return Object.fromEntries(SUM_FIELDS.map((f) => [f, 0])) as Sums;
}

/**
 * A sum as read from the database (a float from SQLite's total(); from PostgreSQL a number, or the numeric's text
 * past 2^53 − 1, see db/pg-integers.ts), or
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

export type Metrics = components['schemas']['ReportMetricsFields'];
type Reader = (s: Sums, money: (minor: number) => number, coveredMs: number) => number | null;
const READ_AS: Record<Unit, (value: number, money: (minor: number) => number) => number> = {
  count: (value) => value,
  thousandths: (value) => value / 1000,
  money: (value, money) => money(value),
};
/** How each field of the spec's ReportMetrics is read from the sums: each metric's own, then those of several. */
const READERS: Record<string, Reader> = {
  ...Object.fromEntries(SHOWN.map(({ name, field, unit }): [string, Reader] => [name, (s, money) => READ_AS[unit](s[field], money)])),
  agent_duration_seconds_avg: (s) => (s.durationCount ? roundHalfAwayFromZero(s.durationMs / s.durationCount / 1000, 3) : null),
  fte_equivalent: (s, _, coveredMs) => fteEquivalent(s.hoursMilli, coveredMs),
};
/** The fields of ReportMetrics in the spec's order: the JSON's and the CSV exports' columns. */
export const METRIC_COLUMNS = Object.keys(spec.components.schemas.ReportMetricsFields.properties) as Array<keyof Metrics>;
const unread = [
  ...METRIC_COLUMNS.filter((f) => !(f in READERS)),
  ...Object.keys(READERS).filter((f) => !(METRIC_COLUMNS as string[]).includes(f)),
];
if (unread.length) throw new Error(`ReportMetrics and the metrics shown differ: ${unread.join(', ')} (see summed-metrics.ts)`);

/** The ReportMetrics of the spec, for sums covering `coveredMs` of calendar time. */
export function metricsOf(s: Sums, currency: string, coveredMs: number): Metrics {
  const money = (minor: number) => fromMinor(minor, currency);
  const metrics: Record<string, number | null> = {};
  for (const name of METRIC_COLUMNS) metrics[name] = READERS[name](s, money, coveredMs);
  return metrics as Metrics;
}

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
