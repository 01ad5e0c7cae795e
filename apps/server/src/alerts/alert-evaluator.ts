import { DAY_MS } from '@humanhours/time';
import { Inject, Injectable } from '@nestjs/common';
import type { OrgSettings } from '../core/org-settings.js';
import { roundHalfAwayFromZero } from '../core/rounding.js';
import { fromMinor } from '../pricing/money.js';
import { addInto, type Sums, zeroSums } from '../reports/metrics.js';
import { ReportEngine } from '../reports/report-engine.js';
import { enqueue, type Tx } from '../webhooks/outbox.js';
import type { AlertRule } from './alert.entity.js';
import { BREACH_SUBJECTS, CLOSE_BREACH, MARK_EVALUATED, OPEN_BREACH } from './alert.repository.js';
import { alertRuleResponse } from './alert.service.js';

/** `*`: the rule is about the org as a whole. */
const ORG = '*';

/** Whether a subject's sums breach a rule (integers only, compared exactly), and the value shown for it. */
export function measure(kind: string, threshold: number, s: Sums, currency: string): { breach: boolean; value: number | null } {
  switch (kind) {
    case 'net_saved_below':
      return { breach: s.netMinor < threshold, value: fromMinor(s.netMinor, currency) };
    case 'cost_per_hour_saved_above': {
      // agent cost per hour saved = cost_minor / (hours_milli / 1000); no hours saved at a cost is above any threshold.
      const value = s.hoursMilli > 0 ? fromMinor(Math.round((s.agentCostMinor * 1000) / s.hoursMilli), currency) : null;
      return { breach: s.agentCostMinor * 1000 > threshold * s.hoursMilli && s.agentCostMinor > 0, value };
    }
    default: // failure_share_above, threshold in basis points
      return {
        breach: s.events > 0 && s.failure * 10_000 > threshold * s.events,
        value: s.events > 0 ? roundHalfAwayFromZero((s.failure * 100) / s.events, 2) : null,
      };
  }
}

/**
 * Evaluates an org's enabled rules over their windows and sends a transition only: `alert.triggered` when a subject
 * starts breaching (an open row in alert_breaches), `alert.resolved` when it stops.
 */
@Injectable()
export class AlertEvaluator {
  constructor(@Inject(ReportEngine) private readonly engine: ReportEngine) {}

  /** Reads first (outside the transaction), then returns the writes to make in it. */
  async evaluate(org: OrgSettings, rules: AlertRule[], now: number): Promise<(tx: Tx) => Promise<void>> {
    const windows = new Map<number, Map<string, Sums>>();
    for (const days of new Set(rules.map((r) => Number(r.windowDays)))) {
      const groups = await this.engine.grouped({
        orgId: org.id,
        tz: org.timezone,
        from: now - days * DAY_MS,
        to: now,
        dimensions: ['agent'],
        filters: { metadata: {} },
      });
      const byAgent = new Map(groups.map((g) => [g.values[0] as string, g.sums]));
      byAgent.set(
        ORG,
        groups.reduce((sum, g) => addInto(sum, g.sums), zeroSums()),
      );
      windows.set(days, byAgent);
    }
    return async (tx) => {
      for (const rule of rules) {
        const sums = windows.get(Number(rule.windowDays))!;
        const threshold = Number(rule.threshold);
        const subjects = rule.agentId
          ? [rule.agentId]
          : rule.kind === 'failure_share_above'
            ? [ORG]
            : [...sums.keys()].filter((k) => k !== ORG);
        const open = new Set((await tx.all<{ subject: string }>(BREACH_SUBJECTS, [rule.id])).map((r) => r.subject));
        const range = { from: new Date(now - Number(rule.windowDays) * DAY_MS).toISOString(), to: new Date(now).toISOString() };
        const shown = alertRuleResponse(rule, org.currency, []);
        const send = (type: 'alert.triggered' | 'alert.resolved', subject: string, value: number | null) =>
          enqueue(tx, org.id, type, { rule: shown, subject, value, threshold: shown.threshold, range }, now);
        for (const subject of subjects) {
          const { breach, value } = measure(rule.kind, threshold, sums.get(subject) ?? zeroSums(), org.currency);
          if (breach && !open.has(subject)) {
            await tx.run(OPEN_BREACH, [rule.id, subject, now]);
            await send('alert.triggered', subject, value);
          } else if (!breach && open.has(subject)) {
            await tx.run(CLOSE_BREACH, [rule.id, subject]);
            await send('alert.resolved', subject, value);
          }
          open.delete(subject);
        }
        // A subject no longer in scope (the rule changed agent, or an agent left the window): resolved.
        for (const subject of open) {
          await tx.run(CLOSE_BREACH, [rule.id, subject]);
          await send('alert.resolved', subject, null);
        }
        await tx.run(MARK_EVALUATED, [now, rule.id]);
      }
    };
  }
}
