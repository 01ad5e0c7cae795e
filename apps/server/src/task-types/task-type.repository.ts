// What other domains read of the task-type history (the audit log merges it into its listing); the task types'
// own endpoints write and read it through the ORM in task-type.service.ts.
import type { Database } from '../db/database.js';

/** The org's history rows newest first, `limit` of them, before the id `before` when given. */
export function taskTypeHistoryPage(db: Database, orgId: string, before: string | null, limit: number) {
  return db.all<Record<string, any>>(
    `select id, at, actor, action, key, old_baseline_minutes, new_baseline_minutes, reason from task_type_history
         where org_id = ?${before === null ? '' : ' and id < ?'} order by id desc limit ?`,
    before === null ? [orgId, limit] : [orgId, before, limit],
  );
}
