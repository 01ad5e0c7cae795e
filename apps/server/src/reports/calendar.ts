// Report ranges and buckets in a time zone: plain functions over zoned-time.
import { offsetAt, zonedParts, zonedToUtc } from '../core/zoned-time.js';
import { ApiError } from '../http/api-error.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** The longest explicit range: ten years of daily trend points is already more than any chart shows. */
export const MAX_RANGE_DAYS = 3_660;

export type Period = '24h' | '7d' | '30d' | '90d' | 'ytd' | 'all';
export type TimeDimension = 'day' | 'week' | 'month';

export interface ResolvedRange {
  period: Period | 'custom';
  from: number;
  to: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function startOfDay(ms: number, tz: string, addDays = 0): number {
  const p = zonedParts(ms, tz);
  return zonedToUtc(p.year, p.month, p.day + addDays, tz);
}

/** The half-open range a report covers (see the `period`, `from` and `to` parameters of the spec). */
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
  const tomorrow = startOfDay(now, tz, 1);
  switch (period) {
    case '24h':
      return { period, from: now - DAY_MS, to: now };
    case '7d':
    case '30d':
    case '90d':
      return { period, from: startOfDay(now, tz, 1 - Number.parseInt(period, 10)), to: tomorrow };
    case 'ytd':
      return { period, from: zonedToUtc(zonedParts(now, tz).year, 1, 1, tz), to: tomorrow };
    case 'all':
      return { period, from: startOfDay((await firstEventAt()) ?? now, tz), to: tomorrow };
  }
}

/** Whether the zone's offset passes `ok` throughout [from, to) (sampled weekly: zones change offset rarely). */
function offsetsThroughout(tz: string, from: number, to: number, ok: (offsetMs: number) => boolean): boolean {
  for (let t = from; t < to + 7 * DAY_MS; t += 7 * DAY_MS) {
    if (!ok(offsetAt(Math.min(t, to), tz))) return false;
  }
  return true;
}

/** Whole-hour offsets throughout [from, to): hourly rollups then bucket the zone's days exactly. */
export const wholeHourOffsets = (tz: string, from: number, to: number) => offsetsThroughout(tz, from, to, (o) => o % HOUR_MS === 0);

/** The zone's days are UTC days throughout [from, to) (offset 0: UTC, Africa/Abidjan…). */
export const utcAligned = (tz: string, from: number, to: number) => offsetsThroughout(tz, from, to, (o) => o === 0);

/** The bucket key of an instant: `YYYY-MM-DD` (day), the ISO week's Monday (week), `YYYY-MM` (month). */
export function bucketKey(ms: number, dimension: TimeDimension, tz: string): string {
  const p = zonedParts(ms, tz);
  if (dimension === 'month') return `${p.year}-${pad(p.month)}`;
  if (dimension === 'day') return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  const weekday = (new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 6) % 7; // Monday 0
  const monday = new Date(Date.UTC(p.year, p.month - 1, p.day - weekday));
  return `${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`;
}

/** [start, end) of a bucket, from its key. */
export function bucketBounds(key: string, dimension: TimeDimension, tz: string): [number, number] {
  const [y, m, d = 1] = key.split('-').map(Number);
  if (dimension === 'month') return [zonedToUtc(y, m, 1, tz), zonedToUtc(y, m + 1, 1, tz)];
  const days = dimension === 'day' ? 1 : 7;
  return [zonedToUtc(y, m, d, tz), zonedToUtc(y, m, d + days, tz)];
}

/** Every local day intersecting [from, to), oldest first. */
export function daysOf(from: number, to: number, tz: string): string[] {
  const days: string[] = [];
  for (let t = startOfDay(from, tz); t < to; t = startOfDay(t, tz, 1)) days.push(bucketKey(t, 'day', tz));
  return days;
}

/** How much of [from, to) a bucket covers: the calendar time its metrics are spread over. */
export function coveredMs(bounds: [number, number], from: number, to: number): number {
  return Math.max(0, Math.min(bounds[1], to) - Math.max(bounds[0], from));
}
