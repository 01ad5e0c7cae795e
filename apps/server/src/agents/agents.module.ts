import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { AgentService } from './agent.service.js';
import { AgentRateCache } from './agent-rates.js';
import { AgentsController } from './agents.controller.js';

@Module({
  imports: [ReportsModule],
  controllers: [AgentsController],
  providers: [AgentService, AgentRateCache],
  exports: [AgentService, AgentRateCache],
})
export class AgentsModule {}
