import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import { Database } from '../db/database.js';
import { WorkspaceDirectoryModule } from '../workspaces/workspace-directory.module.js';
import { createReportQueryRunner } from './queries/create-report-query-runner.js';
import { ReportQueryRunner } from './queries/report-query-runner.js';
import { ReportEngine } from './report-engine.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [WorkspaceDirectoryModule],
  controllers: [ReportsController],
  providers: [
    { provide: ReportQueryRunner, inject: [Database, APP_CONFIG], useFactory: createReportQueryRunner },
    ReportEngine,
    ReportsService,
  ],
  exports: [ReportsService, ReportEngine, ReportQueryRunner],
})
export class ReportsModule {}
