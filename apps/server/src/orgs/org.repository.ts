// The SQL other domains need of the orgs table (the ORM calls of its own endpoints are in org.service.ts, the
// settings locks in settings-lock.ts): they call these rather than query orgs themselves.
import type { OrgSettings } from '../core/org-settings.js';
import type { Database } from '../db/database.js';
import { OrgSchema } from './org.entity.js';
import { toSettings } from './org-settings.js';

// The settings guard of the ingest path: the org's currency as stored now. An event valued in another (the caller's
// settings were cached from before a currency change) is refused before anything is written, and valued again. On
// PostgreSQL the transaction first locks the org row shared (see settings-lock.ts), so no change commits before its commit.
export const ORG_CURRENCY = 'select currency from orgs where id = ?';

/** The orgs with digest e-mails to send, as `org_id` rows (a part of the scheduler's union). */
export const ORGS_WITH_DIGEST_EMAILS = 'select id as org_id from orgs where digest_emails is not null';

/** The org's settings read now, not from a cache; null when it does not exist. */
export async function readOrgSettings(db: Database, orgId: string): Promise<OrgSettings | null> {
  const row = await db.em().findOne(OrgSchema, { id: orgId });
  return row ? toSettings(row) : null;
}

/** A pool owner's workspaces, oldest first; closed ones only when asked. */
export async function childOrgs(
  db: Database,
  ownerId: string,
  opts: { includeClosed?: boolean; after?: string | null; limit?: number } = {},
): Promise<OrgSettings[]> {
  const where: Record<string, unknown> = { parentOrgId: ownerId };
  if (!opts.includeClosed) where.closedAt = null;
  if (opts.after) where.id = { $gt: opts.after };
  const rows = await db.em().find(OrgSchema, where, { orderBy: { id: 'asc' }, limit: opts.limit });
  return rows.map(toSettings);
}

/** Whether the org owns workspaces (is some org's parent). */
export async function ownsWorkspaces(db: Database, orgId: string): Promise<boolean> {
  return (await db.get('select 1 as found from orgs where parent_org_id = ? limit 1', [orgId])) !== undefined;
}
