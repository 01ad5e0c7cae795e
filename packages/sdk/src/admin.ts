// The operator's client, for the `/v1/admin/*` routes (authenticated with HUMANHOURS_ADMIN_TOKEN, not an org key).
// A separate entry, `@humanhours/sdk/admin`, so the main entry's types hold nothing of the admin API.
import { fromEnv, type TransportOptions, transport } from './config.js';
import type { components, operations } from './generated/admin-api.js';
import { operations as ops } from './generated/admin-api-operations.js';
import type { APIPromise, Http, RequestOptions } from './http.js';
import type { PagePromise } from './pagination.js';
import { paged } from './resources.js';

type Schemas = components['schemas'];
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
export type AdminQuery<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;
export type AdminBody<K extends keyof operations> = JsonOf<operations[K]['requestBody']>;
export type AdminOrg = Schemas['AdminOrg'];
export type AdminOrgList = Schemas['AdminOrgList'];
export type AdminOrgCreate = Schemas['AdminOrgCreate'];
export type AdminOrgCreated = Schemas['AdminOrgCreated'];
export type AdminOrgUpdate = Schemas['AdminOrgUpdate'];

export interface AdminClientOptions extends TransportOptions {
  /** The server's HUMANHOURS_ADMIN_TOKEN. Default: `HUMANHOURS_ADMIN_TOKEN` from the environment. */
  adminToken?: string;
}

export class AdminOrgs {
  constructor(private readonly http: Http) {}

  /** Creates an org with its first API key (the answer's secret is shown this once). Not retried after a lost answer. */
  create(body: AdminOrgCreate, options?: RequestOptions): APIPromise<AdminOrgCreated> {
    return this.http.request(ops.adminCreateOrg, { body }, options);
  }
  /** `await` it for one page, or `for await` over every org. */
  list(params?: AdminQuery<'adminListOrgs'>, options?: RequestOptions): PagePromise<AdminOrgList, AdminOrg> {
    return paged(this.http, ops.adminListOrgs, params, options);
  }
  /** Changes an org's plan or limits. */
  update(id: string, body: AdminOrgUpdate, options?: RequestOptions): APIPromise<AdminOrg> {
    return this.http.request(ops.adminUpdateOrg, { params: { id }, body }, options);
  }
}

export class HumanHoursAdmin {
  readonly orgs: AdminOrgs;

  constructor(options: AdminClientOptions = {}) {
    const http = transport(
      options,
      options.adminToken ?? fromEnv('HUMANHOURS_ADMIN_TOKEN'),
      'No admin token: pass new HumanHoursAdmin({ adminToken }) or set HUMANHOURS_ADMIN_TOKEN.',
    );
    this.orgs = new AdminOrgs(http);
  }
}

// Errors are the main entry's classes: import them from '@humanhours/sdk'.
export type { APIPromise, RequestOptions, ResponseInfo, WithResponse } from './http.js';
export type { PagePromise } from './pagination.js';
