import type { components, Schema } from '@humanhours/contract';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError } from '../core/api-error.js';
import { CLOCK, type Clock } from '../core/clock.js';
import { decodeCursor, keysetPage } from '../core/cursor.js';
import { ulid } from '../core/ids.js';
import { iso } from '../core/time.js';
import { Database } from '../db/database.js';
import { FAILING_AFTER } from './delivery-worker.js';
import { newWebhookSecret } from './secret-box.js';
import { urlProblem } from './sender.js';
import { DUE_AT_ONCE, newDeliveryId, newMessageId, outboxParams, payloadJson, WebhookSubscriptions } from './subscriptions.js';
import { type WebhookEndpoint, WebhookEndpointSchema } from './webhook.entity.js';
import { DELETE_DELIVERIES_OF_ENDPOINT, deliveriesPageSql, INSERT_DELIVERY_SQL, READ_DELIVERY, REDELIVER } from './webhook.repository.js';
import { WebhookSecrets } from './webhook-secrets.js';

type WebhookCreate = components['schemas']['WebhookCreate'];
type WebhookUpdate = components['schemas']['WebhookUpdate'];

const DEFAULT_GRACE_SECONDS = 86_400;
/** An org's endpoints are few by design: a handful of receivers, not a fan-out service. */
const MAX_ENDPOINTS_PER_ORG = 20;

const notFound = (id: string) => new ApiError('not_found', `No webhook endpoint ${id}`);

/** Endpoints and deliveries page by id. */
const ID_CURSOR = ['id'] as const;
const pageAfter = (cursor: string | undefined) => decodeCursor(cursor, ID_CURSOR)?.[0] ?? null;

export function webhookResponse(w: WebhookEndpoint): Schema<'Webhook'> {
  const failures = Number(w.consecutiveFailures);
  return {
    id: w.id,
    url: w.url,
    description: w.description ?? null,
    event_types: w.eventTypes.split(',') as Schema<'WebhookEventTypes'>,
    enabled: w.enabled,
    status: !w.enabled ? 'disabled' : failures >= FAILING_AFTER ? 'failing' : 'active',
    consecutive_failures: failures,
    disabled_at: iso(w.disabledAt),
    previous_secret_expires_at: iso(w.previousSecretExpiresAt),
    created_at: iso(w.createdAt),
  };
}

export function deliveryResponse(d: Record<string, any>): Schema<'WebhookDelivery'> {
  return {
    id: d.id,
    webhook_id: d.webhook_id,
    event_id: d.event_id,
    event_type: d.event_type,
    status: d.status,
    attempts: d.attempts,
    last_status_code: d.last_status_code ?? null,
    last_error: d.last_error ?? null,
    response_excerpt: d.response_excerpt ?? null,
    next_attempt_at: iso(d.next_attempt_at == null ? null : Math.max(d.next_attempt_at, d.created_at)),
    last_attempt_at: iso(d.last_attempt_at ?? null),
    delivered_at: iso(d.delivered_at ?? null),
    created_at: iso(d.created_at ?? null),
  };
}

@Injectable()
export class WebhookService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WebhookSecrets) private readonly secrets: WebhookSecrets,
    @Inject(WebhookSubscriptions) private readonly subscriptions: WebhookSubscriptions,
  ) {}

  private checkUrl(url: string): void {
    const problem = urlProblem(url, this.config.webhooks.allowPrivate);
    if (problem)
      throw ApiError.validation('url', problem, this.config.webhooks.allowPrivate ? undefined : 'Use a public https:// receiver');
  }

  async create(orgId: string, input: WebhookCreate) {
    this.checkUrl(input.url);
    const em = this.db.em();
    if ((await em.count(WebhookEndpointSchema, { orgId })) >= MAX_ENDPOINTS_PER_ORG)
      throw ApiError.validation('url', `an org has at most ${MAX_ENDPOINTS_PER_ORG} webhook endpoints`, 'Delete one first');
    const secret = newWebhookSecret();
    const endpoint = em.create(WebhookEndpointSchema, {
      id: `wh_${ulid()}`,
      orgId,
      url: input.url,
      description: input.description ?? null,
      eventTypes: input.event_types.join(','),
      enabled: true,
      consecutiveFailures: 0,
      disabledAt: null,
      secretSealed: this.secrets.box.seal(secret),
      previousSecretSealed: null,
      previousSecretExpiresAt: null,
      createdAt: this.clock.now(),
    });
    await em.flush();
    await this.subscriptions.invalidate(orgId);
    return { ...webhookResponse(endpoint), secret };
  }

  async list(orgId: string, q: { limit: number; cursor?: string }) {
    const after = pageAfter(q.cursor);
    const rows = await this.db
      .em()
      .find(WebhookEndpointSchema, after ? { orgId, id: { $gt: after } } : { orgId }, { orderBy: { id: 'asc' }, limit: q.limit + 1 });
    const page = keysetPage(rows, q.limit, ID_CURSOR, (w) => [w.id]);
    return { data: page.rows.map(webhookResponse), next_cursor: page.next_cursor };
  }

  async find(orgId: string, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.db.em().findOne(WebhookEndpointSchema, { id, orgId });
    if (!endpoint) throw notFound(id);
    return endpoint;
  }

  async update(orgId: string, id: string, patch: WebhookUpdate) {
    if (patch.url !== undefined) this.checkUrl(patch.url);
    const em = this.db.em();
    const endpoint = await em.findOne(WebhookEndpointSchema, { id, orgId });
    if (!endpoint) throw notFound(id);
    const now = this.clock.now();
    if (patch.url !== undefined) endpoint.url = patch.url;
    if (patch.event_types !== undefined) endpoint.eventTypes = patch.event_types.join(',');
    if (patch.description !== undefined) endpoint.description = patch.description;
    if (patch.enabled === true && !endpoint.enabled) {
      endpoint.consecutiveFailures = 0;
      endpoint.disabledAt = null;
    }
    if (patch.enabled === false && endpoint.enabled) endpoint.disabledAt = now;
    if (patch.enabled !== undefined) endpoint.enabled = patch.enabled;
    let secret: string | undefined;
    if (patch.rotate_secret) {
      secret = newWebhookSecret();
      endpoint.previousSecretSealed = endpoint.secretSealed;
      endpoint.previousSecretExpiresAt = now + (patch.rotation_grace_seconds ?? DEFAULT_GRACE_SECONDS) * 1000;
      endpoint.secretSealed = this.secrets.box.seal(secret);
    }
    await em.flush();
    await Promise.all([this.subscriptions.invalidate(orgId), this.secrets.forget(id)]);
    return secret === undefined ? webhookResponse(endpoint) : { ...webhookResponse(endpoint), secret };
  }

  async remove(orgId: string, id: string) {
    const endpoint = await this.find(orgId, id);
    await this.db.run(DELETE_DELIVERIES_OF_ENDPOINT, [id]);
    await this.db.em().nativeDelete(WebhookEndpointSchema, { id, orgId });
    await Promise.all([this.subscriptions.invalidate(orgId), this.secrets.forget(id)]);
    return webhookResponse(endpoint);
  }

  /** Queues a `ping` to the endpoint, whatever it subscribes to. */
  async ping(orgId: string, id: string) {
    await this.find(orgId, id);
    const now = this.clock.now();
    const deliveryId = newDeliveryId();
    const eventId = newMessageId();
    const payload = payloadJson(eventId, 'ping', orgId, now, JSON.stringify({ webhook_id: id }));
    await this.db.run(
      INSERT_DELIVERY_SQL,
      outboxParams({ id: deliveryId, orgId, webhookId: id, eventId, type: 'ping', payload, createdAt: now }),
    );
    return this.delivery(orgId, id, deliveryId);
  }

  async deliveries(orgId: string, id: string, q: { limit: number; cursor?: string }) {
    await this.find(orgId, id);
    const after = pageAfter(q.cursor);
    const rows = await this.db.all(deliveriesPageSql(Boolean(after)), [id, orgId, ...(after ? [after] : []), q.limit + 1]);
    const page = keysetPage(rows, q.limit, ID_CURSOR, (d) => [d.id]);
    return { data: page.rows.map(deliveryResponse), next_cursor: page.next_cursor };
  }

  /** Sends the delivery again now, with the same id and a fresh attempt schedule. */
  async redeliver(orgId: string, id: string, deliveryId: string) {
    await this.find(orgId, id);
    await this.db.run(REDELIVER, [DUE_AT_ONCE, deliveryId, id, orgId]);
    return this.delivery(orgId, id, deliveryId);
  }

  private async delivery(orgId: string, id: string, deliveryId: string) {
    const row = await this.db.get(READ_DELIVERY, [deliveryId, id, orgId]);
    if (!row) throw new ApiError('not_found', `No delivery ${deliveryId} of webhook endpoint ${id}`);
    return deliveryResponse(row);
  }
}
