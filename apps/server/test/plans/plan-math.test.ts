import { monthOf, offsetAt, startOfDay } from '@humanhours/time';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_CATALOGUE, mergePlanCatalogue } from '../../src/core/plan-catalogue.js';
import { graduatedOverageEur, includedEvents, projectedOverageEur, projectMonthTotal, quotaFor } from '../../src/plans/plan-math.js';

const tiers = DEFAULT_PLAN_CATALOGUE.overageTiers;

describe('graduated overage, at every tier boundary', () => {
  it.each([
    [0, 0],
    [1, 0.01], // 0.005 € rounds to a cent
    [2, 0.01],
    [50_000, 250],
    [50_001, 250],
    [50_002, 250.01],
    [250_000, 250 + 800],
    [250_001, 1050],
    [1_000_000, 1050 + 2250],
    [1_000_001, 3300],
    [2_000_000, 3300 + 3000],
  ])('%i events over → €%d', (overage, eur) => {
    expect(graduatedOverageEur(overage, tiers)).toBe(eur);
  });

  it('never charges a negative overage', () => {
    expect(graduatedOverageEur(-5, tiers)).toBe(0);
  });
});

describe('projection to the end of the month', () => {
  const start = Date.UTC(2026, 10, 1);
  const end = Date.UTC(2026, 11, 1);

  it('carries the pace so far to the month end', () => {
    expect(projectMonthTotal(1000, start + (end - start) / 2, start, end)).toBe(2000);
    expect(projectMonthTotal(0, start + 3_600_000, start, end)).toBe(0);
  });

  it('forecasts nothing below the included amount, and nothing on a hard cap', () => {
    const half = start + (end - start) / 2;
    expect(projectedOverageEur(4000, 10_000, false, half, { start, end }, tiers)).toBeNull();
    expect(projectedOverageEur(10_000, 10_000, false, half, { start, end }, tiers)).toBe(50); // 20k projected, 10k over
    expect(projectedOverageEur(10_000, 500, true, half, { start, end }, tiers)).toBeNull();
  });
});

describe('billing months follow the org time zone', () => {
  it('starts a month at local midnight', () => {
    const berlin = monthOf(Date.UTC(2026, 10, 30, 23, 30), 'Europe/Berlin'); // 00:30 on 1 Dec in Berlin
    expect(berlin.key).toBe('2026-12');
    expect(new Date(berlin.start).toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(new Date(berlin.end).toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(monthOf(Date.UTC(2026, 10, 30, 23, 30), 'UTC').key).toBe('2026-11');
  });

  it('handles DST changes inside a month and odd offsets', () => {
    const march = monthOf(Date.UTC(2026, 2, 15), 'America/New_York');
    expect(new Date(march.start).toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(new Date(march.end).toISOString()).toBe('2026-04-01T04:00:00.000Z');
    expect(offsetAt(Date.UTC(2026, 0, 1), 'Asia/Kathmandu')).toBe(5.75 * 3_600_000);
    expect(new Date(startOfDay(2027, 1, 1, 'Asia/Kathmandu')).toISOString()).toBe('2026-12-31T18:15:00.000Z');
  });

  it('gives the quota of a hard-capped plan, and none to paid plans', () => {
    const now = Date.UTC(2026, 10, 21);
    expect(quotaFor({ id: 'o', plan: 'free', includedEvents: null, timezone: 'UTC' }, DEFAULT_PLAN_CATALOGUE, now)).toEqual({
      orgId: 'o',
      month: '2026-11',
      monthEnd: Date.UTC(2026, 11, 1),
      cap: 500,
    });
    expect(quotaFor({ id: 'o', plan: 'pro', includedEvents: null, timezone: 'UTC' }, DEFAULT_PLAN_CATALOGUE, now).cap).toBeNull();
    expect(includedEvents({ plan: 'enterprise', includedEvents: 250_000 }, DEFAULT_PLAN_CATALOGUE)).toBe(250_000);
  });
});

describe('an operator’s plan catalogue', () => {
  it('merges over the defaults', () => {
    const merged = mergePlanCatalogue({
      plans: { free: { included_events: 1000, rate_per_second: 10 } },
      overage_tiers: [{ up_to: null, eur_per_event: 0.001 }],
    });
    expect(merged).toMatchObject({
      plans: { free: { includedEvents: 1000, hardCap: true, ratePerSecond: 10 }, pro: { includedEvents: 10_000 } },
      overageTiers: [{ upTo: null, eurPerEvent: 0.001 }],
    });
  });

  it('reports every problem', () => {
    const problems = mergePlanCatalogue({
      plans: { gold: {}, free: { hard_cap: 'yes', rate_per_second: 0 } },
      overage_tiers: [
        { up_to: null, eur_per_event: 1 },
        { up_to: 5, eur_per_event: 1 },
      ],
      x: 1,
    });
    expect(problems).toHaveLength(5);
    expect(mergePlanCatalogue({ plans: { pro: { rate_per_second: 2_000_000 } } })).toEqual([
      'plans.pro.rate_per_second: a whole number from 1 to 1,000,000',
    ]);
  });
});
