import { defineEntity, p } from '@mikro-orm/core';

/**
 * A claim on one scheduled job for one org and period (`weekly.digest` of week 2026-11-23, `alerts` of an hour…):
 * the primary key makes exactly one process win it, whichever process and however late it runs.
 */
export const ScheduledRunSchema = defineEntity({
  name: 'ScheduledRun',
  tableName: 'scheduled_runs',
  properties: {
    job: p.string().length(40).primary(),
    orgId: p.string().length(40).primary(),
    period: p.string().length(40).primary(),
    claimedAt: p.bigint('number'),
    /** Digest emails still to send: the rendered digest, null once sent (or when there is nothing to email). */
    emailPayload: p.text().nullable(),
    emailLeaseUntil: p.bigint('number').nullable(),
  },
});
