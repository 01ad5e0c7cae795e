import { Inject, Injectable } from '@nestjs/common';
import type { FreshCache } from '../core/fresh-cache.js';
import { ulid } from '../core/ids.js';
import { Database } from '../db/database.js';
import type { DeliveryEventType } from './event-types.js';
import { ENABLED_ENDPOINTS } from './webhook.repository.js';

/** One row of the outbox (a delivery of one event to one endpoint), ready for the transaction of its event. */
export interface OutboxRow {
  id: string;
  orgId: string;
  webhookId: string;
  /** The payload's id: the same for every endpoint the event goes to. */
  eventId: string;
  type: DeliveryEventType;
  payload: string;
  createdAt: number;
}

export const DUE_AT_ONCE = 0;

/**
 * INSERT_DELIVERY_SQL's parameters for a row. A new delivery is due at once, whatever the clock of the process that
 * wrote it: next_attempt_at 0 (shown as its created_at), so the claim is one range of the (status, next_attempt_at)
 * index.
 */
export const outboxParams = (r: OutboxRow) => [r.id, r.orgId, r.webhookId, r.eventId, r.type, r.payload, DUE_AT_ONCE, r.createdAt];

export const newDeliveryId = () => `dlv_${ulid()}`;
export const newMessageId = () => `msg_${ulid()}`;

/** The delivery body: the envelope around `data`, which is already JSON (the 201 body for event.created). */
export function payloadJson(id: string, type: DeliveryEventType, orgId: string, now: number, dataJson: string): string {
  return `{"id":${JSON.stringify(id)},"type":"${type}","created_at":"${new Date(now).toISOString()}","org_id":${JSON.stringify(orgId)},"data":${dataJson}}`;
}

/** Which enabled endpoints of an org want which event types: what the ingest path asks on every event. */
export class OrgOutbox {
  constructor(
    readonly orgId: string,
    private readonly endpoints: Array<{ id: string; types: Set<string> }>,
  ) {}

  wants(type: DeliveryEventType): boolean {
    return this.endpoints.some((e) => e.types.has(type));
  }

  /** One outbox row per endpoint subscribed to `type`, all carrying the same payload (one event id). */
  rows(type: DeliveryEventType, dataJson: string, now: number): OutboxRow[] {
    const targets = this.endpoints.filter((e) => e.types.has(type));
    if (!targets.length) return [];
    const eventId = newMessageId();
    const payload = payloadJson(eventId, type, this.orgId, now, dataJson);
    return targets.map((e) => ({ id: newDeliveryId(), orgId: this.orgId, webhookId: e.id, eventId, type, payload, createdAt: now }));
  }
}

/**
 * The per-org subscription flag the ingest path checks before writing outbox rows: an org without endpoints (the
 * common case) costs a cache lookup and nothing in the transaction. A change of an org's endpoints is seen at once by
 * every process on the database (SharedCaches); an org without endpoints is kept as `{ outbox: null }`, since the
 * cache keeps no null.
 */
@Injectable()
export class WebhookSubscriptions {
  private readonly cache: FreshCache<string, { outbox: OrgOutbox | null }>;

  constructor(@Inject(Database) private readonly db: Database) {
    this.cache = db.caches.create('webhook-subscriptions');
  }

  /** The org's outbox, or null when no enabled endpoint of it subscribes to anything. */
  async forOrg(orgId: string): Promise<OrgOutbox | null> {
    return (await this.cache.get(orgId, () => this.load(orgId))).outbox;
  }

  /** After a change of the org's endpoints committed: dropped here and in every other process. */
  invalidate(orgId: string): Promise<void> {
    return this.db.caches.invalidate('webhook-subscriptions', orgId);
  }

  private async load(orgId: string): Promise<{ outbox: OrgOutbox | null }> {
    const rows = await this.db.all<{ id: string; event_types: string }>(ENABLED_ENDPOINTS, [orgId]);
    const endpoints = rows.map((r) => ({ id: r.id, types: new Set(r.event_types.split(',')) }));
    return { outbox: endpoints.length ? new OrgOutbox(orgId, endpoints) : null };
  }
}
