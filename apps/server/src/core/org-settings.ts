import type { Plan } from './plan-catalogue.js';

/** What every request of an org needs to know about it: read once, cached (see OrgService). */
export interface OrgSettings {
  id: string;
  name: string;
  plan: Plan;
  currency: string;
  defaultHourlyRateMinor: number;
  timezone: string;
  needsReviewCredit: number;
  fallbackBaselineMinutes: number | null;
  usdFxRateOverride: number | null;
  includedEvents: number | null;
  createdAt: number;
}
