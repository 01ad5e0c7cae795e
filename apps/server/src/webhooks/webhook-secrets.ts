import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database } from '../db/database.js';
import { SecretBox } from './secret-box.js';
import { SIGNING_SET } from './webhook.repository.js';

interface SigningSet {
  url: string;
  secret: string;
  previous: string | null;
  previousExpiresAt: number;
  fetchedAt: number;
}

// Another process may change an endpoint's URL or secret: this bounds how long this one keeps signing with what it
// read (a rotated-out secret still signs during its grace period, so a stale copy is still accepted).
const CACHE_TTL_MS = 5_000;
const CACHE_MAX = 1_000;

/** Seals and opens endpoints' signing secrets; the plain secret exists only in memory, for signing. */
@Injectable()
export class WebhookSecrets {
  readonly box: SecretBox;
  private readonly cache = new Map<string, SigningSet>();

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SecretBox(config.webhooks.secretKey);
  }

  /** The endpoint's URL and every secret that signs at `now` (the current one first), or null when it is gone. */
  async signingSet(webhookId: string, now: number): Promise<{ url: string; secrets: string[] } | null> {
    let set = this.cache.get(webhookId);
    if (!set || Date.now() - set.fetchedAt >= CACHE_TTL_MS) {
      set = (await this.read(webhookId)) ?? undefined;
      if (!set) return null;
      if (this.cache.size >= CACHE_MAX) this.cache.clear();
      this.cache.set(webhookId, set);
    }
    return { url: set.url, secrets: set.previous && set.previousExpiresAt > now ? [set.secret, set.previous] : [set.secret] };
  }

  /** Forgets what this process read of an endpoint (it changed here). */
  forget(webhookId: string): void {
    this.cache.delete(webhookId);
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
      fetchedAt: Date.now(),
    };
  }
}
