import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller.js';
import { DashboardAssets } from './dashboard-assets.js';

/** The web dashboard (apps/dashboard), served at `/` from its build output. */
@Module({
  controllers: [DashboardController],
  providers: [DashboardAssets],
  exports: [DashboardAssets],
})
export class DashboardModule {}
