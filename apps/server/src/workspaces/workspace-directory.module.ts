import { Module } from '@nestjs/common';
import { WorkspaceDirectory } from './workspace-directory.js';

/** Pool membership lookups, shared by usage, reports and the workspace routes. */
@Module({ providers: [WorkspaceDirectory], exports: [WorkspaceDirectory] })
export class WorkspaceDirectoryModule {}
