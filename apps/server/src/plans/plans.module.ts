import { Module } from '@nestjs/common';
import { WorkspaceDirectoryModule } from '../workspaces/workspace-directory.module.js';
import { UsageController } from './usage.controller.js';
import { UsageService } from './usage.service.js';

@Module({ imports: [WorkspaceDirectoryModule], controllers: [UsageController], providers: [UsageService], exports: [UsageService] })
export class PlansModule {}
