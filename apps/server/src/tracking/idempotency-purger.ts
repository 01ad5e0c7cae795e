import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Database } from '../db/database.js';
import { purgeIdempotencyKeys } from '../event-store/event.repository.js';
import { IDEMPOTENCY_TTL_MS } from './ingest-plan.js';

const PURGE_EVERY_MS = 10 * 60 * 1000;

/** Forgets Idempotency-Keys older than 24 h (the ingest path already treats them as free). */
@Injectable()
export class IdempotencyPurger implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('IdempotencyPurger');

  constructor(@Inject(Database) private readonly db: Database) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge(), PURGE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async purge(now = Date.now()): Promise<void> {
    try {
      await purgeIdempotencyKeys(this.db, now - IDEMPOTENCY_TTL_MS);
    } catch (err) {
      this.logger.warn(`purging expired idempotency keys failed: ${(err as Error).message}`);
    }
  }
}
