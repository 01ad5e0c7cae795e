import { Module } from '@nestjs/common';
import { AgentService } from './agent.service.js';
import { AgentRateCache } from './agent-rates.js';
import { AgentsController } from './agents.controller.js';

@Module({
  controllers: [AgentsController],
  providers: [AgentService, AgentRateCache],
  exports: [AgentService, AgentRateCache],
})
export class AgentsModule {}
