import { Module } from '@nestjs/common';
import { ReportEngine } from './report-engine.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({ controllers: [ReportsController], providers: [ReportEngine, ReportsService], exports: [ReportsService, ReportEngine] })
export class ReportsModule {}
