import type { PathParams, QueryParams, RequestBody } from '@humanhours/contract';
import { Body, Controller, HttpCode, Inject, Param, Query } from '@nestjs/common';
import { ApiKeyService, apiKeyResponse } from '../api-keys/api-key.service.js';
import { decodeCursor, keysetPage } from '../core/cursor.js';
import { Database } from '../db/database.js';
import { Operation } from '../http/operation.decorator.js';
import { OrgService, orgResponse } from '../orgs/org.service.js';
import { UsageService } from '../plans/usage.service.js';
import { setPoolParent } from '../workspaces/pool-membership.js';

const ORG_CURSOR = ['id'] as const;

/** The operator's API (HUMANHOURS_ADMIN_TOKEN): orgs across the whole install. */
@Controller()
export class AdminController {
  constructor(
    @Inject(OrgService) private readonly orgs: OrgService,
    @Inject(ApiKeyService) private readonly keys: ApiKeyService,
    @Inject(UsageService) private readonly usage: UsageService,
    @Inject(Database) private readonly db: Database,
  ) {}

  @Operation('adminCreateOrg')
  @HttpCode(201)
  async create(@Body() body: RequestBody<'adminCreateOrg'>) {
    const org = await this.orgs.create(body);
    const { key, secret } = await this.keys.create(org.id, { name: 'first key' });
    return { org: orgResponse(org), api_key: { ...apiKeyResponse(key), secret } };
  }

  @Operation('adminListOrgs')
  async list(@Query() q: QueryParams<'adminListOrgs'>) {
    const after = decodeCursor(q.cursor, ORG_CURSOR);
    const rows = await this.orgs.list(q.limit + 1, after?.[0] ?? null);
    const page = keysetPage(rows, q.limit, ORG_CURSOR, (org) => [org.id]);
    const counts = await this.usage.eventCounts(page.rows);
    return { data: page.rows.map((org) => ({ ...orgResponse(org), ...counts.get(org.id)! })), next_cursor: page.next_cursor };
  }

  @Operation('adminUpdateOrg')
  async update(@Param('id') id: PathParams<'adminUpdateOrg'>['id'], @Body() body: RequestBody<'adminUpdateOrg'>) {
    const { parent_org_id, ...patch } = body;
    if (parent_org_id !== undefined) await setPoolParent(this.orgs, this.db, id, parent_org_id);
    if (!Object.keys(patch).length) return orgResponse((await this.orgs.settings(id))!);
    return orgResponse(await this.orgs.update(id, patch));
  }
}
