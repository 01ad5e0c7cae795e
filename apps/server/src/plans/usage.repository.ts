// The SQL of the monthly usage counts (org_usage): the ingest path's counting statements (run in its own
// transaction), the scheduler's read and the usage endpoints' query.
import type { Database } from '../db/database.js';

export const OPEN_MONTH = 'insert into org_usage (org_id, month, events) values (?, ?, 0) on conflict (org_id, month) do nothing';
export const COUNT_EVENT = 'update org_usage set events = events + 1 where org_id = ? and month = ?';
// The check and the count in one statement: under any concurrency, at most `cap` events get counted.
export const COUNT_EVENT_WITHIN_CAP = 'update org_usage set events = events + 1 where org_id = ? and month = ? and events < ?';
export const UNCOUNT_EVENT = 'update org_usage set events = events - 1 where org_id = ? and month = ?';

/** The org's events counted in `month` (0 before its first). */
export async function monthEvents(db: Database, orgId: string, month: string): Promise<number> {
  const row = await db.get<{ events: number }>('select events from org_usage where org_id = ? and month = ?', [orgId, month]);
  return row?.events ?? 0;
}

/** Every month's count of these orgs. */
export function usageRows(db: Database, orgIds: string[]) {
  return db.all<{ org_id: string; month: string; events: number }>(
    `select org_id, month, events from org_usage where org_id in (${orgIds.map(() => '?').join(', ')})`,
    orgIds,
  );
}
