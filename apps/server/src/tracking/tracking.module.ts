import { Module } from '@nestjs/common';
import { AgentsModule } from '../agents/agents.module.js';
import { Database } from '../db/database.js';
import { PricingModule } from '../pricing/pricing.module.js';
import { TaskTypesModule } from '../task-types/task-types.module.js';
import { IdempotencyPurger } from './idempotency-purger.js';
import { createIngestStore, INGEST_STORE } from './ingest-store.js';
import { TrackingController } from './tracking.controller.js';
import { TrackingService } from './tracking.service.js';

@Module({
  imports: [AgentsModule, TaskTypesModule, PricingModule],
  controllers: [TrackingController],
  providers: [TrackingService, IdempotencyPurger, { provide: INGEST_STORE, useFactory: createIngestStore, inject: [Database] }],
  exports: [TrackingService],
})
export class TrackingModule {}
