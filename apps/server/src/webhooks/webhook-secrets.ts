import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { FreshCache } from '../core/fresh-cache.js';
import { Database } from '../db/database.js';
import { SecretBox } from './secret-box.js';
import { SIGNING_SET } from './webhook.repository.js';

interface SigningSet {
  url: string;
  secret: string;
  previous: string | null;
  previousExpiresAt: number;
}

/** Seals and opens endpoints' signing secrets; the plain secret exists only in memory, for signing. */
@Injectable()
export class WebhookSecrets {
  readonly box: SecretBox;
  // A change of an endpoint's URL or secret is seen at once by every process on the database (SharedCaches).
  private readonly cache: FreshCache<string, SigningSet | null>;

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SecretBox(config.webhooks.secretKey);
    this.cache = db.caches.create('webhook-signing');
  }

  /** The endpoint's URL and every secret that signs at `now` (the current one first), or null when it is gone. */
  async signingSet(webhookId: string, now: number): Promise<{ url: string; secrets: string[] } | null> {
    const set = await this.cache.get(webhookId, () => this.read(webhookId));
    if (!set) return null;
    return { url: set.url, secrets: set.previous && set.previousExpiresAt > now ? [set.secret, set.previous] : [set.secret] };
  }

  /** After a change of the endpoint committed: dropped here and in every other process. */
  forget(webhookId: string): Promise<void> {
    return this.db.caches.invalidate('webhook-signing', webhookId);
  }

  private async read(webhookId: string): Promise<SigningSet | null> {
    const row = await this.db.get<{
      url: string;
      secret_sealed: string;
      previous_secret_sealed: string | null;
      previous_secret_expires_at: number | null;
    }>(SIGNING_SET, [webhookId]);
    if (!row) return null;
    return {
      url: row.url,
      secret: this.box.open(row.secret_sealed),
      previous: row.previous_secret_sealed ? this.box.open(row.previous_secret_sealed) : null,
      previousExpiresAt: row.previous_secret_expires_at ?? 0,
    };
  }
}
