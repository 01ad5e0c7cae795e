import type { Plan } from '../orgs/org-settings.js';

/** One graduated overage tier: `upTo` events over the included amount (null = open-ended) at `eurPerEvent`. */
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
}

export interface PlanCatalogue {
  plans: Record<Plan, PlanLimits>;
  overageTiers: OverageTier[];
}

/** The hosted service's published plans, the default an operator may override. */
export const DEFAULT_PLAN_CATALOGUE: PlanCatalogue = {
  plans: {
    free: { includedEvents: 500, hardCap: true, ratePerSecond: 60 },
    pro: { includedEvents: 10_000, hardCap: false, ratePerSecond: 200 },
    enterprise: { includedEvents: null, hardCap: false, ratePerSecond: 1_000 },
  },
  overageTiers: [
    { upTo: 50_000, eurPerEvent: 0.005 },
    { upTo: 250_000, eurPerEvent: 0.004 },
    { upTo: 1_000_000, eurPerEvent: 0.003 },
    { upTo: null, eurPerEvent: 0.003 },
  ],
};
