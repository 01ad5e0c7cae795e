import { defineEntity, p } from '@mikro-orm/core';

/** A URL an org subscribed to some event types; its signing secret is sealed (see secret-box.ts). */
export const WebhookEndpointSchema = defineEntity({
  name: 'WebhookEndpoint',
  tableName: 'webhook_endpoints',
  properties: {
    id: p.string().length(40).primary(),
    orgId: p.string().length(40).index(),
    url: p.string().length(2000),
    description: p.string().length(500).nullable(),
    /** Comma-separated event types. */
    eventTypes: p.string().length(300),
    enabled: p.boolean(),
    consecutiveFailures: p.integer(),
    disabledAt: p.bigint('number').nullable(),
    secretSealed: p.string().length(300),
    /** The secret before the last rotation: it signs too until previousSecretExpiresAt. */
    previousSecretSealed: p.string().length(300).nullable(),
    previousSecretExpiresAt: p.bigint('number').nullable(),
    createdAt: p.bigint('number'),
  },
});

export type WebhookEndpoint = InstanceType<typeof WebhookEndpointSchema.class>;

/**
 * The outbox: one row per event and endpoint, written in the transaction that created the event, then claimed by
 * a delivery worker with a lease (a crash mid-attempt lets the lease expire: the same delivery id is sent again).
 */
export const WebhookDeliverySchema = defineEntity({
  name: 'WebhookDelivery',
  tableName: 'webhook_deliveries',
  indexes: [{ properties: ['status', 'nextAttemptAt'] }, { properties: ['webhookId', 'id'] }],
  properties: {
    id: p.string().length(40).primary(),
    orgId: p.string().length(40),
    webhookId: p.string().length(40),
    eventId: p.string().length(40),
    eventType: p.string().length(40),
    payload: p.text(),
    /** pending, succeeded or failed. */
    status: p.string().length(10),
    attempts: p.integer(),
    nextAttemptAt: p.bigint('number').nullable(),
    leaseUntil: p.bigint('number').nullable(),
    lastStatusCode: p.integer().nullable(),
    lastError: p.string().length(500).nullable(),
    responseExcerpt: p.string().length(512).nullable(),
    lastAttemptAt: p.bigint('number').nullable(),
    deliveredAt: p.bigint('number').nullable(),
    createdAt: p.bigint('number'),
  },
});
