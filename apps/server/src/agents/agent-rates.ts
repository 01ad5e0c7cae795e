import { Inject, Injectable } from '@nestjs/common';
import { Database } from '../db/database.js';

// Changes through this process are seen at once (forget); through another process within this bound.
const CACHE_TTL_MS = 5_000;

/** Per-agent hourly-rate overrides by org, so valuing an event costs no query on the ingest hot path. */
@Injectable()
export class AgentRateCache {
  private readonly orgs = new Map<string, { rates: Map<string, number>; fetchedAt: number }>();

  constructor(@Inject(Database) private readonly db: Database) {}

  async forOrg(orgId: string, now = Date.now()): Promise<Map<string, number>> {
    const hit = this.orgs.get(orgId);
    if (hit && now - hit.fetchedAt < CACHE_TTL_MS) return hit.rates;
    const rows = await this.db.all<{ agent_id: string; rate: number | string }>(
      'select agent_id, hourly_rate_override_minor as rate from agents where org_id = ? and hourly_rate_override_minor is not null',
      [orgId],
    );
    const rates = new Map(rows.map((r) => [r.agent_id, Number(r.rate)]));
    this.orgs.set(orgId, { rates, fetchedAt: now });
    return rates;
  }

  forget(orgId: string): void {
    this.orgs.delete(orgId);
  }
}
