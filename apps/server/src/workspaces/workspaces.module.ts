import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { WorkspaceService } from './workspace.service.js';
import { WorkspaceDirectoryModule } from './workspace-directory.module.js';
import { WorkspacesController } from './workspaces.controller.js';

/** The pool owner's workspace endpoints; the directory (who is in a pool) is a module of its own, for plans and reports. */
@Module({
  imports: [ApiKeysModule, AuditModule, WorkspaceDirectoryModule],
  controllers: [WorkspacesController],
  providers: [WorkspaceService],
  exports: [WorkspaceService],
})
export class WorkspacesModule {}
