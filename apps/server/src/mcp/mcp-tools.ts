import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AgentService } from '../agents/agent.service.js';
import { accessError } from '../auth/access.guard.js';
import { ApiError } from '../core/api-error.js';
import type { AuthContext } from '../http/auth-context.js';
import { operationIndex, requestValidators } from '../http/spec-registry.js';
import { validateRequest } from '../http/spec-validation.interceptor.js';
import { UsageService } from '../plans/usage.service.js';
import type { ReportParams } from '../reports/reports.service.js';
import { ReportsService } from '../reports/reports.service.js';
import type { TaskTypeCategory } from '../task-types/builtin-catalogue.js';
import { TaskTypeService, taskTypeResponse } from '../task-types/task-type.service.js';
import type { TrackInput } from '../tracking/prepare.js';
import { TrackingService } from '../tracking/tracking.service.js';
import {
  bodyInputSchema,
  inlineSchema,
  type JsonSchema,
  pickProperties,
  queryInputSchema,
  responseSchema,
  withProperties,
} from './spec-schemas.js';
import { agentsText, estimateText, groupedText, leaderboardText, summaryText, taskTypesText, trackedText, usageText } from './summaries.js';

type Args = Record<string, unknown>;

/** What a tool answers: the REST JSON (structuredContent), a sentence for the model, and extra machine-readable facts. */
export interface ToolAnswer {
  json: any;
  text: string;
  meta?: Record<string, unknown>;
}

export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint: boolean;
}

export interface McpTool {
  name: string;
  title: string;
  description: string;
  /** The REST operation whose code, validation and access rules the tool shares (null: none, e.g. estimate_savings). */
  operationId: string | null;
  /** The scopes and plan a key needs; a key without them neither sees nor may call the tool. */
  access: { scopes: readonly string[]; minPlan: string | null };
  inputSchema: JsonSchema;
  outputSchema: JsonSchema;
  annotations: ToolAnnotations;
  /** Tool argument names for the REST names in error fields (Idempotency-Key travels as a header in REST). */
  fieldNames?: Record<string, string>;
  run(auth: AuthContext, args: Args): Promise<ToolAnswer>;
}

const READ_ONLY: ToolAnnotations = { readOnlyHint: true, openWorldHint: false };
// Recording an event adds to the reports; a retry with the same idempotency_key records nothing new, but a call
// without one always records a new event, so the tool as such is not idempotent.
const TRACKS: ToolAnnotations = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false };

// REST's `format=csv` has no place in a tool: its answer is the JSON.
// Cross-workspace reports (workspace, convert) are the REST API's alone: a tool answers for the key's own org.
const REPORT_ONLY_OVER_HTTP = ['format', 'workspace', 'convert'];
/** The fields of a tracked event that say what a run is worth (estimate_savings answers these). */
const VALUATION_FIELDS = [
  'task_type',
  'currency',
  'resolved_baseline_minutes',
  'resolved_baseline_source',
  'resolved_hourly_rate',
  'agent_duration_seconds',
  'hours_saved',
  'cost_saved',
  'agent_cost',
  'resolved_cost_source',
  'net_saved',
  'model',
  'tokens_in',
  'tokens_out',
  'resolved_pricing',
] as const;
const ESTIMATE_ARGUMENTS = [
  'task_type',
  'agent_duration_seconds',
  'human_baseline_minutes',
  'model',
  'tokens_in',
  'tokens_out',
  'agent_id',
] satisfies ReadonlyArray<keyof TrackInput>;

function operation(id: string) {
  return operationIndex.get(id);
}

/** The REST twin's access rule; `anyKey` waives its scopes (reference data any agent needs), never its plan. */
function accessOf(id: string, anyKey = false): McpTool['access'] {
  const op = operation(id);
  return { scopes: anyKey ? [] : (op.security?.scopes ?? []), minPlan: op.minPlan };
}

/** Refuses argument names the tool does not declare (in the same words as REST's unknown fields). */
function checkArgumentNames(tool: Pick<McpTool, 'inputSchema'>, args: Args): void {
  const { properties = {}, patternProperties = {} } = tool.inputSchema;
  const patterns = Object.keys(patternProperties).map((p) => new RegExp(p));
  for (const name of Object.keys(args)) {
    if (!(name in properties) && !patterns.some((p) => p.test(name))) throw ApiError.validation(name, 'is not a recognised field');
  }
}

/** Runs REST's own validation of the operation's query on the arguments: the same coercion, defaults and errors. */
function validQuery(operationId: string, args: Args): Record<string, unknown> {
  const request = { params: {}, query: { ...args }, headers: {}, body: undefined };
  validateRequest(request, requestValidators().get(operationId)!);
  return request.query as Record<string, unknown>;
}

/** The catalogue of MCP tools, each calling the same service code as its REST twin. */
@Injectable()
export class McpTools {
  readonly all: McpTool[];
  private readonly byName: Map<string, McpTool>;

  constructor(
    @Inject(TrackingService) private readonly tracking: TrackingService,
    @Inject(ReportsService) private readonly reports: ReportsService,
    @Inject(UsageService) private readonly usage: UsageService,
    @Inject(AgentService) private readonly agents: AgentService,
    @Inject(TaskTypeService) private readonly taskTypes: TaskTypeService,
  ) {
    this.all = [
      this.trackEvent(),
      this.queryTool({
        name: 'get_summary',
        title: 'ROI summary',
        description:
          'Hours, money and net saved over a period (default the last 30 days), with outcome shares, averages, a daily trend and the top agents, task types, clients and models. Pro plan and above.',
        operationId: 'getSummary',
        run: (auth, q) => this.reports.summary(auth.org, q as ReportParams),
        text: summaryText,
      }),
      this.queryTool({
        name: 'time_saved_report',
        title: 'Time saved, grouped',
        description:
          'Hours saved (with money, agent cost, net, outcomes, tokens, durations and FTE equivalent) grouped by up to four of agent, task_type, client, model, outcome, day, week, month or metadata.<key>, sorted by hours saved. Pro plan and above.',
        operationId: 'getTimeSavedReport',
        run: (auth, q) => this.reports.grouped(auth.org, q as ReportParams, 'hours_saved'),
        text: groupedText,
      }),
      this.queryTool({
        name: 'cost_saved_report',
        title: 'Money saved, grouped',
        description: 'The grouped report of time_saved_report sorted by money saved (cost_saved) by default. Pro plan and above.',
        operationId: 'getCostSavedReport',
        run: (auth, q) => this.reports.grouped(auth.org, q as ReportParams, 'cost_saved'),
        text: groupedText,
      }),
      this.queryTool({
        name: 'leaderboard',
        title: 'Agent leaderboard',
        description:
          'Agents ranked by hours_saved, cost_saved, net_saved or events over a period, with their display names. Pro plan and above.',
        operationId: 'getLeaderboard',
        run: (auth, q) => this.reports.leaderboard(auth.org, q as ReportParams),
        text: leaderboardText,
      }),
      this.queryTool({
        name: 'get_usage',
        title: 'Plan usage',
        description: "This billing month's tracked events against the plan's included events, the overage and its projected charge.",
        operationId: 'getUsage',
        anyKey: true,
        run: (auth) => this.usage.report(auth.org, auth.poolOwner),
        text: usageText,
      }),
      this.queryTool({
        name: 'list_agents',
        title: 'Agents',
        description: "The org's agents (every agent_id ever tracked), with display names, hourly rates and the last 30 days' savings.",
        operationId: 'listAgents',
        anyKey: true,
        run: (auth, q) => this.agents.listResponse(auth.org, q as { limit: number; cursor?: string; search?: string }),
        text: agentsText,
      }),
      this.queryTool({
        name: 'list_task_types',
        title: 'Task types',
        description:
          'The task types track_event accepts, each with the human baseline (minutes) it is valued against and the cited source of that baseline. Pick the closest one before tracking.',
        operationId: 'listTaskTypes',
        anyKey: true,
        run: (auth, q) => this.taskTypeList(auth, q as { category?: TaskTypeCategory; include_archived: boolean }),
        text: taskTypesText,
      }),
      this.estimateSavings(),
    ];
    this.byName = new Map(this.all.map((t) => [t.name, t]));
  }

  get(name: string): McpTool | undefined {
    return this.byName.get(name);
  }

  /** Why this key may not use the tool (the REST error), or null. */
  refusal(tool: McpTool, auth: AuthContext): ApiError | null {
    return accessError(auth, tool.access.scopes, tool.access.minPlan);
  }

  /** GET /v1/task-types's answer (also the humanhours://task-types resource). */
  async taskTypeList(auth: AuthContext, q: { category?: TaskTypeCategory; include_archived?: boolean }) {
    const types = await this.taskTypes.list(auth.org.id, { category: q.category, includeArchived: q.include_archived ?? false });
    return { data: types.map(taskTypeResponse) };
  }

  /** A tool over a GET operation: the arguments are its query parameters, the answer its 200 body. */
  private queryTool<T>(t: {
    name: string;
    title: string;
    description: string;
    operationId: string;
    anyKey?: boolean;
    run(auth: AuthContext, query: Record<string, unknown>): Promise<T>;
    text(json: T): string;
  }): McpTool {
    const op = operation(t.operationId);
    const tool: McpTool = {
      name: t.name,
      title: t.title,
      description: t.description,
      operationId: t.operationId,
      access: accessOf(t.operationId, t.anyKey),
      inputSchema: queryInputSchema(op, REPORT_ONLY_OVER_HTTP),
      outputSchema: responseSchema(op, '200'),
      annotations: READ_ONLY,
      run: async (auth, args) => {
        checkArgumentNames(tool, args);
        const json = await t.run(auth, validQuery(t.operationId, args));
        return { json, text: t.text(json) };
      },
    };
    return tool;
  }

  private trackEvent(): McpTool {
    const op = operation('trackEvent');
    const idempotencyKey = op.parameters.find((p) => p.name === 'Idempotency-Key')!;
    const tool: McpTool = {
      name: 'track_event',
      title: 'Track an agent run',
      description:
        'Records one finished agent task (POST /v1/track) and answers its valuation: hours, money and net saved against the human baseline of its task_type. Send an idempotency_key unique to this run and reuse it only to retry the same run (a retry then records nothing new); without one a key is generated and returned, and every call records a new event. On the free plan events beyond the monthly quota are refused (quota_exceeded).',
      operationId: 'trackEvent',
      access: accessOf('trackEvent'),
      inputSchema: withProperties(bodyInputSchema(op), {
        idempotency_key: {
          ...inlineSchema(idempotencyKey.schema ?? {}),
          description: 'Unique per logical run (e.g. a UUID); reuse it only to retry that run. Generated when absent.',
        },
      }),
      outputSchema: responseSchema(op, '201'),
      annotations: TRACKS,
      fieldNames: { 'Idempotency-Key': 'idempotency_key' },
      run: async (auth, args) => {
        checkArgumentNames(tool, args);
        const { idempotency_key = randomUUID(), ...body } = args;
        validateRequest(
          { params: {}, query: {}, headers: { 'idempotency-key': idempotency_key as string }, body },
          requestValidators().get('trackEvent')!,
        );
        const result = await this.tracking.track(auth, body as unknown as TrackInput, idempotency_key as string);
        if ('error' in result) throw result.error;
        const json = JSON.parse(result.response);
        const replayed = result.status === 200;
        return { json, text: trackedText(json, idempotency_key as string, replayed), meta: { idempotency_key, replayed } };
      },
    };
    return tool;
  }

  private estimateSavings(): McpTool {
    const track = operation('trackEvent');
    const inputSchema: JsonSchema = { ...pickProperties(bodyInputSchema(track), ESTIMATE_ARGUMENTS), required: ['task_type'] };
    inputSchema.properties.agent_id = {
      ...inputSchema.properties.agent_id,
      description: 'The agent that would run it, for its own hourly rate; the org default rate without it.',
    };
    const tool: McpTool = {
      name: 'estimate_savings',
      title: 'Estimate a run before running it',
      description:
        'What a successful run would save (hours, money, net of the agent cost computed from model and tokens) if tracked now, valued exactly as track_event values it. Records nothing and counts against no quota.',
      operationId: null,
      access: { scopes: [], minPlan: null },
      inputSchema,
      outputSchema: pickProperties(responseSchema(track, '201'), VALUATION_FIELDS),
      annotations: READ_ONLY,
      run: async (auth, args) => {
        checkArgumentNames(tool, args);
        // The track body's own validation, on the body this run would be tracked with.
        const body = { outcome: 'success', ...args, agent_id: args.agent_id ?? 'estimate' };
        validateRequest({ params: {}, query: {}, headers: {}, body }, requestValidators().get('trackEvent')!);
        // Without an agent_id, '' (no agent's id: ids have at least one character) gets the org's default rate.
        const event = await this.tracking.estimate(auth, { ...(body as TrackInput), agent_id: (args.agent_id as string) ?? '' });
        const json = Object.fromEntries(VALUATION_FIELDS.map((k) => [k, event[k]]));
        return { json, text: estimateText(event) };
      },
    };
    return tool;
  }
}
