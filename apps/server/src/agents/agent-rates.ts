import { Inject, Injectable } from '@nestjs/common';
import type { FreshCache } from '../core/fresh-cache.js';
import { Database } from '../db/database.js';
import { agentRatesWithCurrency } from './agent.repository.js';

/** Per-agent hourly-rate overrides by org, so valuing an event costs no query on the ingest hot path. */
@Injectable()
export class AgentRateCache {
  // A change is seen at once by every process sharing the database (forget() notifies them).
  private readonly orgs: FreshCache<string, { rates: Map<string, number>; currency: string }>;

  constructor(@Inject(Database) private readonly db: Database) {
    this.orgs = db.caches.create('agent-rates');
  }

  /**
   * The overrides in minor units of `currency`, the org currency the caller values in. Rates are read together with
   * the currency they are stored in (one statement), so rates fetched before a currency change (which converts
   * them in the same transaction) are never used with the new currency.
   */
  async forOrg(orgId: string, currency: string, now = Date.now()): Promise<Map<string, number>> {
    const cached = await this.orgs.get(orgId, () => this.load(orgId), now);
    if (cached.currency === currency) return cached.rates;
    // Cached in another currency than the caller's: read again once. Still another (the caller's settings are
    // stale): good for this call only; the ingest guard then refuses the event and it is valued again.
    this.orgs.forget(orgId);
    const fresh = await this.orgs.get(orgId, () => this.load(orgId), now);
    return fresh.rates;
  }

  private async load(orgId: string): Promise<{ rates: Map<string, number>; currency: string }> {
    const rows = await agentRatesWithCurrency(this.db, orgId);
    const rates = new Map(rows.filter((r) => r.agent_id !== null).map((r) => [r.agent_id!, r.rate!]));
    return { rates, currency: rows[0]?.currency ?? '' };
  }

  /** Drops the org's rates here and in every other process on this database; call after the change committed. */
  forget(orgId: string): Promise<void> {
    return this.db.caches.invalidate('agent-rates', orgId);
  }
}
