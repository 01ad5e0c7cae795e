import { describe, expect, it } from 'vitest';
import {
  bucketBounds,
  bucketKey,
  canonicalZone,
  daysOf,
  monthOf,
  offsetsThroughout,
  previousRange,
  startOfDay,
  startOfDayAt,
  ZONE_NAME_CACHE_MAX,
  zonedParts,
  zoneNameCacheSize,
} from '../src/index.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('zone names', () => {
  it('canonicalises any letter case and refuses what is not a zone', () => {
    expect(canonicalZone('europe/BERLIN')).toBe('Europe/Berlin');
    expect(canonicalZone('utc')).toBe('UTC');
    expect(canonicalZone('AMERICA/HAVANA')).toBe('America/Havana');
    for (const bad of ['Mars/Olympus', '+01:00', '', 'Europe/Berlin/', '../etc', 'a'.repeat(65), '__proto__', 'constructor'])
      expect(canonicalZone(bad)).toBeUndefined();
  });

  it('remembers a bounded number of spellings however many arrive', () => {
    // 5,000 distinct letter cases of real zones, and 5,000 names that are none.
    const letters = [...'americaargentinabuenosaires'];
    const spellings = new Set<string>();
    for (let i = 0; i < 5_000; i++) {
      // Bit k of i upper-cases the k-th letter: 5,000 distinct spellings of one zone.
      const cased = letters.map((c, k) => ((i >> k) & 1 ? c.toUpperCase() : c)).join('');
      const spelling = `${cased.slice(0, 7)}/${cased.slice(7, 16)}/${cased.slice(16, 22)}_${cased.slice(22)}`;
      spellings.add(spelling);
      expect(canonicalZone(spelling)).toBe(canonicalZone('America/Argentina/Buenos_Aires'));
      expect(canonicalZone(`Nowhere/Zone${i}`)).toBeUndefined();
      monthOf(at('2026-03-10T00:00:00Z'), spelling);
    }
    expect(spellings.size).toBe(5_000);
    expect(zoneNameCacheSize()).toBeLessThanOrEqual(ZONE_NAME_CACHE_MAX);
  });

  it('throws for an unknown zone where a caller skipped validation', () => {
    expect(() => startOfDay(2026, 1, 1, 'Nowhere/Zone')).toThrow(RangeError);
  });
});

describe('skipped midnights', () => {
  it('America/Havana: 8 March 2026 starts at 01:00 CDT, the first instant it has', () => {
    expect(iso(startOfDay(2026, 3, 8, 'America/Havana'))).toBe('2026-03-08T05:00:00.000Z');
    expect(bucketKey(at('2026-03-08T05:00:00Z'), 'day', 'America/Havana')).toBe('2026-03-08');
    expect(bucketKey(at('2026-03-08T04:59:59.999Z'), 'day', 'America/Havana')).toBe('2026-03-07');
    expect(daysOf(at('2026-03-06T05:00:00Z'), at('2026-03-10T04:00:00Z'), 'America/Havana')).toEqual([
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
    ]);
    expect(bucketBounds('2026-03-08', 'day', 'America/Havana').map(iso)).toEqual(['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z']);
  });

  it('America/Santiago: 6 September 2026 starts at 01:00 -03; the year starts on 1 January', () => {
    expect(iso(startOfDay(2026, 9, 6, 'America/Santiago'))).toBe('2026-09-06T04:00:00.000Z');
    expect(iso(startOfDayAt(at('2026-09-06T12:00:00Z'), 'America/Santiago'))).toBe('2026-09-06T04:00:00.000Z');
    const days = daysOf(startOfDay(2026, 1, 1, 'America/Santiago'), startOfDay(2026, 12, 2, 'America/Santiago'), 'America/Santiago');
    expect(days).toHaveLength(335);
    expect(new Set(days).size).toBe(335);
  });

  it('a week and a month that begin on a skipped midnight', () => {
    // Asia/Beirut springs forward at 00:00 on the last Sunday of March; Havana's March 2026 week starts on Monday 2nd.
    expect(bucketKey(at('2026-03-08T12:00:00Z'), 'week', 'America/Havana')).toBe('2026-03-02');
    expect(bucketBounds('2026-03-02', 'week', 'America/Havana').map(iso)).toEqual(['2026-03-02T05:00:00.000Z', '2026-03-09T04:00:00.000Z']);
    expect(monthOf(at('2026-03-29T12:00:00Z'), 'Asia/Beirut')).toMatchObject({ key: '2026-03' });
    expect(iso(monthOf(at('2026-04-02T12:00:00Z'), 'asia/beirut').start)).toBe('2026-03-31T21:00:00.000Z');
  });

  it('a day skipped whole has no instants and no entry (Pacific/Apia, 2011)', () => {
    expect(daysOf(at('2011-12-29T10:00:00Z'), at('2011-12-31T10:00:00Z'), 'Pacific/Apia')).toEqual(['2011-12-29', '2011-12-31']);
  });
});

describe('zoned parts, months and offsets', () => {
  it('reads the wall clock', () => {
    expect(zonedParts(at('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 3,
      minute: 30,
      second: 0,
      weekday: 7,
    });
    expect(zonedParts(at('2026-01-01T00:00:00Z'), 'Asia/Kathmandu')).toMatchObject({ hour: 5, minute: 45 });
  });

  it('answers the billing month from its memo inside the month and recomputes at its edges', () => {
    const march = monthOf(at('2026-03-15T00:00:00Z'), 'Europe/Berlin');
    expect(march).toEqual({ key: '2026-03', start: at('2026-02-28T23:00:00Z'), end: at('2026-03-31T22:00:00Z') });
    expect(monthOf(at('2026-03-31T21:59:59.999Z'), 'europe/berlin')).toBe(march);
    expect(monthOf(at('2026-03-31T22:00:00Z'), 'Europe/Berlin').key).toBe('2026-04');
    expect(monthOf(at('2026-02-28T22:59:59.999Z'), 'Europe/Berlin').key).toBe('2026-02');
  });

  it('checks offsets over a range, bounded by it', () => {
    const whole = (o: number) => o % 3_600_000 === 0;
    expect(offsetsThroughout('Europe/Berlin', at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'), whole)).toBe(true);
    expect(offsetsThroughout('Asia/Kolkata', at('2026-01-01T00:00:00Z'), at('2026-01-02T00:00:00Z'), whole)).toBe(false);
    // Lord Howe's summer offset (+11) is whole, its winter one (+10:30) is not.
    expect(offsetsThroughout('Australia/Lord_Howe', at('2026-01-01T00:00:00Z'), at('2026-03-01T00:00:00Z'), whole)).toBe(true);
    expect(offsetsThroughout('Australia/Lord_Howe', at('2026-01-01T00:00:00Z'), at('2026-06-01T00:00:00Z'), whole)).toBe(false);
    expect(() => offsetsThroughout('UTC', 0, Number.NaN, whole)).toThrow(RangeError);
  });
});

describe('the previous range', () => {
  it('is as many calendar days, midnight to midnight, across a DST change', () => {
    // 21 Oct – 2 Nov 2026 in Berlin (summer time ends on 25 October): the 13 days before start at midnight too.
    expect(
      previousRange(at('2026-10-20T22:00:00Z'), at('2026-11-02T23:00:00Z'), 'Europe/Berlin').map((ms) => new Date(ms).toISOString()),
    ).toEqual(['2026-10-07T22:00:00.000Z', '2026-10-20T22:00:00.000Z']);
  });

  it('is the same duration for a range off midnight (24 hours)', () => {
    expect(previousRange(at('2026-05-04T10:30:00Z'), at('2026-05-05T10:30:00Z'), 'UTC', false)).toEqual([
      at('2026-05-03T10:30:00Z'),
      at('2026-05-04T10:30:00Z'),
    ]);
    expect(previousRange(at('2026-05-04T10:30:00Z'), at('2026-05-05T10:30:00Z'), 'UTC')).toEqual([
      at('2026-05-03T10:30:00Z'),
      at('2026-05-04T10:30:00Z'),
    ]);
  });
});
