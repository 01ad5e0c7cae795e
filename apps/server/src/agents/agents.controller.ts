import { Body, Controller, Inject, Param, Query } from '@nestjs/common';
import { Auth, type AuthContext } from '../auth/auth-context.js';
import { Operation } from '../http/operation.decorator.js';
import { type AgentPatch, AgentService, agentResponse } from './agent.service.js';

@Controller()
export class AgentsController {
  constructor(@Inject(AgentService) private readonly agents: AgentService) {}

  @Operation('listAgents')
  async list(@Auth() auth: AuthContext, @Query() q: { limit: number; cursor?: string; search?: string }) {
    const page = await this.agents.list(auth.org.id, q);
    return { data: page.data.map((a) => agentResponse(a, auth.org, undefined)), next_cursor: page.next_cursor };
  }

  @Operation('updateAgent')
  async update(@Auth() auth: AuthContext, @Param('agent_id') agentId: string, @Body() patch: AgentPatch) {
    return agentResponse(await this.agents.update(auth.org, agentId, patch), auth.org, undefined);
  }
}
