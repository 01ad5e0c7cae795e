import { monthOf } from '@humanhours/time';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { OrgSettings } from '../core/org-settings.js';
import { Database } from '../db/database.js';
import { WorkspaceDirectory } from '../workspaces/workspace-directory.js';
import { includedEvents, projectedOverageEur } from './plan-math.js';
import { usageRows } from './usage.repository.js';

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
    @Inject(WorkspaceDirectory) private readonly workspaces: WorkspaceDirectory,
  ) {}

  async eventCounts(orgs: OrgSettings[], now = Date.now()): Promise<Map<string, EventCounts>> {
    const result = new Map<string, EventCounts>(orgs.map((o) => [o.id, { events_this_month: 0, lifetime_events: 0 }]));
    if (!orgs.length) return result;
    const rows = await usageRows(
      this.db,
      orgs.map((o) => o.id),
    );
    const currentMonth = new Map(orgs.map((o) => [o.id, monthOf(now, o.timezone).key]));
    for (const row of rows) {
      const counts = result.get(row.org_id)!;
      counts.lifetime_events += row.events;
      if (row.month === currentMonth.get(row.org_id)) counts.events_this_month = row.events;
    }
    return result;
  }

  /**
   * GET /v1/reports/usage: the plan, this billing month's count against it, and the overage forecast. In a pool
   * (`owner` is the pool owner; the org itself otherwise) the quota, the count and the month are the owner's.
   */
  async report(caller: OrgSettings, owner: OrgSettings = caller, now = Date.now()) {
    const org = owner;
    const counts = (await this.eventCounts([org], now)).get(org.id)!;
    const plan = this.config.plans.plans[org.plan];
    const included = includedEvents(org, this.config.plans);
    const month = monthOf(now, org.timezone);
    const pool = await this.pool(caller, owner, counts.events_this_month, now);
    return {
      plan: org.plan,
      currency: caller.currency,
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
      ...(pool && { pool }),
    };
  }

  /** Each workspace's share of the pool this month: a child sees its own only, never its siblings. */
  private async pool(caller: OrgSettings, owner: OrgSettings, poolEvents: number, now: number) {
    const members = caller.id === owner.id ? await this.workspaces.children(owner.id, { includeClosed: true }) : [];
    if (caller.id === owner.id && !members.length) return null;
    const shown = caller.id === owner.id ? [owner, ...members] : [caller];
    const counts = await this.workspaces.eventsThisMonth(
      owner,
      shown.map((o) => o.id),
      now,
    );
    return {
      owner_org_id: owner.id,
      events_this_month: poolEvents,
      workspaces: shown.map((o) => {
        const events = counts.get(o.id) ?? 0;
        return {
          id: o.id,
          name: o.name,
          events_this_month: events,
          share: poolEvents ? Math.min(1, Math.round((events / poolEvents) * 10_000) / 10_000) : 0,
        };
      }),
    };
  }
}
