import { monthOf } from '@humanhours/time';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { OrgSettings } from '../core/org-settings.js';
import { Database } from '../db/database.js';
import { includedEvents, projectedOverageEur } from './plan-math.js';

export interface EventCounts {
  events_this_month: number;
  lifetime_events: number;
}

/** The orgs' event counts, read from the per-month counters the ingest path keeps exact. */
@Injectable()
export class UsageService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async eventCounts(orgs: OrgSettings[], now = Date.now()): Promise<Map<string, EventCounts>> {
    const result = new Map<string, EventCounts>(orgs.map((o) => [o.id, { events_this_month: 0, lifetime_events: 0 }]));
    if (!orgs.length) return result;
    const rows = await this.db.all<{ org_id: string; month: string; events: number | string }>(
      `select org_id, month, events from org_usage where org_id in (${orgs.map(() => '?').join(', ')})`,
      orgs.map((o) => o.id),
    );
    const currentMonth = new Map(orgs.map((o) => [o.id, monthOf(now, o.timezone).key]));
    for (const row of rows) {
      const counts = result.get(row.org_id)!;
      counts.lifetime_events += Number(row.events);
      if (row.month === currentMonth.get(row.org_id)) counts.events_this_month = Number(row.events);
    }
    return result;
  }

  /** GET /v1/reports/usage: the plan, this billing month's count against it, and the overage forecast. */
  async report(org: OrgSettings, now = Date.now()) {
    const counts = (await this.eventCounts([org], now)).get(org.id)!;
    const plan = this.config.plans.plans[org.plan];
    const included = includedEvents(org, this.config.plans);
    const month = monthOf(now, org.timezone);
    return {
      plan: org.plan,
      currency: org.currency,
      events_this_month: counts.events_this_month,
      events_included_in_plan: included,
      overage_events: plan.hardCap ? 0 : Math.max(0, counts.events_this_month - included),
      lifetime_events: counts.lifetime_events,
      projected_overage_eur: projectedOverageEur(
        counts.events_this_month,
        included,
        plan.hardCap,
        now,
        month,
        this.config.plans.overageTiers,
      ),
      period_start: new Date(month.start).toISOString(),
      period_end: new Date(month.end).toISOString(),
      rate_limit_per_second: plan.ratePerSecond,
      hard_cap: plan.hardCap,
    };
  }
}
