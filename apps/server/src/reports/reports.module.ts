import { Module } from '@nestjs/common';
import { WorkspaceDirectoryModule } from '../workspaces/workspace-directory.module.js';
import { ReportEngine } from './report-engine.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [WorkspaceDirectoryModule],
  controllers: [ReportsController],
  providers: [ReportEngine, ReportsService],
  exports: [ReportsService, ReportEngine],
})
export class ReportsModule {}
