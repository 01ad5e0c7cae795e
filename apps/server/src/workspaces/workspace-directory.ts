import { monthOf } from '@humanhours/time';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../core/api-error.js';
import type { OrgSettings } from '../core/org-settings.js';
import { Database } from '../db/database.js';
import { eventCountsReceived } from '../event-store/event.repository.js';
import { childOrgs } from '../orgs/org.repository.js';

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
    return childOrgs(this.db, ownerId, opts);
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
    const rows = await eventCountsReceived(this.db, orgIds, month.start, month.end);
    for (const row of rows) counts.set(row.org_id, row.n);
    return counts;
  }
}
