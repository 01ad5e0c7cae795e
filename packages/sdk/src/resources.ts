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

/** An agency pool's child workspaces, managed with the pool owner's admin key (see docs/workspaces.md). */
export class Workspaces {
  constructor(private readonly http: Http) {}

  /** The parent first, then its children; `for await` iterates them all. */
  list(
    params?: Query<'listWorkspaces'>,
    options?: RequestOptions,
  ): PagePromise<Ok<'listWorkspaces'>, Ok<'listWorkspaces'>['data'][number]> {
    return paged(this.http, ops.listWorkspaces, params, options);
  }
  /** A new child and its first API key (its `secret` shown this once). */
  create(body: Body<'createWorkspace'>, options?: RequestOptions): APIPromise<Ok<'createWorkspace'>> {
    return this.http.request(ops.createWorkspace, { body }, options);
  }
  update(id: string, body: Body<'updateWorkspace'>, options?: RequestOptions): APIPromise<Ok<'updateWorkspace'>> {
    return this.http.request(ops.updateWorkspace, { params: { id }, body }, options);
  }
  /** Closes a child: its keys are revoked at once, its events kept. */
  close(id: string, options?: RequestOptions): APIPromise<Ok<'deleteWorkspace'>> {
    return this.http.request(ops.deleteWorkspace, { params: { id } }, options);
  }
}

/** Signed webhook endpoints (Pro, `admin` scope), their deliveries and redelivery; see `verifyWebhook`. */
export class Webhooks {
  constructor(private readonly http: Http) {}

  list(params?: Query<'listWebhooks'>, options?: RequestOptions): PagePromise<Ok<'listWebhooks'>, Ok<'listWebhooks'>['data'][number]> {
    return paged(this.http, ops.listWebhooks, params, options);
  }
  /** The answer's signing `secret` is shown this once. */
  create(body: Body<'createWebhook'>, options?: RequestOptions): APIPromise<Ok<'createWebhook'>> {
    return this.http.request(ops.createWebhook, { body }, options);
  }
  get(id: string, options?: RequestOptions): APIPromise<Ok<'getWebhook'>> {
    return this.http.request(ops.getWebhook, { params: { id } }, options);
  }
  /** Enable or disable, change the event types, or rotate the secret (both sign during the grace period). */
  update(id: string, body: Body<'updateWebhook'>, options?: RequestOptions): APIPromise<Ok<'updateWebhook'>> {
    return this.http.request(ops.updateWebhook, { params: { id }, body }, options);
  }
  delete(id: string, options?: RequestOptions): APIPromise<Ok<'deleteWebhook'>> {
    return this.http.request(ops.deleteWebhook, { params: { id } }, options);
  }
  /** Queues a `ping` delivery to the endpoint. */
  test(id: string, options?: RequestOptions): APIPromise<Ok<'testWebhook'>> {
    return this.http.request(ops.testWebhook, { params: { id } }, options);
  }
  deliveries(
    id: string,
    params?: Query<'listWebhookDeliveries'>,
    options?: RequestOptions,
  ): PagePromise<Ok<'listWebhookDeliveries'>, Ok<'listWebhookDeliveries'>['data'][number]> {
    const get = (q: object) =>
      this.http.send<Ok<'listWebhookDeliveries'>>(ops.listWebhookDeliveries, { params: { id }, query: q }, options);
    return new PagePromise(get(params ?? {}), async (cursor) => (await get({ ...params, cursor })).data);
  }
  /** Sends a delivery again, with the same delivery id (receivers dedupe on it). */
  redeliver(id: string, deliveryId: string, options?: RequestOptions): APIPromise<Ok<'redeliverWebhookDelivery'>> {
    return this.http.request(ops.redeliverWebhookDelivery, { params: { id, delivery_id: deliveryId } }, options);
  }
}

/** Value alerts: rules evaluated hourly, `alert.triggered` once per breach and `alert.resolved` when it clears. */
export class Alerts {
  constructor(private readonly http: Http) {}

  list(
    params?: Query<'listAlertRules'>,
    options?: RequestOptions,
  ): PagePromise<Ok<'listAlertRules'>, Ok<'listAlertRules'>['data'][number]> {
    return paged(this.http, ops.listAlertRules, params, options);
  }
  create(body: Body<'createAlertRule'>, options?: RequestOptions): APIPromise<Ok<'createAlertRule'>> {
    return this.http.request(ops.createAlertRule, { body }, options);
  }
  get(id: string, options?: RequestOptions): APIPromise<Ok<'getAlertRule'>> {
    return this.http.request(ops.getAlertRule, { params: { id } }, options);
  }
  update(id: string, body: Body<'updateAlertRule'>, options?: RequestOptions): APIPromise<Ok<'updateAlertRule'>> {
    return this.http.request(ops.updateAlertRule, { params: { id }, body }, options);
  }
  delete(id: string, options?: RequestOptions): APIPromise<Ok<'deleteAlertRule'>> {
    return this.http.request(ops.deleteAlertRule, { params: { id } }, options);
  }
}

/** Read-only share links, and the public view one opens (by its token alone, without the API key). */
export class ShareLinks {
  constructor(private readonly http: Http) {}

  list(
    params?: Query<'listShareLinks'>,
    options?: RequestOptions,
  ): PagePromise<Ok<'listShareLinks'>, Ok<'listShareLinks'>['data'][number]> {
    return paged(this.http, ops.listShareLinks, params, options);
  }
  /** The answer's `token` and `url` are shown this once. */
  create(body: Body<'createShareLink'>, options?: RequestOptions): APIPromise<Ok<'createShareLink'>> {
    return this.http.request(ops.createShareLink, { body }, options);
  }
  revoke(id: string, options?: RequestOptions): APIPromise<Ok<'revokeShareLink'>> {
    return this.http.request(ops.revokeShareLink, { params: { id } }, options);
  }
  /** What the link with this token shows (no API key is sent). */
  open(token: string, options?: RequestOptions): APIPromise<Ok<'getSharedOverview'>> {
    return this.http.request(ops.getSharedOverview, {}, { ...options, headers: { ...options?.headers, 'x-share-token': token } });
  }
  /** The link's daily trend as CSV text. */
  exportCsv(token: string, options?: RequestOptions): APIPromise<string> {
    return this.http.request(ops.exportShared, { as: 'text' }, { ...options, headers: { ...options?.headers, 'x-share-token': token } });
  }
}

/** The org's audit trail, newest first. */
export class AuditLog {
  constructor(private readonly http: Http) {}

  list(params?: Query<'listAuditLog'>, options?: RequestOptions): PagePromise<Ok<'listAuditLog'>, Ok<'listAuditLog'>['data'][number]> {
    return paged(this.http, ops.listAuditLog, params, options);
  }
}
