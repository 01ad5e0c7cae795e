import { monthOf } from '@humanhours/time';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../core/api-error.js';
import type { OrgSettings } from '../core/org-settings.js';
import { Database } from '../db/database.js';
import { OrgSchema } from '../orgs/org.entity.js';
import { toSettings } from '../orgs/org-settings.js';

/**
 * Who is in a pool and how much each one tracked this billing month. The pool's exact count lives on the owner's
 * org_usage row (the ingest transaction keeps it); a workspace's share is counted from its events received in the
 * pool's month (in the owner's time zone).
 */
@Injectable()
export class WorkspaceDirectory {
  constructor(@Inject(Database) private readonly db: Database) {}

  /** The owner's children, oldest first; closed ones only when asked. */
  async children(ownerId: string, opts: { includeClosed?: boolean; after?: string | null; limit?: number } = {}): Promise<OrgSettings[]> {
    const where: Record<string, unknown> = { parentOrgId: ownerId };
    if (!opts.includeClosed) where.closedAt = null;
    if (opts.after) where.id = { $gt: opts.after };
    const rows = await this.db.em().find(OrgSchema, where, { orderBy: { id: 'asc' }, limit: opts.limit });
    return rows.map(toSettings);
  }

  /**
   * The orgs a cross-workspace report covers (`workspace=all|<id>`): only a pool owner may ask, and only for its
   * own open workspaces. Anything else is 404, exactly like an id that does not exist.
   */
  async reportMembers(caller: OrgSettings, workspace: string): Promise<OrgSettings[]> {
    const unknown = () => new ApiError('not_found', `No workspace ${workspace} in this org's pool`, { field: 'workspace' });
    if (caller.parentOrgId !== null) throw unknown();
    const children = await this.children(caller.id);
    if (workspace === 'all') return [caller, ...children];
    const one = workspace === caller.id ? caller : children.find((c) => c.id === workspace);
    if (!one) throw unknown();
    return [one];
  }

  /** Each org's events received in the owner's current billing month. */
  async eventsThisMonth(owner: OrgSettings, orgIds: string[], now = Date.now()): Promise<Map<string, number>> {
    const counts = new Map(orgIds.map((id) => [id, 0]));
    if (!orgIds.length) return counts;
    const month = monthOf(now, owner.timezone);
    const rows = await this.db.all<{ org_id: string; n: number }>(
      `select org_id, count(*) as n from events where org_id in (${orgIds.map(() => '?').join(', ')})
        and received_at >= ? and received_at < ? group by org_id`,
      [...orgIds, month.start, month.end],
    );
    for (const row of rows) counts.set(row.org_id, row.n);
    return counts;
  }
}
