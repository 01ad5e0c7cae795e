import { defineEntity, p } from '@mikro-orm/core';

/** One recorded change of an org's workspaces or share links: which key, what, when. */
export const AuditEntrySchema = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_log',
  properties: {
    /** A ULID: unique and in time order, so it is also the listing's cursor. */
    id: p.string().length(26).primary(),
    orgId: p.string().length(40),
    /** The API key's public id (`admin`: the operator's token). */
    actor: p.string().length(8),
    action: p.string().length(40),
    targetType: p.string().length(20),
    targetId: p.string().length(200),
    details: p.json<Record<string, unknown>>(),
    at: p.bigint('number'),
  },
  indexes: [{ properties: ['orgId', 'id'] }],
});
