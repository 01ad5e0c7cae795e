import { planValues, type Schema } from '@humanhours/contract';

/** The plans, cheapest first, as the spec lists them. */
export const PLANS = planValues;
export type Plan = Schema<'Plan'>;

/** One graduated overage tier: up to `upTo` events over the included amount in total (null: open-ended). */
export interface OverageTier {
  upTo: number | null;
  eurPerEvent: number;
}

export interface PlanLimits {
  /** Events included per billing month; null where it is set per org (enterprise). */
  includedEvents: number | null;
  /** true: events past the included amount are rejected (quota_exceeded); false: billed as overage. */
  hardCap: boolean;
  /** Requests per second per API key. */
  ratePerSecond: number;
  /** Workspaces an org may hold, itself included (1: none besides itself; null: no limit). */
  workspaces: number | null;
}

export interface PlanCatalogue {
  plans: Record<Plan, PlanLimits>;
  overageTiers: OverageTier[];
}

/** The hosted service's published plans, the default an operator may override. */
export const DEFAULT_PLAN_CATALOGUE: PlanCatalogue = {
  plans: {
    free: { includedEvents: 500, hardCap: true, ratePerSecond: 60, workspaces: 1 },
    pro: { includedEvents: 10_000, hardCap: false, ratePerSecond: 200, workspaces: 1 },
    // 25,000 events a month shared by the parent and up to four client workspaces.
    agency: { includedEvents: 25_000, hardCap: false, ratePerSecond: 200, workspaces: 5 },
    enterprise: { includedEvents: null, hardCap: false, ratePerSecond: 1_000, workspaces: null },
  },
  overageTiers: [
    { upTo: 50_000, eurPerEvent: 0.005 },
    { upTo: 250_000, eurPerEvent: 0.004 },
    { upTo: null, eurPerEvent: 0.003 },
  ],
};

/**
 * An operator's catalogue (HUMANHOURS_PLANS_FILE): any subset of the defaults, in the API's snake_case.
 * Returns the merged catalogue, or the problems found.
 */
export function mergePlanCatalogue(raw: unknown, base: PlanCatalogue = DEFAULT_PLAN_CATALOGUE): PlanCatalogue | string[] {
  const problems: string[] = [];
  const merged: PlanCatalogue = structuredClone(base);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return ['must be a JSON object with "plans" and/or "overage_tiers"'];
  const { plans, overage_tiers: tiers, ...rest } = raw as Record<string, any>;
  for (const key of Object.keys(rest)) problems.push(`unknown key "${key}"`);
  const count = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
  for (const [plan, limits] of Object.entries((plans ?? {}) as Record<string, any>)) {
    if (!(plan in merged.plans)) {
      problems.push(`plans.${plan}: unknown plan (free, pro, agency, enterprise)`);
      continue;
    }
    const target = merged.plans[plan as keyof PlanCatalogue['plans']];
    if (limits.included_events !== undefined) {
      if (limits.included_events === null || count(limits.included_events)) target.includedEvents = limits.included_events;
      else problems.push(`plans.${plan}.included_events: a whole number ≥ 0, or null`);
    }
    if (limits.hard_cap !== undefined) {
      if (typeof limits.hard_cap === 'boolean') target.hardCap = limits.hard_cap;
      else problems.push(`plans.${plan}.hard_cap: true or false`);
    }
    if (limits.rate_per_second !== undefined) {
      // The API documents X-RateLimit-Limit and the usage report's rate up to 1,000,000.
      if (count(limits.rate_per_second) && limits.rate_per_second > 0 && limits.rate_per_second <= 1_000_000) {
        target.ratePerSecond = limits.rate_per_second;
      } else problems.push(`plans.${plan}.rate_per_second: a whole number from 1 to 1,000,000`);
    }
    if (limits.workspaces !== undefined) {
      if (limits.workspaces === null || (count(limits.workspaces) && limits.workspaces >= 1 && limits.workspaces <= 1000))
        target.workspaces = limits.workspaces;
      else problems.push(`plans.${plan}.workspaces: a whole number from 1 to 1,000, or null`);
    }
  }
  if (tiers !== undefined) {
    const valid =
      Array.isArray(tiers) &&
      tiers.length > 0 &&
      tiers.every(
        (t, i) =>
          (t.up_to === null ? i === tiers.length - 1 : count(t.up_to) && (i === 0 || t.up_to > tiers[i - 1].up_to)) &&
          typeof t.eur_per_event === 'number' &&
          t.eur_per_event >= 0,
      );
    if (valid) merged.overageTiers = tiers.map((t: any) => ({ upTo: t.up_to, eurPerEvent: t.eur_per_event }));
    else problems.push('overage_tiers: a non-empty list of { up_to (increasing; null only last), eur_per_event ≥ 0 }');
  }
  return problems.length ? problems : merged;
}
