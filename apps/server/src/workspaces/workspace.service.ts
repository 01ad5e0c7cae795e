import type { RequestBody } from '@humanhours/contract';
import { Inject, Injectable } from '@nestjs/common';
import { ApiKeyService, apiKeyResponse } from '../api-keys/api-key.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError } from '../core/api-error.js';
import { decodeCursor, keysetPage } from '../core/cursor.js';
import type { OrgSettings } from '../core/org-settings.js';
import { iso } from '../core/time.js';
import type { AuthContext } from '../http/auth-context.js';
import { OrgService } from '../orgs/org.service.js';
import { fromMinor } from '../pricing/money.js';
import { WorkspaceDirectory } from './workspace-directory.js';

const WORKSPACE_CURSOR = ['id'] as const;

export type NewWorkspace = RequestBody<'createWorkspace'>;
export type WorkspacePatch = RequestBody<'updateWorkspace'>;

/** Only a pool owner (an org without a parent) manages workspaces; a child's admin key manages its own org only. */
function ownerOnly(auth: AuthContext): OrgSettings {
  if (auth.org.parentOrgId !== null) {
    throw new ApiError('feature_locked', 'This org is a workspace of a pool; only the pool owner manages workspaces', {
      hint: "Use an admin key of the pool owner's org",
    });
  }
  return auth.org;
}

@Injectable()
export class WorkspaceService {
  constructor(
    @Inject(OrgService) private readonly orgs: OrgService,
    @Inject(ApiKeyService) private readonly keys: ApiKeyService,
    @Inject(WorkspaceDirectory) private readonly directory: WorkspaceDirectory,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // One create at a time per pool in this process: count, insert and check are then never interleaved here.
  private readonly creating = new Map<string, Promise<unknown>>();

  /** Workspaces the owner's plan allows, itself included (null: no limit). */
  private limit(owner: OrgSettings): number | null {
    return this.config.plans.plans[owner.plan].workspaces;
  }

  /** The parent first (on the first page), then its children oldest first, closed ones included. */
  async list(auth: AuthContext, limit: number, cursor?: string) {
    const owner = ownerOnly(auth);
    const after = decodeCursor(cursor, WORKSPACE_CURSOR)?.[0] ?? null;
    const children = await this.directory.children(owner.id, { includeClosed: true, after, limit: limit + 1 });
    const page = keysetPage([...(after === null ? [owner] : []), ...children], limit, WORKSPACE_CURSOR, (o) => [o.id]);
    const counts = await this.directory.eventsThisMonth(
      owner,
      page.rows.map((o) => o.id),
    );
    return {
      data: page.rows.map((o) => workspaceResponse(o, counts.get(o.id) ?? 0)),
      next_cursor: page.next_cursor,
      limit: this.limit(owner),
    };
  }

  async create(auth: AuthContext, input: NewWorkspace) {
    const owner = ownerOnly(auth);
    const previous = this.creating.get(owner.id) ?? Promise.resolve();
    const mine = previous.catch(() => {}).then(() => this.createChild(auth, owner, input));
    this.creating.set(owner.id, mine);
    try {
      return await mine;
    } finally {
      if (this.creating.get(owner.id) === mine) this.creating.delete(owner.id);
    }
  }

  private async createChild(auth: AuthContext, owner: OrgSettings, input: NewWorkspace) {
    const limit = this.limit(owner);
    const full = () =>
      new ApiError('workspace_limit_reached', `The ${owner.plan} plan allows ${limit} workspaces, the parent included`, {
        hint: 'Close a workspace (DELETE /v1/workspaces/{id}) or move to a plan with more',
      });
    if (limit !== null && (await this.directory.children(owner.id)).length + 1 >= limit) throw full();
    const child = await this.orgs.create({
      name: input.name,
      plan: owner.plan,
      currency: input.currency ?? owner.currency,
      default_hourly_rate: input.default_hourly_rate ?? fromMinor(owner.defaultHourlyRateMinor, owner.currency),
      timezone: input.timezone ?? owner.timezone,
      parentOrgId: owner.id,
    });
    // Creates in other processes may have passed the check above too. Once inserted, the racers see the children
    // in id order, and those past the limit (the latest) remove themselves.
    if (limit !== null) {
      const children = await this.directory.children(owner.id);
      if (children.findIndex((c) => c.id === child.id) + 1 >= limit) {
        await this.orgs.remove(child.id);
        throw full();
      }
    }
    const { key, secret } = await this.keys.create(child.id, { name: 'first key' });
    await this.audit.record({
      orgId: owner.id,
      actor: auth.keyId,
      action: 'workspace.created',
      targetType: 'workspace',
      targetId: child.id,
      details: { name: child.name, currency: child.currency, timezone: child.timezone },
    });
    return { workspace: workspaceResponse(child, 0), api_key: { ...apiKeyResponse(key), secret } };
  }

  async update(auth: AuthContext, id: string, patch: WorkspacePatch) {
    const owner = ownerOnly(auth);
    await this.child(owner, id);
    const updated = await this.orgs.update(id, patch);
    await this.audit.record({
      orgId: owner.id,
      actor: auth.keyId,
      action: 'workspace.updated',
      targetType: 'workspace',
      targetId: id,
      details: { ...patch },
    });
    return workspaceResponse(updated, (await this.directory.eventsThisMonth(owner, [id])).get(id) ?? 0);
  }

  /** Closes a child: every key revoked at once (the cache forgets them), its events kept. */
  async close(auth: AuthContext, id: string, now = Date.now()) {
    const owner = ownerOnly(auth);
    const child = await this.child(owner, id);
    const keys = await this.keys.active(id);
    for (const key of keys) await this.keys.revoke(id, key.id, now);
    const closed = child.closedAt === null ? await this.orgs.close(id, now) : child;
    await this.audit.record(
      {
        orgId: owner.id,
        actor: auth.keyId,
        action: 'workspace.closed',
        targetType: 'workspace',
        targetId: id,
        details: { revoked_keys: keys.length },
      },
      now,
    );
    return workspaceResponse(closed, (await this.directory.eventsThisMonth(owner, [id])).get(id) ?? 0);
  }

  /** A child of this owner, or 404: a sibling's or a stranger's id is indistinguishable from an unknown one. */
  private async child(owner: OrgSettings, id: string): Promise<OrgSettings> {
    const org = await this.orgs.settings(id);
    if (!org || org.parentOrgId !== owner.id) throw new ApiError('not_found', `No workspace ${id} in this pool`);
    return org;
  }
}

/** The Workspace resource. */
export function workspaceResponse(org: OrgSettings, eventsThisMonth: number) {
  return {
    id: org.id,
    name: org.name,
    parent_org_id: org.parentOrgId,
    currency: org.currency,
    default_hourly_rate: fromMinor(org.defaultHourlyRateMinor, org.currency),
    timezone: org.timezone,
    events_this_month: eventsThisMonth,
    created_at: iso(org.createdAt)!,
    closed_at: iso(org.closedAt),
  };
}
