// Plan maths: plain functions, unit tested at every tier boundary.
import { monthOf } from '@humanhours/time';
import type { OrgSettings } from '../core/org-settings.js';
import type { OverageTier, PlanCatalogue } from '../core/plan-catalogue.js';

/** Events included in the org's month: the org's own figure (enterprise), else its plan's. */
export function includedEvents(org: Pick<OrgSettings, 'plan' | 'includedEvents'>, catalogue: PlanCatalogue): number {
  return org.includedEvents ?? catalogue.plans[org.plan].includedEvents ?? 0;
}

/**
 * The price of `overage` events over the included amount, tier by tier: the first tier's events at its price, the
 * next tier's at its own, and so on. In EUR, exact to the cent (tier prices are tenths of a cent).
 */
export function graduatedOverageEur(overage: number, tiers: OverageTier[]): number {
  let remaining = Math.max(0, overage);
  let previousCap = 0;
  let thousandthsOfCent = 0;
  for (const tier of tiers) {
    if (remaining <= 0) break;
    const size = tier.upTo === null ? remaining : Math.min(remaining, tier.upTo - previousCap);
    thousandthsOfCent += size * Math.round(tier.eurPerEvent * 100_000);
    remaining -= size;
    previousCap = tier.upTo ?? previousCap;
  }
  return Math.round(thousandthsOfCent / 1000) / 100;
}

/** This month's pace carried to its end: events so far ÷ share of the month elapsed. */
export function projectMonthTotal(eventsSoFar: number, now: number, monthStart: number, monthEnd: number): number {
  const elapsed = Math.max(now - monthStart, 60_000); // a minute into the month is no basis for a forecast
  return Math.ceil((eventsSoFar * (monthEnd - monthStart)) / elapsed);
}

/** The projected overage charge at the month's end, or null when none is forecast (or the plan never bills it). */
export function projectedOverageEur(
  eventsSoFar: number,
  included: number,
  hardCap: boolean,
  now: number,
  month: { start: number; end: number },
  tiers: OverageTier[],
): number | null {
  if (hardCap) return null;
  const overage = projectMonthTotal(eventsSoFar, now, month.start, month.end) - included;
  return overage > 0 ? graduatedOverageEur(overage, tiers) : null;
}

/**
 * The quota an ingest call counts against: the org's billing month now, capped only on a hard-capped plan. For a
 * child workspace `org` is its pool owner, so every child's events are counted (and capped) on one row.
 */
export function quotaFor(org: Pick<OrgSettings, 'id' | 'plan' | 'includedEvents' | 'timezone'>, catalogue: PlanCatalogue, now: number) {
  const month = monthOf(now, org.timezone);
  const cap = catalogue.plans[org.plan].hardCap ? includedEvents(org, catalogue) : null;
  return { orgId: org.id, month: month.key, monthEnd: month.end, cap };
}
