import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { DigestMailer } from './digest-mailer.js';
import { Scheduler } from './scheduler.js';

/** Digests, usage thresholds and alert rules: everything that fires on a schedule rather than on a request. */
@Module({
  imports: [ReportsModule, AlertsModule],
  providers: [Scheduler, DigestMailer],
  exports: [Scheduler],
})
export class SchedulesModule {}
