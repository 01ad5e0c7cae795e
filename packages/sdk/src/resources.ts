import { operations as ops } from './generated/api-operations.js';
import type { APIPromise, Http, Operation, RequestOptions } from './http.js';
import { type ListPage, PagePromise } from './pagination.js';
import type {
  Agent,
  ApiKey,
  ApiKeyCreate,
  Body,
  CostSavedParams,
  ExportParams,
  LeaderboardParams,
  Model,
  Ok,
  Query,
  SummaryParams,
  TaskType,
  TimeSavedParams,
} from './types.js';

type Csv = { format: 'csv' };
type Json = { format?: 'json' };

/** A list operation as a PagePromise: the cursor of each page fetches the next, with the same query and options. */
export function paged<Page extends ListPage<Item>, Item>(http: Http, op: Operation, query: object = {}, options?: RequestOptions) {
  const get = (q: object) => http.send<Page>(op, { query: q }, options);
  return new PagePromise<Page, Item>(get(query), async (cursor) => (await get({ ...query, cursor })).data);
}

/** `GET /v1/reports/*`. Every report but `usage` needs the pro plan (else FeatureLockedError). */
export class Reports {
  constructor(private readonly http: Http) {}

  /** Hours and money saved, grouped (`group_by: ['agent', 'task_type']`); `format: 'csv'` answers the CSV text. */
  timeSaved(params: TimeSavedParams & Csv, options?: RequestOptions): APIPromise<string>;
  timeSaved(params?: TimeSavedParams & Json, options?: RequestOptions): APIPromise<Ok<'getTimeSavedReport'>>;
  timeSaved(params?: TimeSavedParams, options?: RequestOptions): APIPromise<Ok<'getTimeSavedReport'> | string>;
  timeSaved(params?: TimeSavedParams, options?: RequestOptions) {
    return this.get(ops.getTimeSavedReport, params, options);
  }

  /** The finance view of the same rows, sorted by `cost_saved`. */
  costSaved(params: CostSavedParams & Csv, options?: RequestOptions): APIPromise<string>;
  costSaved(params?: CostSavedParams & Json, options?: RequestOptions): APIPromise<Ok<'getCostSavedReport'>>;
  costSaved(params?: CostSavedParams, options?: RequestOptions): APIPromise<Ok<'getCostSavedReport'> | string>;
  costSaved(params?: CostSavedParams, options?: RequestOptions) {
    return this.get(ops.getCostSavedReport, params, options);
  }

  /** Agents ranked by `metric`. */
  leaderboard(params: LeaderboardParams & Csv, options?: RequestOptions): APIPromise<string>;
  leaderboard(params?: LeaderboardParams & Json, options?: RequestOptions): APIPromise<Ok<'getLeaderboard'>>;
  leaderboard(params?: LeaderboardParams, options?: RequestOptions): APIPromise<Ok<'getLeaderboard'> | string>;
  leaderboard(params?: LeaderboardParams, options?: RequestOptions) {
    return this.get(ops.getLeaderboard, params, options);
  }

  /** Period totals, rates, averages, top 10s and a daily trend (`format: 'csv'`: the trend). */
  summary(params: SummaryParams & Csv, options?: RequestOptions): APIPromise<string>;
  summary(params?: SummaryParams & Json, options?: RequestOptions): APIPromise<Ok<'getSummary'>>;
  summary(params?: SummaryParams, options?: RequestOptions): APIPromise<Ok<'getSummary'> | string>;
  summary(params?: SummaryParams, options?: RequestOptions) {
    return this.get(ops.getSummary, params, options);
  }

  /** The time-saved report as CSV text (what the dashboard downloads). */
  export(params?: ExportParams, options?: RequestOptions): APIPromise<string> {
    return this.http.request(ops.exportReport, { query: params, as: 'text' }, options);
  }

  /** The plan, this month's events, quota and projected overage. Open to every plan. */
  usage(options?: RequestOptions): APIPromise<Ok<'getUsage'>> {
    return this.http.request(ops.getUsage, {}, options);
  }

  private get(op: Operation, query: { format?: string } | undefined, options: RequestOptions | undefined): APIPromise<any> {
    return this.http.request(op, { query, as: query?.format === 'csv' ? 'text' : 'json' }, options);
  }
}

/** The task-type catalogue: built-ins, the org's custom types and its overrides. */
export class TaskTypes {
  constructor(private readonly http: Http) {}

  /** The whole catalogue in one answer; `for await` iterates its task types. */
  list(params?: Query<'listTaskTypes'>, options?: RequestOptions): PagePromise<Ok<'listTaskTypes'>, TaskType> {
    return paged(this.http, ops.listTaskTypes, params, options);
  }
  /** One task type with its audit trail. */
  get(key: string, options?: RequestOptions): APIPromise<Ok<'getTaskType'>> {
    return this.http.request(ops.getTaskType, { params: { key } }, options);
  }
  /** A custom task type (pro plan). Not retried after a lost answer: the server has no idempotency key for it. */
  create(body: Body<'createTaskType'>, options?: RequestOptions): APIPromise<Ok<'createTaskType'>> {
    return this.http.request(ops.createTaskType, { body }, options);
  }
  /** Sets the org's baseline for a task type, with the reason (audit-logged). */
  override(key: string, body: Body<'overrideTaskType'>, options?: RequestOptions): APIPromise<Ok<'overrideTaskType'>> {
    return this.http.request(ops.overrideTaskType, { params: { key }, body }, options);
  }
  removeOverride(key: string, options?: RequestOptions): APIPromise<Ok<'deleteTaskTypeOverride'>> {
    return this.http.request(ops.deleteTaskTypeOverride, { params: { key } }, options);
  }
  /** Archives a custom task type (past events keep their values). */
  archive(key: string, options?: RequestOptions): APIPromise<Ok<'archiveTaskType'>> {
    return this.http.request(ops.archiveTaskType, { params: { key } }, options);
  }
}

export class Agents {
  constructor(private readonly http: Http) {}

  /** `await` it for one page (pass `next_cursor` back as `cursor`), or `for await` over every agent. */
  list(params?: Query<'listAgents'>, options?: RequestOptions): PagePromise<Ok<'listAgents'>, Agent> {
    return paged(this.http, ops.listAgents, params, options);
  }
  /** Sets or clears (`null`) an agent's display name and hourly-rate override. */
  update(agentId: string, body: Body<'updateAgent'>, options?: RequestOptions): APIPromise<Ok<'updateAgent'>> {
    return this.http.request(ops.updateAgent, { params: { agent_id: agentId }, body }, options);
  }
}

/** `GET /v1/events` and the review gate of needs_review events (`review:write`). */
export class Events {
  constructor(private readonly http: Http) {}

  /** The events a report with the same parameters sums, newest first; `review: 'pending'` is the review queue. */
  list(params?: Query<'listEvents'>, options?: RequestOptions): PagePromise<Ok<'listEvents'>, Ok<'listEvents'>['data'][number]> {
    return paged(this.http, ops.listEvents, params, options);
  }
  /** Everything stored about one event, its review and the value reports count it at. */
  get(eventId: string, options?: RequestOptions): APIPromise<Ok<'getEvent'>> {
    return this.http.request(ops.getEvent, { params: { event_id: eventId } }, options);
  }
  /** Approves (full credit) or rejects (zero) once; the other decision later rejects with a 409. */
  review(eventId: string, body: Body<'reviewEvent'>, options?: RequestOptions): APIPromise<Ok<'reviewEvent'>> {
    return this.http.request(ops.reviewEvent, { params: { event_id: eventId }, body }, options);
  }
  /** One decision for up to 1,000 events, each on its own: one result per id. */
  reviewMany(body: Body<'reviewEvents'>, options?: RequestOptions): APIPromise<Ok<'reviewEvents'>> {
    return this.http.request(ops.reviewEvents, { body }, options);
  }
}

export class Models {
  constructor(private readonly http: Http) {}

  /** The price book used to compute agent cost from tokens; `for await` iterates its models. */
  list(params?: Query<'listModels'>, options?: RequestOptions): PagePromise<Ok<'listModels'>, Model> {
    return paged(this.http, ops.listModels, params, options);
  }
}

export class ApiKeys {
  constructor(private readonly http: Http) {}

  /** `await` it for one page, or `for await` over every key. */
  list(params?: Query<'listApiKeys'>, options?: RequestOptions): PagePromise<Ok<'listApiKeys'>, ApiKey> {
    return paged(this.http, ops.listApiKeys, params, options);
  }
  /** The answer's `secret` is shown this once. Not retried after a lost answer (no idempotency key for it). */
  create(body: ApiKeyCreate, options?: RequestOptions): APIPromise<Ok<'createApiKey'>> {
    return this.http.request(ops.createApiKey, { body }, options);
  }
  /** Revokes a key by its 8-character public id; its next request answers 401. */
  revoke(id: string, options?: RequestOptions): APIPromise<Ok<'revokeApiKey'>> {
    return this.http.request(ops.revokeApiKey, { params: { id } }, options);
  }
}

export class OrgSettings {
  constructor(private readonly http: Http) {}

  get(options?: RequestOptions): APIPromise<Ok<'getOrg'>> {
    return this.http.request(ops.getOrg, {}, options);
  }
  update(body: Body<'updateOrg'>, options?: RequestOptions): APIPromise<Ok<'updateOrg'>> {
    return this.http.request(ops.updateOrg, { body }, options);
  }
}

/** The unauthenticated routes: liveness, readiness and the spec itself. */
export class ServerInfo {
  constructor(private readonly http: Http) {}

  /** `GET /healthz`: the process is up. */
  health(options?: RequestOptions): APIPromise<Ok<'getHealth'>> {
    return this.http.request(ops.getHealth, {}, options);
  }
  /** `GET /readyz`: the database (and Redis, when configured) answer; a 503 rejects with InternalServerError. */
  readiness(options?: RequestOptions): APIPromise<Ok<'getReadiness'>> {
    return this.http.request(ops.getReadiness, {}, options);
  }
  /** The server's OpenAPI document. */
  openapi(options?: RequestOptions): APIPromise<Ok<'getOpenApiJson'>> {
    return this.http.request(ops.getOpenApiJson, {}, options);
  }
  /** The same document as YAML text. */
  openapiYaml(options?: RequestOptions): APIPromise<string> {
    return this.http.request(ops.getOpenApiYaml, { as: 'text' }, options);
  }
}
