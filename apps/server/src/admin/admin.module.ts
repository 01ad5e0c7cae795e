import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module.js';
import { PlansModule } from '../plans/plans.module.js';
import { AdminController } from './admin.controller.js';

@Module({ imports: [ApiKeysModule, PlansModule], controllers: [AdminController] })
export class AdminModule {}
