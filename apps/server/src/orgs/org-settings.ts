import { canonicalZone } from '@humanhours/time';
import type { OrgSettings, PendingReviewValuation } from '../core/org-settings.js';
import type { Plan } from '../core/plan-catalogue.js';
import type { Org } from './org.entity.js';

/** An org's row as the settings every request reads (see OrgService). */
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
