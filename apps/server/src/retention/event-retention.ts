import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database } from '../db/database.js';
import { monthOf, monthStart } from '../db/event-partition-months.js';
import { deleteEventsBeforeSql } from '../event-store/event.repository.js';
import { EventPartitions } from '../event-store/event-partitions.js';
import { advanceRawEventsHorizon } from './raw-events-horizon.js';

const RUN_EVERY_MS = 60 * 60 * 1000;
/** SQLite deletes this many rows per statement, so ingest gets the write lock between chunks. */
const DELETE_CHUNK = 5_000;

/**
 * At start and hourly: opens the coming months' partitions (PostgreSQL) and, with HUMANHOURS_RETENTION_MONTHS,
 * removes the raw events before the current month minus that many months. Rollups are never touched, so every
 * report they answer stays exact; the horizon moves first, so a raw-only report over the range being removed is
 * refused (`raw_events_expired`) rather than answered from half-deleted rows.
 */
@Injectable()
export class EventRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('EventRetention');

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.run();
    this.timer = setInterval(() => void this.run(), RUN_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One maintenance pass; failures are logged and retried on the next pass (the default partition takes events meanwhile). */
  async run(now = Date.now()): Promise<void> {
    try {
      const partitions = await this.partitions();
      if (partitions) {
        const opened = await partitions.openAhead(now);
        if (opened.length) this.logger.log(`opened ${opened.length} event partition(s)`);
      }
      if (this.config.retentionMonths !== null) await this.drop(monthOf(now) - this.config.retentionMonths);
    } catch (err) {
      this.logger.warn(`event partition maintenance or retention failed: ${(err as Error).message}`);
    }
  }

  private async drop(keptFromMonth: number): Promise<void> {
    const keptFrom = monthStart(keptFromMonth);
    await advanceRawEventsHorizon(this.db, keptFrom);
    const partitions = await this.partitions();
    if (partitions) {
      await partitions.dropBefore(keptFromMonth);
      return;
    }
    for (;;) {
      const deleted = await this.db.all(deleteEventsBeforeSql(DELETE_CHUNK), [keptFrom]);
      if (deleted.length < DELETE_CHUNK) break;
    }
  }

  private async partitions(): Promise<EventPartitions | null> {
    if (this.db.kind !== 'postgresql') return null;
    return new EventPartitions((await this.db.orm.em.getConnection().getNativeClient()) as Pool);
  }
}
