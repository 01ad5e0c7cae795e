import { defineEntity, p } from '@mikro-orm/core';

export const AgentSchema = defineEntity({
  name: 'Agent',
  tableName: 'agents',
  properties: {
    orgId: p.string().length(40).primary(),
    agentId: p.string().length(200).primary(),
    displayName: p.string().length(200).nullable(),
    hourlyRateOverrideMinor: p.bigint('number').nullable(),
    eventCount: p.bigint('number').default(0),
    firstSeenAt: p.bigint('number').nullable(),
    lastSeenAt: p.bigint('number').nullable(),
  },
});

export type Agent = InstanceType<typeof AgentSchema.class>;
