import { defineEntity, p } from '@mikro-orm/core';

/** A read-only link to one view of an org's numbers. Only the token's SHA-256 is stored. */
export const ShareLinkSchema = defineEntity({
  name: 'ShareLink',
  tableName: 'share_links',
  properties: {
    id: p.string().length(30).primary(),
    orgId: p.string().length(40),
    tokenHash: p.string().length(64).unique(),
    name: p.string().length(200).nullable(),
    view: p.string().length(20),
    period: p.string().length(10).nullable(),
    fromMs: p.bigint('number').nullable(),
    toMs: p.bigint('number').nullable(),
    filters: p.json<Record<string, string>>(),
    expiresAt: p.bigint('number').nullable(),
    createdAt: p.bigint('number'),
    createdBy: p.string().length(8),
    revokedAt: p.bigint('number').nullable(),
    accessCount: p.bigint('number'),
    lastOpenedAt: p.bigint('number').nullable(),
  },
  indexes: [{ properties: ['orgId', 'id'] }],
});

export type ShareLink = InstanceType<typeof ShareLinkSchema.class>;
