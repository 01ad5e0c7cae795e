import { Inject, Injectable } from '@nestjs/common';
import { Database } from '../db/database.js';
import type { OrgSettings } from './org-settings.js';

export interface EventCounts {
  events_this_month: number;
  lifetime_events: number;
}

/** Counts of tracked events per org, for the operator's org list. */
@Injectable()
export class UsageCounter {
  constructor(@Inject(Database) private readonly db: Database) {}

  async eventCounts(orgs: OrgSettings[]): Promise<Map<string, EventCounts>> {
    const result = new Map<string, EventCounts>(orgs.map((o) => [o.id, { events_this_month: 0, lifetime_events: 0 }]));
    if (!orgs.length) return result;
    const rows = await this.db.all<{ org_id: string; n: number | string }>(
      `select org_id, sum(event_count) as n from agents where org_id in (${orgs.map(() => '?').join(',')}) group by org_id`,
      orgs.map((o) => o.id),
    );
    for (const row of rows) result.get(row.org_id)!.lifetime_events = Number(row.n);
    return result;
  }
}
