import type { PathParams, QueryParams } from '@humanhours/contract';
import { Body, Controller, HttpCode, Inject, Param, Query } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import {
  type NewTaskType,
  type TaskTypeOverrideInput,
  TaskTypeService,
  taskTypeDetailResponse,
  taskTypeResponse,
} from './task-type.service.js';

@Controller()
export class TaskTypesController {
  constructor(@Inject(TaskTypeService) private readonly taskTypes: TaskTypeService) {}

  @Operation('listTaskTypes')
  async list(@Auth() auth: AuthContext, @Query() q: QueryParams<'listTaskTypes'>) {
    const types = await this.taskTypes.list(auth.org.id, { category: q.category, includeArchived: q.include_archived });
    return { data: types.map(taskTypeResponse) };
  }

  @Operation('getTaskType')
  async get(@Auth() auth: AuthContext, @Param('key') key: PathParams<'getTaskType'>['key']) {
    return taskTypeDetailResponse(await this.taskTypes.get(auth.org.id, key));
  }

  @Operation('createTaskType')
  @HttpCode(201)
  async create(@Auth() auth: AuthContext, @Body() body: NewTaskType) {
    return taskTypeResponse(await this.taskTypes.create(auth.org.id, auth.keyId, body));
  }

  @Operation('overrideTaskType')
  @HttpCode(200)
  async override(@Auth() auth: AuthContext, @Param('key') key: PathParams<'overrideTaskType'>['key'], @Body() body: TaskTypeOverrideInput) {
    return taskTypeResponse(await this.taskTypes.setOverride(auth.org.id, auth.keyId, key, body));
  }

  @Operation('deleteTaskTypeOverride')
  async removeOverride(@Auth() auth: AuthContext, @Param('key') key: PathParams<'deleteTaskTypeOverride'>['key']) {
    return taskTypeResponse(await this.taskTypes.removeOverride(auth.org.id, auth.keyId, key));
  }

  @Operation('archiveTaskType')
  async archive(@Auth() auth: AuthContext, @Param('key') key: PathParams<'archiveTaskType'>['key']) {
    return taskTypeResponse(await this.taskTypes.archive(auth.org.id, auth.keyId, key));
  }
}
