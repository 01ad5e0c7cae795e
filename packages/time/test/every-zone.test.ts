// Property test over every IANA zone the runtime knows and every day 2020-01-01 … 2035-12-31: each local day starts
// after the previous one, and at the instant an independent implementation (the Temporal polyfill's own tz
// transitions, turned into day starts by plain arithmetic here) says. Days are walked in order per zone, so the whole
// sweep costs about one offset look-up per day.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { bucketKey, DAY_MS, daysIn, startOfDay } from '../src/index.js';

const FIRST = Date.UTC(2020, 0, 1);
const END = Date.UTC(2036, 0, 1); // exclusive
const REACH_MS = 16 * 3_600_000;

interface Regime {
  from: number; // the transition that starts it (−∞ for the first)
  offset: number;
}

/** The zone's offsets over the years tested, from Temporal's transition search. */
function regimes(tz: string): Regime[] {
  let zdt = Temporal.Instant.fromEpochMilliseconds(FIRST - 2 * DAY_MS).toZonedDateTimeISO(tz);
  const list: Regime[] = [{ from: Number.NEGATIVE_INFINITY, offset: zdt.offsetNanoseconds / 1e6 }];
  for (;;) {
    const next = zdt.getTimeZoneTransition('next');
    if (next === null || next.epochMilliseconds > END + 2 * DAY_MS) return list;
    list.push({ from: next.epochMilliseconds, offset: next.offsetNanoseconds / 1e6 });
    zdt = next;
  }
}

/** The first instant whose wall clock reads `date` 00:00 or later, from the regimes near it. */
function oracleStart(date: number, list: Regime[], at: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = at; i < list.length && list[i].from <= date + REACH_MS; i++) {
    const candidate = Math.max(list[i].from, date - list[i].offset);
    const until = i + 1 < list.length ? list[i + 1].from : Number.POSITIVE_INFINITY;
    if (candidate < until) best = Math.min(best, candidate);
  }
  return best;
}

const zones = [...Intl.supportedValuesOf('timeZone'), 'UTC'];
/** `YYYY-MM-DD` of each day tested, once for all zones. */
const keys = Array.from({ length: (END - FIRST) / DAY_MS + 1 }, (_, i) => new Date(FIRST + i * DAY_MS).toISOString().slice(0, 10));

describe('every zone, every day 2020–2035', () => {
  it(`day starts increase and agree with Temporal in all ${zones.length} zones`, { timeout: 120_000 }, () => {
    const failures: string[] = [];
    let checked = 0;
    for (const tz of zones) {
      const list = regimes(tz);
      const starts: number[] = [];
      let at = 0;
      for (let date = FIRST; date <= END; date += DAY_MS) {
        while (at + 1 < list.length && list[at + 1].from <= date - REACH_MS) at++;
        starts.push(oracleStart(date, list, at));
      }
      const days = daysIn(starts[0], starts[starts.length - 1], tz);
      let d = 0;
      let near = 0;
      for (let i = 0; i + 1 < starts.length; i++) {
        const key = keys[i];
        if (starts[i + 1] < starts[i]) failures.push(`${tz} ${key}: the oracle goes backwards`);
        if (starts[i + 1] === starts[i]) continue; // a day skipped whole has no instants and no entry
        const day = days[d++];
        checked++;
        if (day?.key !== key || day.start !== starts[i] || day.end !== starts[i + 1]) {
          failures.push(`${tz} ${key}: [${iso(starts[i])}, ${iso(starts[i + 1])}) expected, got ${JSON.stringify(day)}`);
          if (failures.length > 20) break;
          continue;
        }
        if (!(day.start < day.end)) failures.push(`${tz} ${key}: starts no later than the next day`);
        // Near an offset change, and on every 29th day: the stand-alone functions agree with the walk.
        while (near + 1 < list.length && list[near].from < day.start - 2 * DAY_MS) near++;
        if (Math.abs(list[near].from - day.start) < 2 * DAY_MS || i % 29 === 0) {
          const [y, m, dd] = key.split('-').map(Number);
          if (startOfDay(y, m, dd, tz) !== day.start) failures.push(`${tz} ${key}: startOfDay ${iso(startOfDay(y, m, dd, tz))}`);
          if (bucketKey(day.start, 'day', tz) !== key || bucketKey(day.start - 1, 'day', tz) === key)
            failures.push(`${tz} ${key}: ${iso(day.start)} is not the day's first instant`);
        }
      }
      if (d !== days.length) failures.push(`${tz}: ${days.length} days walked, ${d} expected`);
      if (failures.length > 20) break;
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(zones.length * 5_800);
  });
});

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms));
