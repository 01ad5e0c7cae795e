import { Inject, Injectable } from '@nestjs/common';
import { AgentRateCache } from '../agents/agent-rates.js';
import type { AuthContext } from '../auth/auth-context.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError, type ErrorBody } from '../http/api-error.js';
import { requestValidators } from '../http/spec-registry.js';
import type { OrgSettings } from '../orgs/org-settings.js';
import { quotaFor } from '../plans/plan-math.js';
import { bundledUsdRate, FX_AS_OF, minorUnits } from '../pricing/currencies.js';
import { PriceBook } from '../pricing/price-book.js';
import { TaskTypeService } from '../task-types/task-type.service.js';
import { trackedEvent } from './event-row.js';
import type { IngestResult, IngestStore } from './ingest-plan.js';
import { INGEST_STORE } from './ingest-store.js';
import { type PreparedEvent, prepareEvent, type TrackContext, type TrackInput } from './prepare.js';

export type BatchResult =
  | { index: number; status: 200 | 201; replayed: boolean; event: unknown }
  | { index: number; status: 409 | 422 | 429; replayed: false; error: ErrorBody };

@Injectable()
export class TrackingService {
  constructor(
    @Inject(INGEST_STORE) private readonly store: IngestStore,
    @Inject(TaskTypeService) private readonly taskTypes: TaskTypeService,
    @Inject(AgentRateCache) private readonly rates: AgentRateCache,
    @Inject(PriceBook) private readonly prices: PriceBook,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Everything valuation needs about the org, from caches: no query per event once warm. */
  private async context(org: OrgSettings, receivedAt: number): Promise<TrackContext> {
    const [catalogue, rates] = await Promise.all([this.taskTypes.catalogue(org.id), this.rates.forOrg(org.id)]);
    const override = org.usdFxRateOverride;
    return {
      org,
      receivedAt,
      taskType: (key) => catalogue.lookup(key),
      agentRateMinor: (agentId) => rates.get(agentId) ?? null,
      modelPrice: (model) => {
        const price = this.prices.lookup(model);
        return (
          price && {
            model,
            inputUsdPerToken: price.inputUsdPerToken,
            outputUsdPerToken: price.outputUsdPerToken,
            priceBookAsOf: price.asOf,
          }
        );
      },
      fx: {
        rate: override ?? bundledUsdRate(org.currency),
        // An org's own rate holds from when it is used; the bundled table has its publication date.
        asOf: override === null ? FX_AS_OF : new Date(receivedAt).toISOString().slice(0, 10),
        minorUnits: minorUnits(org.currency),
      },
    };
  }

  async track(auth: AuthContext, input: TrackInput, idempotencyKey: string | null): Promise<IngestResult> {
    const now = Date.now();
    const prepared = prepareEvent(input, idempotencyKey, await this.context(auth.org, now));
    const [result] = await this.store.ingest([prepared], quotaFor(auth.poolOwner, this.config.plans, now), now);
    return result;
  }

  /** The event this input would become if tracked now, valued the same way, without storing or counting anything. */
  async estimate(auth: AuthContext, input: TrackInput) {
    const now = Date.now();
    return trackedEvent(prepareEvent(input, null, await this.context(auth.org, now)).row);
  }

  /** Each item is validated, valued and recorded on its own; one bad item never sinks the others. */
  async trackBatch(auth: AuthContext, events: unknown[]): Promise<BatchResult[]> {
    const now = Date.now();
    const ctx = await this.context(auth.org, now);
    const validateItem = requestValidators().get('trackBatch')!.item!;
    const results: BatchResult[] = new Array(events.length);
    const accepted: Array<{ index: number; prepared: PreparedEvent }> = [];
    events.forEach((event, index) => {
      try {
        const issue = validateItem(event);
        if (issue) throw ApiError.fromIssue(issue);
        const { idempotency_key, ...input } = event as TrackInput & { idempotency_key?: string };
        accepted.push({ index, prepared: prepareEvent(input, idempotency_key ?? null, ctx) });
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        results[index] = { index, status: err.status as 422, replayed: false, error: err.toBody().error };
      }
    });
    const stored = await this.store.ingest(
      accepted.map((a) => a.prepared),
      quotaFor(auth.poolOwner, this.config.plans, now),
      now,
    );
    stored.forEach((result, i) => {
      const { index } = accepted[i];
      results[index] =
        'error' in result
          ? { index, status: result.status, replayed: false, error: result.error.toBody().error }
          : { index, status: result.status, replayed: result.status === 200, event: JSON.parse(result.response) };
    });
    return results;
  }
}
