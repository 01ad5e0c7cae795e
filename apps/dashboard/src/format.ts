import { dayOf, daysOf as daysBetween, previousRange as previousRangeOf, startOfDayKey } from '@humanhours/time';

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

const fixed = (digits: number) => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });

// One precision per unit everywhere (cards, tables, chart axes), so a column of figures lines up and reads alike.
export const fmt = {
  /** Hours with one decimal and their unit: `47.8 h`. */
  hours: (n: number) => `${numberFormat('hours', fixed(1)).format(n)} h`,
  /** An amount in the org's currency (its own minor-unit digits: €2.97, ¥300). */
  money: (n: number, currency: string) => numberFormat(`money:${currency}`, { style: 'currency', currency }).format(n),
  count: (n: number) => numberFormat('count', { maximumFractionDigits: 0 }).format(n),
  /** Full-time equivalents (40-hour weeks), two decimals. */
  fte: (n: number) => numberFormat('fte', fixed(2)).format(n),
  /** A 0–1 share as a percentage (the API rounds shares to 4 decimals: 0.9529 → 95.29 %). */
  share: (n: number | null) => (n === null ? '–' : numberFormat('share', { style: 'percent', maximumFractionDigits: 2 }).format(n)),
  /** Baseline minutes (an input, kept to its hundredths): `4.0 min`, `2.75 min`. */
  minutes: (n: number) => `${numberFormat('minutes', { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(n)} min`,
  /** Time saved per event, in minutes with one decimal (an average hour figure reads badly: 0.2 h). */
  minutesSaved: (hours: number) => `${numberFormat('minutes-saved', fixed(1)).format(hours * 60)} min`,
  /** A change against the previous period, unsigned (the arrow says the direction): `12.3 %`. */
  change: (n: number) => numberFormat('change', { style: 'percent', ...fixed(1) }).format(Math.abs(n)),
  seconds: (n: number | null) => (n === null ? '–' : `${numberFormat('seconds', fixed(1)).format(n)} s`),
};

export function formatDate(iso: string | null, timeZone?: string): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

export function formatDateTime(iso: string | null, timeZone?: string): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** A report range as short calendar days in its zone ("Oct 3 – Nov 1"), the year only where it helps. */
export function formatShortRange(range: { from: string; to: string }, timeZone: string): string {
  const from = new Date(range.from);
  const last = new Date(Date.parse(range.to) - 1);
  const thisYear = (d: Date) => dayIn(d.toISOString(), timeZone).slice(0, 4) === dayIn(new Date().toISOString(), timeZone).slice(0, 4);
  const year = thisYear(from) && thisYear(last) ? undefined : 'numeric';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year, timeZone }).formatRange(from, last);
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

/** The part of a report range on one of its calendar days (a trend row): that day in its zone, cut to the range. */
export function dayRangeIn(day: string, range: { from: string; to: string }, timeZone: string): { from: string; to: string } {
  const from = Math.max(startOfDayKey(day, timeZone), Date.parse(range.from));
  const to = Math.min(startOfDayKey(day, timeZone, 1), Date.parse(range.to));
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export const dayIn = (iso: string, timeZone: string): string => dayOf(Date.parse(iso), timeZone);

/** The calendar days of a report range in its zone, oldest first (for sparklines of `group_by=…,day`). */
export const daysOf = (range: { from: string; to: string }, timeZone: string): string[] =>
  daysBetween(Date.parse(range.from), Date.parse(range.to), timeZone);

/** The range just before a report's, of equal length: calendar days of its zone except for 24 hours (@humanhours/time). */
export function previousRange(range: { from: string; to: string }, timeZone: string, period: string): { from: string; to: string } {
  const [from, to] = previousRangeOf(Date.parse(range.from), Date.parse(range.to), timeZone, period !== '24h');
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}
