import type { Http } from './http.js';
import type {
  ApiKeyCreate,
  Body,
  CostSavedParams,
  ExportParams,
  LeaderboardParams,
  Ok,
  Query,
  SummaryParams,
  TimeSavedParams,
} from './types.js';

const at = encodeURIComponent;
type Csv = { format: 'csv' };
type Json = { format?: 'json' };

/** `GET /v1/reports/*`. Every report but `usage` needs the pro plan (else FeatureLockedError). */
export class Reports {
  constructor(private readonly http: Http) {}

  /** Hours and money saved, grouped (`group_by: ['agent', 'task_type']`); `format: 'csv'` answers the CSV text. */
  timeSaved(params: TimeSavedParams & Csv): Promise<string>;
  timeSaved(params?: TimeSavedParams & Json): Promise<Ok<'getTimeSavedReport'>>;
  timeSaved(params?: TimeSavedParams): Promise<Ok<'getTimeSavedReport'> | string>;
  timeSaved(params?: TimeSavedParams) {
    return this.get('time-saved', params);
  }

  /** The finance view of the same rows, sorted by `cost_saved`. */
  costSaved(params: CostSavedParams & Csv): Promise<string>;
  costSaved(params?: CostSavedParams & Json): Promise<Ok<'getCostSavedReport'>>;
  costSaved(params?: CostSavedParams): Promise<Ok<'getCostSavedReport'> | string>;
  costSaved(params?: CostSavedParams) {
    return this.get('cost-saved', params);
  }

  /** Agents ranked by `metric`. */
  leaderboard(params: LeaderboardParams & Csv): Promise<string>;
  leaderboard(params?: LeaderboardParams & Json): Promise<Ok<'getLeaderboard'>>;
  leaderboard(params?: LeaderboardParams): Promise<Ok<'getLeaderboard'> | string>;
  leaderboard(params?: LeaderboardParams) {
    return this.get('leaderboard', params);
  }

  /** Period totals, rates, averages, top 10s and a daily trend (`format: 'csv'`: the trend). */
  summary(params: SummaryParams & Csv): Promise<string>;
  summary(params?: SummaryParams & Json): Promise<Ok<'getSummary'>>;
  summary(params?: SummaryParams): Promise<Ok<'getSummary'> | string>;
  summary(params?: SummaryParams) {
    return this.get('summary', params);
  }

  /** The time-saved report as CSV text (what the dashboard downloads). */
  export(params?: ExportParams): Promise<string> {
    return this.get('export', params);
  }

  /** The plan, this month's events, quota and projected overage. Open to every plan. */
  usage(): Promise<Ok<'getUsage'>> {
    return this.get('usage');
  }

  private get(report: string, query?: object): Promise<any> {
    return this.http.request({ method: 'GET', path: `/v1/reports/${report}`, query });
  }
}

/** The task-type catalogue: built-ins, the org's custom types and its overrides. */
export class TaskTypes {
  constructor(private readonly http: Http) {}

  list(params?: Query<'listTaskTypes'>): Promise<Ok<'listTaskTypes'>> {
    return this.http.request({ method: 'GET', path: '/v1/task-types', query: params });
  }
  /** One task type with its audit trail. */
  get(key: string): Promise<Ok<'getTaskType'>> {
    return this.http.request({ method: 'GET', path: `/v1/task-types/${at(key)}` });
  }
  create(body: Body<'createTaskType'>): Promise<Ok<'createTaskType'>> {
    return this.http.request({ method: 'POST', path: '/v1/task-types', body });
  }
  /** Sets the org's baseline for a task type, with the reason (audit-logged). */
  override(key: string, body: Body<'overrideTaskType'>): Promise<Ok<'overrideTaskType'>> {
    return this.http.request({ method: 'POST', path: `/v1/task-types/${at(key)}/override`, body });
  }
  removeOverride(key: string): Promise<Ok<'deleteTaskTypeOverride'>> {
    return this.http.request({ method: 'DELETE', path: `/v1/task-types/${at(key)}/override` });
  }
  /** Archives a custom task type (past events keep their values). */
  archive(key: string): Promise<Ok<'archiveTaskType'>> {
    return this.http.request({ method: 'DELETE', path: `/v1/task-types/${at(key)}` });
  }
}

export class Agents {
  constructor(private readonly http: Http) {}

  /** One page; pass `next_cursor` back as `cursor` for the next. */
  list(params?: Query<'listAgents'>): Promise<Ok<'listAgents'>> {
    return this.http.request({ method: 'GET', path: '/v1/agents', query: params });
  }
  /** Sets or clears (`null`) an agent's display name and hourly-rate override. */
  update(agentId: string, body: Body<'updateAgent'>): Promise<Ok<'updateAgent'>> {
    return this.http.request({ method: 'PATCH', path: `/v1/agents/${at(agentId)}`, body });
  }
}

export class Models {
  constructor(private readonly http: Http) {}

  /** The price book used to compute agent cost from tokens. */
  list(params?: Query<'listModels'>): Promise<Ok<'listModels'>> {
    return this.http.request({ method: 'GET', path: '/v1/models', query: params });
  }
}

export class ApiKeys {
  constructor(private readonly http: Http) {}

  list(params?: Query<'listApiKeys'>): Promise<Ok<'listApiKeys'>> {
    return this.http.request({ method: 'GET', path: '/v1/api-keys', query: params });
  }
  /** The answer's `secret` is shown this once. */
  create(body: ApiKeyCreate): Promise<Ok<'createApiKey'>> {
    return this.http.request({ method: 'POST', path: '/v1/api-keys', body });
  }
  /** Revokes a key by its 8-character public id; its next request answers 401. */
  revoke(id: string): Promise<Ok<'revokeApiKey'>> {
    return this.http.request({ method: 'DELETE', path: `/v1/api-keys/${at(id)}` });
  }
}

export class OrgSettings {
  constructor(private readonly http: Http) {}

  get(): Promise<Ok<'getOrg'>> {
    return this.http.request({ method: 'GET', path: '/v1/org' });
  }
  update(body: Body<'updateOrg'>): Promise<Ok<'updateOrg'>> {
    return this.http.request({ method: 'PATCH', path: '/v1/org', body });
  }
}
