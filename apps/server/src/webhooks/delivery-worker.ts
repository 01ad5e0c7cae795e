import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CLOCK, type Clock } from '../core/clock.js';
import { SerialPasses } from '../core/serial-passes.js';
import { Database } from '../db/database.js';
import { sendAttempt } from './sender.js';
import { signatureHeader } from './signature.js';
import { WebhookSubscriptions } from './subscriptions.js';
import { claimDeliveriesSql, DELIVERY_FAILED, DELIVERY_SUCCEEDED, ENDPOINT_SUCCEEDED, endpointFailedSql } from './webhook.repository.js';
import { WebhookSecrets } from './webhook-secrets.js';

/** Waits before the attempts after the 1st … 5th failure; the 6th failure gives the delivery up. */
export const RETRY_DELAYS_MS = [0, 30_000, 120_000, 600_000, 3_600_000];
/** Consecutive failed attempts after which an endpoint is `failing`, and after which it is disabled. */
export const FAILING_AFTER = 5;
export const DISABLED_AFTER = 20;
/** How long a claimed attempt is reserved: the 10 s attempt timeout and a margin. */
const LEASE_MS = 60_000;
const BATCH = 20;
const POLL_MS = 1_000;

interface Claimed {
  id: string;
  org_id: string;
  webhook_id: string;
  event_type: string;
  payload: string;
  attempts: number;
}

/**
 * Claims due deliveries and sends them. A claim is one statement that sets a lease (PostgreSQL skips rows another
 * worker holds; SQLite serialises writers), so several processes never send the same attempt; a process that dies
 * mid-attempt leaves its lease to expire and the delivery is sent again, with the same delivery id.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly passes = new SerialPasses(() => this.pass(), 0);
  private readonly logger = new Logger('Webhooks');

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WebhookSecrets) private readonly secrets: WebhookSecrets,
    @Inject(WebhookSubscriptions) private readonly subscriptions: WebhookSubscriptions,
  ) {}

  onApplicationBootstrap(): void {
    this.passes.start(POLL_MS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.passes.stop();
  }

  /** One pass: claims and sends what is due now; passes never overlap. Resolves to the attempts made. */
  runOnce(): Promise<number> {
    return this.passes.run();
  }

  private async pass(): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        const claimed = await this.claim(this.clock.now());
        if (!claimed.length) return total;
        await Promise.all(claimed.map((d) => this.attempt(d)));
        total += claimed.length;
        if (claimed.length < BATCH || this.passes.stopped) return total;
      }
    } catch (err) {
      if (!this.passes.stopped) this.logger.warn(`webhook delivery pass failed: ${(err as Error).message}`);
      return total;
    }
  }

  /** Due: a new delivery (next_attempt_at 0), or a retry whose time came; one range of the (status, next_attempt_at) index. */
  private claim(now: number): Promise<Claimed[]> {
    const skipLocked = this.db.kind === 'postgresql' ? 'for update of d skip locked' : '';
    return this.db.all<Claimed>(claimDeliveriesSql(BATCH, skipLocked), [now + LEASE_MS, now, now]);
  }

  private async attempt(d: Claimed): Promise<void> {
    const endpoint = await this.secrets.signingSet(d.webhook_id, this.clock.now());
    if (!endpoint) return; // deleted meanwhile (its deliveries went with it)
    const headers = {
      'x-humanhours-signature': signatureHeader(d.payload, endpoint.secrets, Math.floor(this.clock.now() / 1000)),
      'x-humanhours-event': d.event_type,
      'x-humanhours-delivery': d.id,
    };
    const result = await sendAttempt(endpoint.url, d.payload, headers, this.config.webhooks.allowPrivate);
    const now = this.clock.now();
    const attempts = d.attempts;
    if (result.error === null) {
      await this.db.run(DELIVERY_SUCCEEDED, [result.status, result.excerpt, now, now, d.id]);
      await this.db.run(ENDPOINT_SUCCEEDED, [d.webhook_id]);
      return;
    }
    const retryIn = RETRY_DELAYS_MS[attempts - 1];
    await this.db.run(DELIVERY_FAILED, [
      retryIn === undefined ? 'failed' : 'pending',
      retryIn === undefined ? null : now + retryIn,
      result.status,
      result.error,
      result.excerpt,
      now,
      d.id,
    ]);
    // Every SET expression reads the row as it was, so both tests see the count before this failure.
    const disabled = await this.db.all(endpointFailedSql(DISABLED_AFTER), [now, d.webhook_id]);
    if (disabled.length && !disabled[0].enabled) await this.subscriptions.invalidate(d.org_id);
  }
}
