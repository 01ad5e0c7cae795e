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

/** The UTC instant at which a calendar day starts in a time zone (for custom ranges picked as dates). */
export function startOfDayIn(day: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d);
  let instant = wall;
  for (let i = 0; i < 3; i++) instant = wall - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - instant;
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function dayIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** The calendar days of a report range in its zone, oldest first (for sparklines of `group_by=…,day`). */
export function daysOf(range: { from: string; to: string }, timeZone: string): string[] {
  const days: string[] = [];
  const end = new Date(range.to).getTime();
  for (let t = new Date(range.from).getTime(); t < end; t += 6 * 3_600_000) {
    const day = dayIn(new Date(t).toISOString(), timeZone);
    if (days[days.length - 1] !== day) days.push(day);
  }
  return days;
}
