import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { StartupState } from './startup-state.js';

@Module({ controllers: [HealthController], providers: [StartupState], exports: [StartupState] })
export class HealthModule {}
