// The SQL of the alert rules and their open breaches: the evaluator's, the rules endpoints' beyond the ORM, and what
// the scheduler reads (it evaluates the enabled rules every hour).
import type { Database } from '../db/database.js';
import { type AlertRule, AlertRuleSchema } from './alert.entity.js';

/** The orgs with an enabled alert rule, as `org_id` rows (a part of the scheduler's union). */
export const ORGS_WITH_ENABLED_ALERTS = 'select org_id from alert_rules where enabled = true';

/** The org's enabled rules, in id order. */
export function enabledAlertRules(db: Database, orgId: string): Promise<AlertRule[]> {
  return db.em().find(AlertRuleSchema, { orgId, enabled: true }, { orderBy: { id: 'asc' } });
}

/** The subjects a rule is breached for now. */
export const BREACH_SUBJECTS = 'select subject from alert_breaches where rule_id = ?';

export const OPEN_BREACH = 'insert into alert_breaches (rule_id, subject, since) values (?, ?, ?)';

export const CLOSE_BREACH = 'delete from alert_breaches where rule_id = ? and subject = ?';

export const MARK_EVALUATED = 'update alert_rules set last_evaluated_at = ? where id = ?';

export const DELETE_BREACHES_OF_RULE = 'delete from alert_breaches where rule_id = ?';

/** The open breaches of these rules, by subject. */
export function breachesOfRules(db: Database, ruleIds: string[]) {
  return db.all<{ rule_id: string; subject: string }>(
    `select rule_id, subject from alert_breaches where rule_id in (${ruleIds.map(() => '?').join(', ')}) order by subject`,
    ruleIds,
  );
}
