import { defineEntity, p } from '@mikro-orm/core';

export const AlertRuleSchema = defineEntity({
  name: 'AlertRule',
  tableName: 'alert_rules',
  properties: {
    id: p.string().length(40).primary(),
    orgId: p.string().length(40).index(),
    kind: p.string().length(40),
    agentId: p.string().length(200).nullable(),
    /** Minor units for the money kinds, basis points for failure_share_above: integers, compared exactly. */
    threshold: p.bigint('number'),
    windowDays: p.integer(),
    enabled: p.boolean(),
    description: p.string().length(500).nullable(),
    lastEvaluatedAt: p.bigint('number').nullable(),
    createdAt: p.bigint('number'),
  },
});

export type AlertRule = InstanceType<typeof AlertRuleSchema.class>;

/** An open breach of a rule by one subject (an agent id, or `*` for the org): sent once, closed when it clears. */
export const AlertBreachSchema = defineEntity({
  name: 'AlertBreach',
  tableName: 'alert_breaches',
  properties: {
    ruleId: p.string().length(40).primary(),
    subject: p.string().length(200).primary(),
    since: p.bigint('number'),
  },
});
