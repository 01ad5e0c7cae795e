import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { TaskTypesModule } from '../task-types/task-types.module.js';
import { ShareLinkService } from './share-link.service.js';
import { ShareLinksController } from './share-links.controller.js';
import { SharedController } from './shared.controller.js';

@Module({
  imports: [AuditModule, ReportsModule, TaskTypesModule],
  controllers: [ShareLinksController, SharedController],
  providers: [ShareLinkService],
  exports: [ShareLinkService],
})
export class ShareLinksModule {}
