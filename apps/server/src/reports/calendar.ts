// Report ranges in a time zone; the calendar itself (days, weeks, months, offsets) is @humanhours/time.
import type { Schema } from '@humanhours/contract';
import { DAY_MS, HOUR_MS, offsetsThroughout, startOfDay, startOfDayAt, zonedParts } from '@humanhours/time';
import { ApiError } from '../core/api-error.js';

/** The longest explicit range: ten years of daily trend points is already more than any chart shows. */
export const MAX_RANGE_DAYS = 3_660;

export type Period = Schema<'Period'>;
/** A report dimension that is a calendar bucket. */
export type { CalendarUnit as TimeDimension } from '@humanhours/time';

export interface ResolvedRange {
  period: Period | 'custom';
  from: number;
  to: number;
}

/** The half-open range a report covers (see the `period`, `from` and `to` parameters of the spec). `tz` is canonical. */
export async function resolveRange(
  q: { period?: Period; from?: string; to?: string },
  tz: string,
  now: number,
  firstEventAt: () => Promise<number | null>,
): Promise<ResolvedRange> {
  if (q.from !== undefined || q.to !== undefined) {
    if (q.from === undefined || q.to === undefined) {
      const missing = q.from === undefined ? 'from' : 'to';
      throw ApiError.validation(missing, 'is required with an explicit range (give from and to together)');
    }
    const from = Date.parse(q.from);
    const to = Date.parse(q.to);
    if (!(from < to)) throw ApiError.validation('from', 'must be before to');
    if (to - from > MAX_RANGE_DAYS * DAY_MS) throw ApiError.validation('to', `must be at most ${MAX_RANGE_DAYS} days after from`);
    return { period: 'custom', from, to };
  }
  const period = q.period ?? '30d';
  const tomorrow = startOfDayAt(now, tz, 1);
  switch (period) {
    case '24h':
      return { period, from: now - DAY_MS, to: now };
    case '7d':
    case '30d':
    case '90d':
      return { period, from: startOfDayAt(now, tz, 1 - Number.parseInt(period, 10)), to: tomorrow };
    case 'ytd':
      return { period, from: startOfDay(zonedParts(now, tz).year, 1, 1, tz), to: tomorrow };
    case 'all':
      return { period, from: startOfDayAt((await firstEventAt()) ?? now, tz), to: tomorrow };
  }
}

/** Whole-hour offsets throughout [from, to): hourly rollups then bucket the zone's days exactly. */
export const wholeHourOffsets = (tz: string, from: number, to: number) => offsetsThroughout(tz, from, to, (o) => o % HOUR_MS === 0);

/** The zone's days are UTC days throughout [from, to) (offset 0: UTC, Africa/Abidjan…). */
export const utcAligned = (tz: string, from: number, to: number) => offsetsThroughout(tz, from, to, (o) => o === 0);

/** How much of [from, to) a bucket covers: the calendar time its metrics are spread over. */
export function coveredMs(bounds: [number, number], from: number, to: number): number {
  return Math.max(0, Math.min(bounds[1], to) - Math.max(bounds[0], from));
}
