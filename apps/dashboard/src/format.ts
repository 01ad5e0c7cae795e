import { dayOf, daysOf as daysBetween, startOfDayKey } from '@humanhours/time';

// Formatting only: every number shown is one the API answered, never recomputed here.

const locale = undefined; // the browser's

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

export const fmt = {
  hours: (n: number) => numberFormat('hours', { maximumFractionDigits: 3 }).format(n),
  money: (n: number, currency: string) => numberFormat(`money:${currency}`, { style: 'currency', currency }).format(n),
  count: (n: number) => numberFormat('count', { maximumFractionDigits: 0 }).format(n),
  decimal: (n: number) => numberFormat('decimal', { maximumFractionDigits: 3 }).format(n),
  /** A 0–1 share as a percentage (the API rounds shares to 4 decimals: 0.9529 → 95.29 %). */
  share: (n: number | null) => (n === null ? '–' : numberFormat('share', { style: 'percent', maximumFractionDigits: 2 }).format(n)),
  minutes: (n: number) => `${numberFormat('minutes', { maximumFractionDigits: 2 }).format(n)} min`,
  seconds: (n: number | null) => (n === null ? '–' : `${numberFormat('seconds', { maximumFractionDigits: 3 }).format(n)} s`),
};

export function formatDate(iso: string | null, timeZone?: string): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

export function formatDateTime(iso: string | null, timeZone?: string): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** `YYYY-MM-DD` (a calendar day, no zone) as a short date. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The half-open range [from, to) of a report as the calendar days it covers, in its time zone. */
export function formatRange(range: { from: string; to: string }, timeZone: string, period: string): string {
  if (period === '24h') return `${formatDateTime(range.from, timeZone)} – ${formatDateTime(range.to, timeZone)}`;
  const lastInstant = new Date(new Date(range.to).getTime() - 1).toISOString();
  return `${formatDate(range.from, timeZone)} – ${formatDate(lastInstant, timeZone)}`;
}

// Calendar days in a zone come from @humanhours/time, the server's own implementation: the dashboard's days are
// the report's days, DST jumps over midnight included.

/** The UTC instant at which a calendar day (plus `addDays`) starts in a time zone (for custom ranges picked as dates). */
export const startOfDayIn = (day: string, timeZone: string, addDays = 0): string =>
  new Date(startOfDayKey(day, timeZone, addDays)).toISOString();

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export const dayIn = (iso: string, timeZone: string): string => dayOf(Date.parse(iso), timeZone);

/** The calendar days of a report range in its zone, oldest first (for sparklines of `group_by=…,day`). */
export const daysOf = (range: { from: string; to: string }, timeZone: string): string[] =>
  daysBetween(Date.parse(range.from), Date.parse(range.to), timeZone);
