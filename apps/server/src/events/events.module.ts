import { Module } from '@nestjs/common';
import { Database } from '../db/database.js';
import { ReportsModule } from '../reports/reports.module.js';
import { EventsController } from './events.controller.js';
import { EventsService } from './events.service.js';
import { createReviewStore, REVIEW_STORE } from './review-store.js';

@Module({
  imports: [ReportsModule],
  controllers: [EventsController],
  providers: [EventsService, { provide: REVIEW_STORE, useFactory: createReviewStore, inject: [Database] }],
})
export class EventsModule {}
