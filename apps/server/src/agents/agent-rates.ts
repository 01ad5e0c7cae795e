import { Inject, Injectable } from '@nestjs/common';
import { FreshCache } from '../core/fresh-cache.js';
import { Database } from '../db/database.js';

// Changes through this process are seen at once (forget); through another process within this bound.
const CACHE_TTL_MS = 5_000;

/** Per-agent hourly-rate overrides by org, so valuing an event costs no query on the ingest hot path. */
@Injectable()
export class AgentRateCache {
  private readonly orgs = new FreshCache<string, Map<string, number>>(CACHE_TTL_MS);

  constructor(@Inject(Database) private readonly db: Database) {}

  forOrg(orgId: string, now = Date.now()): Promise<Map<string, number>> {
    return this.orgs.get(orgId, () => this.load(orgId), now);
  }

  private async load(orgId: string): Promise<Map<string, number>> {
    const rows = await this.db.all<{ agent_id: string; rate: number | string }>(
      'select agent_id, hourly_rate_override_minor as rate from agents where org_id = ? and hourly_rate_override_minor is not null',
      [orgId],
    );
    return new Map(rows.map((r) => [r.agent_id, Number(r.rate)]));
  }

  forget(orgId: string): void {
    this.orgs.forget(orgId);
  }
}
