import { defineEntity, p } from '@mikro-orm/core';

/**
 * One tracked agent run, valued when it arrived and never revalued: the baseline, rate, prices and FX rate used
 * are frozen on the row. Money in integer minor units of `currency`, hours in integer milli-hours.
 */
export const EventSchema = defineEntity({
  name: 'Event',
  tableName: 'events',
  properties: {
    eventId: p.string().length(30).primary(),
    orgId: p.string().length(40),
    agentId: p.string().length(200),
    taskType: p.string().length(200),
    outcome: p.string().length(12),
    /** metadata.client or metadata.client_id: the reports' client dimension. */
    client: p.string().length(200).nullable(),
    model: p.string().length(200).nullable(),
    /**
     * In the primary key because PostgreSQL partitions this table by month of `occurred_at` and a partitioned
     * table's key must hold the partition key (docs/self-hosting.md, "Partitions by month"). Lookups by `event_id` alone use the
     * key's leading column.
     */
    occurredAt: p.bigint('number').primary(),
    receivedAt: p.bigint('number'),
    agentDurationMs: p.bigint('number').nullable(),
    baselineMinutes: p.double(),
    baselineSource: p.string().length(10),
    hourlyRateMinor: p.bigint('number'),
    currency: p.string().length(3),
    hoursSavedMilli: p.bigint('number'),
    costSavedMinor: p.bigint('number'),
    agentCostMinor: p.bigint('number').nullable(),
    costSource: p.string().length(10),
    netSavedMinor: p.bigint('number'),
    tokensIn: p.bigint('number').nullable(),
    tokensOut: p.bigint('number').nullable(),
    inputUsdPerMtok: p.double().nullable(),
    outputUsdPerMtok: p.double().nullable(),
    priceBookAsOf: p.bigint('number').nullable(),
    fxRate: p.double().nullable(),
    fxAsOf: p.string().length(10).nullable(),
    metadata: p.json<Record<string, unknown>>().nullable(),
    auditSample: p.json<Record<string, unknown>>().nullable(),
    /** A needs_review event's value at full credit, frozen at ingest: what approving it makes it worth. */
    fullCreditHoursMilli: p.bigint('number').nullable(),
    fullCreditCostMinor: p.bigint('number').nullable(),
    /** The review record (see events/review-plan.ts): set once, never changed; the valuation above stays. */
    reviewDecision: p.string().length(10).nullable(),
    reviewNote: p.string().length(1000).nullable(),
    reviewedAt: p.bigint('number').nullable(),
    reviewedByKeyId: p.string().length(40).nullable(),
  },
  // The events list pages newest first by (occurred_at, event_id), alone or with one dimension filter.
  indexes: [
    { name: 'events_org_time', properties: ['orgId', 'occurredAt', 'eventId'] },
    { name: 'events_org_agent_time', properties: ['orgId', 'agentId', 'occurredAt', 'eventId'] },
    { name: 'events_org_task_type_time', properties: ['orgId', 'taskType', 'occurredAt', 'eventId'] },
    { name: 'events_org_client_time', properties: ['orgId', 'client', 'occurredAt', 'eventId'] },
    { name: 'events_org_model_time', properties: ['orgId', 'model', 'occurredAt', 'eventId'] },
    { name: 'events_org_outcome_time', properties: ['orgId', 'outcome', 'reviewDecision', 'occurredAt', 'eventId'] },
  ],
});

/** An Idempotency-Key seen in the last 24 h, with the response it got, replayed byte for byte. */
export const IdempotencyRecordSchema = defineEntity({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_keys',
  properties: {
    orgId: p.string().length(40).primary(),
    key: p.string().length(255).primary(),
    /** SHA-256 of the canonical request: the same key with another body is a different run (409). */
    requestHash: p.string().length(64),
    eventId: p.string().length(30),
    response: p.text(),
    createdAt: p.bigint('number').index(),
  },
});
