import type { Schema } from '@humanhours/contract';
import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, keysetPage } from '../core/cursor.js';
import { ulid } from '../core/ids.js';
import { iso } from '../core/time.js';
import { Database } from '../db/database.js';
import { taskTypeHistoryPage } from '../task-types/task-type.repository.js';
import { AuditEntrySchema } from './audit-entry.entity.js';

const AUDIT_CURSOR = ['id'] as const;

// task-type changes keep their own history table: what audit_log itself holds is the rest.
export type AuditTarget = Exclude<Schema<'AuditEntry'>['target_type'], 'task_type'>;

export interface AuditRecord {
  orgId: string;
  actor: string;
  action: string;
  targetType: AuditTarget;
  targetId: string;
  details?: Record<string, unknown>;
}

/** One entry of GET /v1/audit-log, whichever table it came from. */
interface AuditRow {
  id: string;
  at: number;
  actor_key_id: string;
  action: string;
  target_type: Schema<'AuditEntry'>['target_type'];
  target_id: string;
  details: Record<string, unknown>;
}

/**
 * The org's audit trail: workspace and share-link changes are written here; task-type changes keep their own
 * history table (task_type_history, shown on each task type) and are merged into the listing. Both tables key
 * their rows by ULID, so one id order (newest first) and one cursor serve both.
 */
@Injectable()
export class AuditService {
  constructor(@Inject(Database) private readonly db: Database) {}

  async record(entry: AuditRecord, now = Date.now()): Promise<void> {
    const em = this.db.em();
    em.create(AuditEntrySchema, {
      id: ulid(now),
      orgId: entry.orgId,
      actor: entry.actor,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: entry.details ?? {},
      at: now,
    });
    await em.flush();
  }

  async list(orgId: string, limit: number, cursor?: string) {
    const before = decodeCursor(cursor, AUDIT_CURSOR)?.[0] ?? null;
    const idBefore = before === null ? '' : ' and id < ?';
    const params = (extra: unknown[]) => (before === null ? [orgId, ...extra] : [orgId, before, ...extra]);
    const [own, taskTypes] = await Promise.all([
      this.db.all<Record<string, any>>(
        `select id, at, actor, action, target_type, target_id, details from audit_log where org_id = ?${idBefore} order by id desc limit ?`,
        params([limit + 1]),
      ),
      taskTypeHistoryPage(this.db, orgId, before, limit + 1),
    ]);
    const rows: AuditRow[] = [
      ...own.map((r) => ({
        id: r.id,
        at: r.at,
        actor_key_id: r.actor,
        action: r.action,
        target_type: r.target_type,
        target_id: r.target_id,
        details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details,
      })),
      ...taskTypes.map((r) => ({
        id: r.id,
        at: r.at,
        actor_key_id: r.actor,
        action: `task_type.${r.action}`,
        target_type: 'task_type',
        target_id: r.key,
        details: {
          old_baseline_minutes: r.old_baseline_minutes ?? null,
          new_baseline_minutes: r.new_baseline_minutes ?? null,
          reason: r.reason ?? null,
        },
      })),
    ].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    const page = keysetPage(rows, limit, AUDIT_CURSOR, (r) => [r.id]);
    return { data: page.rows.map((r) => ({ ...r, at: iso(r.at) })), next_cursor: page.next_cursor };
  }
}
