import { Module } from '@nestjs/common';
import { AlertService } from '../alerts/alert.service.js';
import { AlertEvaluator } from '../alerts/alert-evaluator.js';
import { AlertsController } from '../alerts/alerts.controller.js';
import { ReportsModule } from '../reports/reports.module.js';
import { DigestMailer } from './digest-mailer.js';
import { Scheduler } from './scheduler.js';

/** Digests, usage thresholds and alert rules: everything that fires on a schedule rather than on a request. */
@Module({
  imports: [ReportsModule],
  controllers: [AlertsController],
  providers: [Scheduler, DigestMailer, AlertService, AlertEvaluator],
  exports: [Scheduler],
})
export class SchedulesModule {}
