import type { PathParams, QueryParams } from '@humanhours/contract';
import { Body, Controller, Inject, Param, Query } from '@nestjs/common';
import { Auth, type AuthContext } from '../http/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { ReportsService } from '../reports/reports.service.js';
import { type AgentPatch, AgentService, agentResponse } from './agent.service.js';

@Controller()
export class AgentsController {
  constructor(
    @Inject(AgentService) private readonly agents: AgentService,
    @Inject(ReportsService) private readonly reports: ReportsService,
  ) {}

  @Operation('listAgents')
  list(@Auth() auth: AuthContext, @Query() q: QueryParams<'listAgents'>) {
    return this.agents.listResponse(auth.org, q);
  }

  @Operation('updateAgent')
  async update(@Auth() auth: AuthContext, @Param('agent_id') agentId: PathParams<'updateAgent'>['agent_id'], @Body() patch: AgentPatch) {
    const [agent, savings] = await Promise.all([this.agents.update(auth.org, agentId, patch), this.reports.agentSavings30d(auth.org)]);
    return agentResponse(agent, auth.org, savings.get(agentId));
  }
}
