import { Inject, Injectable } from '@nestjs/common';
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

// Another process may add or change an endpoint; this bounds how long it takes for this process to notice (changes
// made through this process are seen at once). Documented in docs/webhooks.md.
const CACHE_TTL_MS = 5_000;

/**
 * The per-org subscription flag the ingest path checks before writing outbox rows: an org without endpoints (the
 * common case) costs a map lookup and nothing in the transaction.
 */
@Injectable()
export class WebhookSubscriptions {
  private readonly cache = new Map<string, { outbox: OrgOutbox | null; fetchedAt: number }>();
  private readonly loading = new Map<string, Promise<OrgOutbox | null>>();

  constructor(@Inject(Database) private readonly db: Database) {}

  /** The org's outbox, or null when no enabled endpoint of it subscribes to anything. */
  forOrg(orgId: string): OrgOutbox | null | Promise<OrgOutbox | null> {
    const hit = this.cache.get(orgId);
    if (hit && Date.now() - hit.fetchedAt < CACHE_TTL_MS) return hit.outbox;
    let pending = this.loading.get(orgId);
    if (!pending) {
      pending = this.load(orgId).finally(() => this.loading.delete(orgId));
      this.loading.set(orgId, pending);
    }
    return pending;
  }

  invalidate(orgId: string): void {
    this.cache.delete(orgId);
  }

  private async load(orgId: string): Promise<OrgOutbox | null> {
    const fetchedAt = Date.now();
    const rows = await this.db.all<{ id: string; event_types: string }>(ENABLED_ENDPOINTS, [orgId]);
    const outbox = rows.length
      ? new OrgOutbox(
          orgId,
          rows.map((r) => ({ id: r.id, types: new Set(r.event_types.split(',')) })),
        )
      : null;
    this.cache.set(orgId, { outbox, fetchedAt });
    return outbox;
  }
}
