import { spec } from '@humanhours/contract';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyBaseLogger } from 'fastify';
import { ApiError } from '../core/api-error.js';
import type { AuthContext } from '../http/auth-context.js';
import { toApiError } from '../http/exception.filter.js';
import { orgResponse } from '../orgs/org.service.js';
import { type McpTool, McpTools } from './mcp-tools.js';
import { ROI_REPORT, roiReportMessages } from './roi-report.prompt.js';

const INSTRUCTIONS = `HumanHours measures what AI agents save: each finished task is valued against a cited human baseline and an hourly rate.
After finishing a task for the user, call track_event once with your agent_id, the closest task_type (read humanhours://task-types or call list_task_types), the outcome, your duration in seconds and, when known, model and tokens; pass an idempotency_key unique to that task and reuse it only to retry it.
estimate_savings tells what a task would save before you run it; the report tools (get_summary, time_saved_report, cost_saved_report, leaderboard) read the savings back.`;

const RESOURCES = [
  {
    uri: 'humanhours://task-types',
    name: 'task-types',
    title: 'Task types and their human baselines',
    description:
      'Every task type track_event accepts, with its baseline in minutes and the cited source of that baseline (GET /v1/task-types).',
    mimeType: 'application/json',
  },
  {
    uri: 'humanhours://org',
    name: 'org',
    title: 'Organisation settings',
    description: 'The org the API key belongs to: currency, default hourly rate, time zone, plan (GET /v1/org).',
    mimeType: 'application/json',
  },
] as const;

/** Builds the MCP server that answers one HTTP request, for the key that sent it (stateless: nothing outlives it). */
@Injectable()
export class McpServerFactory {
  constructor(@Inject(McpTools) private readonly tools: McpTools) {}

  create(auth: AuthContext, log: FastifyBaseLogger): Server {
    const server = new Server(
      { name: 'humanhours', title: 'HumanHours', version: spec.info.version },
      { capabilities: { tools: {}, resources: {}, prompts: {} }, instructions: INSTRUCTIONS },
    );
    const allowed = this.tools.all.filter((tool) => this.tools.refusal(tool, auth) === null);
    server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: allowed.map(describeTool) }));
    server.setRequestHandler(CallToolRequestSchema, async ({ params }) => {
      const tool = this.tools.get(params.name);
      if (!tool) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${params.name}`);
      return this.call(tool, auth, params.arguments ?? {}, log);
    });

    server.setRequestHandler(ListResourcesRequestSchema, () => ({ resources: [...RESOURCES] }));
    server.setRequestHandler(ReadResourceRequestSchema, async ({ params }) => {
      const json = await this.resource(params.uri, auth);
      return { contents: [{ uri: params.uri, mimeType: 'application/json', text: JSON.stringify(json) }] };
    });

    // The prompt drives the report tools: offered only to keys that may call them.
    const reportsAllowed = allowed.some((tool) => tool.name === 'get_summary');
    server.setRequestHandler(ListPromptsRequestSchema, () => ({ prompts: reportsAllowed ? [ROI_REPORT] : [] }));
    server.setRequestHandler(GetPromptRequestSchema, ({ params }) => {
      if (params.name !== ROI_REPORT.name || !reportsAllowed) throw new McpError(ErrorCode.InvalidParams, `Unknown prompt: ${params.name}`);
      return { description: ROI_REPORT.description, messages: roiReportMessages(params.arguments ?? {}) };
    });
    return server;
  }

  private async resource(uri: string, auth: AuthContext): Promise<unknown> {
    if (uri === 'humanhours://task-types') return this.tools.taskTypeList(auth, {});
    if (uri === 'humanhours://org') return orgResponse(auth.org);
    throw new McpError(ErrorCode.InvalidParams, `Unknown resource: ${uri}`);
  }

  /**
   * Runs a tool: the REST twin's access rule, validation and code. Whatever REST would answer with an error becomes
   * a tool error whose text is the REST error envelope, so a model (and a person) reads the same code and hint.
   */
  private async call(tool: McpTool, auth: AuthContext, args: Record<string, unknown>, log: FastifyBaseLogger): Promise<CallToolResult> {
    try {
      const refusal = this.tools.refusal(tool, auth);
      if (refusal) throw refusal;
      const answer = await tool.run(auth, args);
      log.info({ tool: tool.name }, 'mcp tool call');
      return {
        content: [{ type: 'text', text: answer.text }],
        structuredContent: answer.json,
        ...(answer.meta ? { _meta: { 'humanhours/result': answer.meta } } : {}),
      };
    } catch (err) {
      const error = err instanceof ApiError ? err : toApiError(err, { method: 'POST', url: '/mcp' });
      if (error.status >= 500) log.error({ err, tool: tool.name }, 'mcp tool call failed');
      else log.info({ tool: tool.name, error: error.code }, 'mcp tool call refused');
      const body = error.toBody();
      const field = body.error.field;
      if (field && tool.fieldNames?.[field]) body.error.field = tool.fieldNames[field];
      return { content: [{ type: 'text', text: JSON.stringify(body) }], isError: true };
    }
  }
}

function describeTool(tool: McpTool): Tool {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: tool.inputSchema as Tool['inputSchema'],
    outputSchema: tool.outputSchema as Tool['outputSchema'],
    annotations: { title: tool.title, ...tool.annotations },
  };
}
