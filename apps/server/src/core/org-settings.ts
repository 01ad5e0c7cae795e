import type { Schema } from '@humanhours/contract';
import type { Plan } from './plan-catalogue.js';

/** How reports count needs_review events nobody reviewed yet: at the org's credit (as tracked), or at zero. */
export type PendingReviewValuation = Schema<'PendingReviewValuation'>;

/** What every request of an org needs to know about it: read once, cached (see OrgService). */
export interface OrgSettings {
  id: string;
  name: string;
  plan: Plan;
  currency: string;
  defaultHourlyRateMinor: number;
  timezone: string;
  needsReviewCredit: number;
  pendingReviewValuation: PendingReviewValuation;
  fallbackBaselineMinutes: number | null;
  usdFxRateOverride: number | null;
  includedEvents: number | null;
  parentOrgId: string | null;
  closedAt: number | null;
  createdAt: number;
  digestEmails: string[];
}
