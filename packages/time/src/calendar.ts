// Local days, ISO weeks and months in an IANA time zone, as instants (UTC milliseconds).
//
// Offsets come from @date-fns/tz (`tzOffset`: the runtime's tz database through Intl, one cached formatter per zone,
// and we hand it canonical names only, so that cache is as small as the database). The rest is integer arithmetic, so
// "the day", "the week" and "the month" have one definition for the server and the dashboard.
//
// A day starts at its first instant: local midnight, or, where a DST jump skips midnight (America/Havana,
// America/Santiago, Asia/Beirut…), the instant of the jump. Where a fall-back repeats midnight, the earlier one.
// One assumption, checked for every zone and every day 2020–2035 by the property test: a zone's offset changes at
// most once in any week (the closest changes in the database are four weeks apart).
import { tzOffset } from '@date-fns/tz';
import { createLRU } from 'lru.min';
import { zone } from './zone-names.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** No offset is beyond ±16 h (today's range is −12 h … +14 h): a local midnight lies within this of its UTC twin. */
const REACH_MS = 16 * HOUR_MS;

export type CalendarUnit = 'day' | 'week' | 'month';

export interface ZonedParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
}

export interface LocalDay {
  /** `YYYY-MM-DD` in the zone. */
  key: string;
  /** [start, end): the day's instants. */
  start: number;
  end: number;
}

export interface CalendarMonth {
  /** `YYYY-MM` in the zone. */
  key: string;
  start: number;
  end: number;
}

function finite(ms: number): number {
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${ms}`);
  return ms;
}

/** Offset from UTC at an instant, in ms (+3_600_000 for Europe/Berlin in winter). `tz` is canonical. */
function offsetMs(ms: number, tz: string): number {
  return Math.round(tzOffset(tz, new Date(ms)) * 60_000);
}

/** The local wall clock at `ms` read as if it were UTC: its UTC fields are the zone's date and time. */
const wallClock = (ms: number, tz: string): number => ms + offsetMs(ms, tz);
/** The local date at `ms` as the UTC midnight of the same calendar date. */
const localDate = (ms: number, tz: string): number => Math.floor(wallClock(ms, tz) / DAY_MS) * DAY_MS;

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM-DD` of a UTC midnight standing for a calendar date. */
const dateKey = (date: number): string => new Date(date).toISOString().slice(0, 10);

/**
 * The first instant of the local calendar date `date` (given as that date's UTC midnight), with the offset in force
 * then. Two offset look-ups when no jump is near (nearly every day), a short search on the day of a skipped midnight.
 */
function dayStart(date: number, tz: string): [start: number, offset: number] {
  const before = offsetMs(date - REACH_MS, tz);
  const after = offsetMs(date + REACH_MS, tz);
  const early = date - before;
  if (before === after) return [early, before];
  // One change in between. Midnight on the old offset, else on the new one (a fall-back may repeat it: earlier wins).
  if (offsetMs(early, tz) === before) return [early, before];
  const late = date - after;
  if (offsetMs(late, tz) === after) return [late, after];
  // Midnight was skipped: the day starts at the jump, which lies in (late, early]. Binary search to the millisecond.
  let lo = late;
  let hi = early;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMs(mid, tz) === before) lo = mid;
    else hi = mid;
  }
  return [hi, after];
}

/** The wall-clock date and time at `ms` in `tz`. */
export function zonedParts(ms: number, tz: string): ZonedParts {
  const d = new Date(wallClock(finite(ms), zone(tz)));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay() || 7,
  };
}

/** Offset of `tz` from UTC at `ms`, in milliseconds. */
export const offsetAt = (ms: number, tz: string): number => offsetMs(finite(ms), zone(tz));

/** The local calendar day (`YYYY-MM-DD`) of an instant. */
export const dayOf = (ms: number, tz: string): string => dateKey(localDate(finite(ms), zone(tz)));

/** The first instant of a local calendar day; month and day may overflow (month 13 → January next year, day 0 → the last of the previous month). */
export function startOfDay(year: number, month: number, day: number, tz: string): number {
  return dayStart(finite(Date.UTC(year, month - 1, day)), zone(tz))[0];
}

/** The first instant of the local day `YYYY-MM-DD`, plus `addDays` calendar days. */
export function startOfDayKey(key: string, tz: string, addDays = 0): number {
  const [y, m, d] = key.split('-').map(Number);
  return startOfDay(y, m, d + addDays, tz);
}

/** The first instant of the local day containing `ms`, plus `addDays` calendar days. */
export function startOfDayAt(ms: number, tz: string, addDays = 0): number {
  const z = zone(tz);
  return dayStart(localDate(finite(ms), z) + addDays * DAY_MS, z)[0];
}

/** The bucket key of an instant: `YYYY-MM-DD` (day), the ISO week's Monday (week), `YYYY-MM` (month). */
export function bucketKey(ms: number, unit: CalendarUnit, tz: string): string {
  const date = localDate(finite(ms), zone(tz));
  if (unit === 'day') return dateKey(date);
  if (unit === 'month') return dateKey(date).slice(0, 7);
  const weekday = new Date(date).getUTCDay() || 7;
  return dateKey(date - (weekday - 1) * DAY_MS);
}

/** [start, end) of a bucket, from its key. */
export function bucketBounds(key: string, unit: CalendarUnit, tz: string): [number, number] {
  const [y, m, d = 1] = key.split('-').map(Number);
  if (unit === 'month') return [startOfDay(y, m, 1, tz), startOfDay(y, m + 1, 1, tz)];
  const days = unit === 'day' ? 1 : 7;
  return [startOfDay(y, m, d, tz), startOfDay(y, m, d + days, tz)];
}

/**
 * Every local day intersecting [from, to), oldest first. The loop counts calendar dates from the first to the last,
 * so it is bounded by the range whatever the zone does; a day a jump skips entirely (Pacific/Apia, 2011-12-30) has
 * no instants and is left out. A week without an offset change (the same offset at both ends of it: changes are
 * weeks apart) is seven days of 24 h; only a week with a change is walked day by day.
 */
export function daysIn(from: number, to: number, tz: string): LocalDay[] {
  const z = zone(tz);
  if (!(finite(from) < finite(to))) return [];
  const first = localDate(from, z);
  const count = Math.max(1, Math.round((localDate(to - 1, z) - first) / DAY_MS) + 1);
  const days: LocalDay[] = [];
  let [start, offset] = dayStart(first, z);
  for (let i = 0; i < count; ) {
    const date = first + i * DAY_MS;
    const span = Math.min(7, count - i);
    if (start + offset === date && offsetMs(start + span * DAY_MS, z) === offset) {
      for (let k = 0; k < span; k++)
        days.push({ key: dateKey(date + k * DAY_MS), start: start + k * DAY_MS, end: start + (k + 1) * DAY_MS });
      start += span * DAY_MS;
      i += span;
      continue;
    }
    const [next, nextOffset] = dayStart(date + DAY_MS, z);
    if (next < start) throw new Error(`${z}: ${dateKey(date + DAY_MS)} would start before ${dateKey(date)}`);
    if (next > start) days.push({ key: dateKey(date), start, end: next });
    start = next;
    offset = nextOffset;
    i++;
  }
  return days;
}

/** The `YYYY-MM-DD` keys of `daysIn`. */
export const daysOf = (from: number, to: number, tz: string): string[] => daysIn(from, to, tz).map((d) => d.key);

/**
 * The range just before [from, to), of equal length (what a period is compared with): as many calendar days of
 * the zone when `calendarDays` and it starts at a midnight there, so a DST change inside either range moves
 * nothing off midnight; otherwise the same duration.
 */
export function previousRange(from: number, to: number, tz: string, calendarDays = true): [number, number] {
  const startsAtMidnight = calendarDays && startOfDayAt(from, tz) === from;
  return [startsAtMidnight ? startOfDayAt(from, tz, -daysOf(from, to, tz).length) : from - (to - from), from];
}

/** Whether the zone's offset passes `ok` throughout [from, to) (sampled weekly and at the end: changes are weeks apart). */
export function offsetsThroughout(tz: string, from: number, to: number, ok: (offsetMs: number) => boolean): boolean {
  const z = zone(tz);
  const last = Math.max(finite(from), finite(to) - 1);
  for (let t = from; ; t += WEEK_MS) {
    const at = Math.min(t, last);
    if (!ok(offsetMs(at, z))) return false;
    if (at === last) return true;
  }
}

/** The last billing month asked per zone: `monthOf` runs on every insert, and nearly always for the same month. */
const lastMonth = createLRU<string, CalendarMonth>({ max: 1_000 });

/** The calendar month in `tz` that contains `ms`: [start, end). */
export function monthOf(ms: number, tz: string): CalendarMonth {
  const z = zone(tz);
  const last = lastMonth.get(z);
  if (last !== undefined && ms >= last.start && ms < last.end) return last;
  const p = zonedParts(ms, z);
  const month = { key: `${p.year}-${pad(p.month)}`, start: startOfDay(p.year, p.month, 1, z), end: startOfDay(p.year, p.month + 1, 1, z) };
  lastMonth.set(z, month);
  return month;
}

/**
 * The instant the wall clock of `tz` first shows `hour`:00 on the local day `key` (`YYYY-MM-DD`). On a day whose
 * offset changes before that hour, the change is taken into account (an hour the jump skips maps to just after it).
 */
export function atLocalHour(key: string, hour: number, tz: string): number {
  const z = zone(tz);
  const start = startOfDayKey(key, z);
  const guess = start + hour * HOUR_MS;
  return guess - (offsetMs(guess, z) - offsetMs(start, z));
}
