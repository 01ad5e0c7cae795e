import { type DynamicModule, Module } from '@nestjs/common';
import { AgentsModule } from '../agents/agents.module.js';
import type { AppConfig } from '../config/config.js';
import { PlansModule } from '../plans/plans.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { TaskTypesModule } from '../task-types/task-types.module.js';
import { TrackingModule } from '../tracking/tracking.module.js';
import { McpController } from './mcp.controller.js';
import { McpServerFactory } from './mcp-server.factory.js';
import { McpTools } from './mcp-tools.js';

/** The MCP server (/mcp) over the same services as the REST API; absent with HUMANHOURS_MCP=off. */
@Module({})
export class McpModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.mcp) return { module: McpModule };
    return {
      module: McpModule,
      imports: [TrackingModule, ReportsModule, PlansModule, AgentsModule, TaskTypesModule],
      controllers: [McpController],
      providers: [McpTools, McpServerFactory],
    };
  }
}
