// What other domains read of the alert rules (the scheduler evaluates the enabled ones every hour).
import type { Database } from '../db/database.js';
import { type AlertRule, AlertRuleSchema } from './alert.entity.js';

/** The orgs with an enabled alert rule, as `org_id` rows (a part of the scheduler's union). */
export const ORGS_WITH_ENABLED_ALERTS = 'select org_id from alert_rules where enabled = true';

/** The org's enabled rules, in id order. */
export function enabledAlertRules(db: Database, orgId: string): Promise<AlertRule[]> {
  return db.em().find(AlertRuleSchema, { orgId, enabled: true }, { orderBy: { id: 'asc' } });
}
