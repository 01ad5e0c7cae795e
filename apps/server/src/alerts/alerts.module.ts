import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { AlertService } from './alert.service.js';
import { AlertEvaluator } from './alert-evaluator.js';
import { AlertsController } from './alerts.controller.js';

@Module({ imports: [ReportsModule], controllers: [AlertsController], providers: [AlertService, AlertEvaluator], exports: [AlertEvaluator] })
export class AlertsModule {}
