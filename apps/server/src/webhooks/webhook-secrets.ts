import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database } from '../db/database.js';
import { SecretBox } from './secret-box.js';

/** Seals and opens endpoints' signing secrets; the plain secret exists only in memory, for signing. */
@Injectable()
export class WebhookSecrets {
  readonly box: SecretBox;

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SecretBox(config.webhooks.secretKey);
  }

  /** The endpoint's URL and every secret that signs at `now` (the current one first), or null when it is gone. */
  async signingSet(webhookId: string, now: number): Promise<{ url: string; secrets: string[] } | null> {
    const row = await this.db.get<{
      url: string;
      secret_sealed: string;
      previous_secret_sealed: string | null;
      previous_secret_expires_at: unknown;
    }>('select url, secret_sealed, previous_secret_sealed, previous_secret_expires_at from webhook_endpoints where id = ?', [webhookId]);
    if (!row) return null;
    const secrets = [this.box.open(row.secret_sealed)];
    if (row.previous_secret_sealed && Number(row.previous_secret_expires_at) > now) secrets.push(this.box.open(row.previous_secret_sealed));
    return { url: row.url, secrets };
  }
}
