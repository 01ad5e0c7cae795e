import type { PathParams, QueryParams } from '@humanhours/contract';
import { Body, Controller, HttpCode, Inject, Param, Query } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { type NewWorkspace, type WorkspacePatch, WorkspaceService } from './workspace.service.js';

@Controller()
export class WorkspacesController {
  constructor(@Inject(WorkspaceService) private readonly workspaces: WorkspaceService) {}

  @Operation('listWorkspaces')
  list(@Auth() auth: AuthContext, @Query() q: QueryParams<'listWorkspaces'>) {
    return this.workspaces.list(auth, q.limit, q.cursor);
  }

  @Operation('createWorkspace')
  @HttpCode(201)
  create(@Auth() auth: AuthContext, @Body() body: NewWorkspace) {
    return this.workspaces.create(auth, body);
  }

  @Operation('updateWorkspace')
  update(@Auth() auth: AuthContext, @Param('id') id: PathParams<'updateWorkspace'>['id'], @Body() patch: WorkspacePatch) {
    return this.workspaces.update(auth, id, patch);
  }

  @Operation('deleteWorkspace')
  close(@Auth() auth: AuthContext, @Param('id') id: PathParams<'deleteWorkspace'>['id']) {
    return this.workspaces.close(auth, id);
  }
}
