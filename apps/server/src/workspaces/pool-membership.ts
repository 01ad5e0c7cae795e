import { ApiError } from '../core/api-error.js';
import type { OrgSettings } from '../core/org-settings.js';
import type { Database } from '../db/database.js';
import { ownsWorkspaces } from '../orgs/org.repository.js';
import type { OrgService } from '../orgs/org.service.js';

/**
 * The operator's move of an org into a pool (or out of it, `parentId` null), for the admin API and the CLI.
 * Pools are one level deep: the parent is no workspace itself, and an org that owns workspaces joins no pool.
 */
export async function setPoolParent(orgs: OrgService, db: Database, orgId: string, parentId: string | null): Promise<OrgSettings> {
  const org = await orgs.settings(orgId);
  if (!org) throw new ApiError('not_found', `No org ${orgId}`);
  if (parentId !== null) {
    const problem = (message: string) => ApiError.validation('parent_org_id', message);
    if (parentId === orgId) throw problem('cannot be the org itself');
    const parent = await orgs.settings(parentId);
    if (!parent) throw problem(`names no org (${parentId})`);
    if (parent.parentOrgId !== null) throw problem('is itself a workspace of a pool; pools are one level deep');
    if (await ownsWorkspaces(db, orgId)) throw problem('cannot be set on an org that owns workspaces');
  }
  return orgs.update(orgId, { parent_org_id: parentId });
}
