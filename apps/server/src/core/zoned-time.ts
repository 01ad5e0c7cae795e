// Calendar arithmetic in an IANA time zone with Intl only (no dependency): billing months, report buckets.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

export interface ZonedParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock date and time at `ms` in `tz`. */
export function zonedParts(ms: number, tz: string): ZonedParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** Offset of `tz` from UTC at the instant `ms`, in milliseconds (e.g. +3_600_000 for Europe/Berlin in winter). */
export function offsetAt(ms: number, tz: string): number {
  const p = zonedParts(ms, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (ms - (ms % 1000));
}

/**
 * The instant a wall-clock time in `tz` begins (month may overflow, e.g. 13 → January next year). For a local
 * midnight skipped by a DST jump, the first instant after it.
 */
export function zonedToUtc(year: number, month: number, day: number, tz: string, hour = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour);
  let guess = wall - offsetAt(wall, tz);
  guess = wall - offsetAt(guess, tz);
  return guess;
}

export interface CalendarMonth {
  /** `YYYY-MM` in the zone. */
  key: string;
  start: number;
  end: number;
}

const lastMonth = new Map<string, CalendarMonth>();

/** The calendar month in `tz` that contains `ms`: [start, end). Remembered per zone: asked on every insert. */
export function monthOf(ms: number, tz: string): CalendarMonth {
  const last = lastMonth.get(tz);
  if (last && ms >= last.start && ms < last.end) return last;
  const p = zonedParts(ms, tz);
  const month = {
    key: `${p.year}-${String(p.month).padStart(2, '0')}`,
    start: zonedToUtc(p.year, p.month, 1, tz),
    end: zonedToUtc(p.year, p.month + 1, 1, tz),
  };
  lastMonth.set(tz, month);
  return month;
}
