import { Module } from '@nestjs/common';
import { TaskTypeService } from './task-type.service.js';
import { TaskTypesController } from './task-types.controller.js';

/** Built-in and custom task types, the org's overrides and their audit trail. */
@Module({ controllers: [TaskTypesController], providers: [TaskTypeService], exports: [TaskTypeService] })
export class TaskTypesModule {}
