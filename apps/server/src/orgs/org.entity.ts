import { defineEntity, p } from '@mikro-orm/core';

// Timestamps are epoch milliseconds in a bigint column on every table: one representation for SQLite and
// PostgreSQL, cheap to compare in range queries. Money is integer minor units.
export const OrgSchema = defineEntity({
  name: 'Org',
  tableName: 'orgs',
  properties: {
    id: p.string().length(40).primary(),
    name: p.string().length(200),
    plan: p.string().length(20),
    currency: p.string().length(3),
    defaultHourlyRateMinor: p.bigint('number'),
    timezone: p.string().length(64),
    needsReviewCredit: p.double(),
    /** How reports count needs_review events not reviewed yet: at their credit, or at zero until approved. */
    pendingReviewValuation: p.string().length(10).default('credit'),
    fallbackBaselineMinutes: p.double().nullable(),
    usdFxRateOverride: p.double().nullable(),
    includedEvents: p.bigint('number').nullable(),
    /** Digest email recipients, comma-separated (null: none). */
    digestEmails: p.text().nullable(),
    /** The pool owner when this org is a child workspace (its quota and usage are the pool's). */
    parentOrgId: p.string().length(40).nullable(),
    /** When a child workspace was closed (its keys revoked; its events kept). */
    closedAt: p.bigint('number').nullable(),
    createdAt: p.bigint('number'),
  },
  indexes: [{ properties: ['parentOrgId'] }],
});

export type Org = InstanceType<typeof OrgSchema.class>;
