import { canonicalZone } from '@humanhours/time';
import type { Org } from './org.entity.js';

export const PLANS = ['free', 'pro', 'agency', 'enterprise'] as const;
export type Plan = (typeof PLANS)[number];

/** How reports count needs_review events nobody reviewed yet: at the org's credit (as tracked), or at zero. */
export type PendingReviewValuation = 'credit' | 'zero';

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

export function toSettings(org: Org): OrgSettings {
  return {
    id: org.id,
    name: org.name,
    plan: org.plan as Plan,
    currency: org.currency,
    defaultHourlyRateMinor: Number(org.defaultHourlyRateMinor),
    // Rows from before names were canonicalised may hold any letter case.
    timezone: canonicalZone(org.timezone) ?? org.timezone,
    needsReviewCredit: Number(org.needsReviewCredit),
    pendingReviewValuation: (org.pendingReviewValuation ?? 'credit') as PendingReviewValuation,
    fallbackBaselineMinutes: org.fallbackBaselineMinutes == null ? null : Number(org.fallbackBaselineMinutes),
    usdFxRateOverride: org.usdFxRateOverride == null ? null : Number(org.usdFxRateOverride),
    includedEvents: org.includedEvents == null ? null : Number(org.includedEvents),
    parentOrgId: org.parentOrgId ?? null,
    closedAt: org.closedAt == null ? null : Number(org.closedAt),
    createdAt: Number(org.createdAt),
    digestEmails: org.digestEmails ? org.digestEmails.split(',') : [],
  };
}
