import { defineEntity, p } from '@mikro-orm/core';

/**
 * Events counted per org and billing month (in the org's time zone), incremented in the same transaction as each
 * insert: the quota check and the count are one atomic statement, so a cap is exact under concurrency.
 */
export const OrgUsageSchema = defineEntity({
  name: 'OrgUsage',
  tableName: 'org_usage',
  properties: {
    orgId: p.string().length(40).primary(),
    /** `YYYY-MM` in the org's time zone. */
    month: p.string().length(7).primary(),
    events: p.bigint('number'),
  },
});
