import { defineEntity, p } from '@mikro-orm/core';

export const ApiKeySchema = defineEntity({
  name: 'ApiKey',
  tableName: 'api_keys',
  properties: {
    /** The 8-character public id that stands in the key itself (`hh_live_<id>_<secret>`). */
    id: p.string().length(8).primary(),
    orgId: p.string().length(40).index(),
    name: p.string().length(100),
    mode: p.string().length(4),
    /** SHA-256 of the whole key, hex. The key itself is never stored. */
    secretHash: p.string().length(64),
    /** Space-separated scopes. */
    scopes: p.string().length(100),
    createdAt: p.bigint('number'),
    lastUsedAt: p.bigint('number').nullable(),
    revokedAt: p.bigint('number').nullable(),
  },
});

export type ApiKey = InstanceType<typeof ApiKeySchema.class>;
