import { Inject, Injectable } from '@nestjs/common';
import { Database } from '../db/database.js';

// Changes through this process are seen at once (forget); through another process within this bound.
const CACHE_TTL_MS = 5_000;

/** Per-agent hourly-rate overrides by org, so valuing an event costs no query on the ingest hot path. */
@Injectable()
export class AgentRateCache {
  private readonly orgs = new Map<string, { rates: Map<string, number>; currency: string; fetchedAt: number }>();

  constructor(@Inject(Database) private readonly db: Database) {}

  /**
   * The overrides in minor units of `currency`, the org currency the caller values in. Rates are read together with
   * the currency they are stored in (one statement), so rates fetched before a currency change (which converts
   * them in the same transaction) are never used with the new currency.
   */
  async forOrg(orgId: string, currency: string, now = Date.now()): Promise<Map<string, number>> {
    const hit = this.orgs.get(orgId);
    if (hit && hit.currency === currency && now - hit.fetchedAt < CACHE_TTL_MS) return hit.rates;
    const rows = await this.db.all<{ agent_id: string | null; rate: number | string | null; currency: string }>(
      `select a.agent_id, a.hourly_rate_override_minor as rate, o.currency from orgs o
        left join agents a on a.org_id = o.id and a.hourly_rate_override_minor is not null where o.id = ?`,
      [orgId],
    );
    const stored = rows[0]?.currency ?? currency;
    const rates = new Map(rows.filter((r) => r.agent_id !== null).map((r) => [r.agent_id!, Number(r.rate)]));
    // In another currency than the caller's (its settings are stale): good for this call only; the ingest guard
    // then refuses the event and it is valued again with fresh settings.
    if (stored === currency) this.orgs.set(orgId, { rates, currency, fetchedAt: now });
    return rates;
  }

  forget(orgId: string): void {
    this.orgs.delete(orgId);
  }
}
