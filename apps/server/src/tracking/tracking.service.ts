import type { Schema } from '@humanhours/contract';
import { Inject, Injectable } from '@nestjs/common';
import { AgentRateCache } from '../agents/agent-rates.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError, type ErrorBody } from '../core/api-error.js';
import type { OrgSettings } from '../core/org-settings.js';
import type { AuthContext } from '../http/auth-context.js';
import { requestValidators } from '../http/spec-registry.js';
import { OrgService } from '../orgs/org.service.js';
import { quotaFor } from '../plans/plan-math.js';
import { bundledUsdRate, FX_AS_OF, minorUnits } from '../pricing/currencies.js';
import { PriceBook } from '../pricing/price-book.js';
import { TaskTypeService } from '../task-types/task-type.service.js';
import { WebhookSubscriptions } from '../webhooks/subscriptions.js';
import { trackedEvent } from './event-row.js';
import type { IngestResult, IngestStore } from './ingest-plan.js';
import { INGEST_STORE } from './ingest-store.js';
import { type PreparedEvent, prepareEvent, type TrackContext, type TrackInput } from './prepare.js';

export type BatchResult =
  | { index: number; status: 200 | 201; replayed: boolean; event: Schema<'TrackedEvent'> }
  | { index: number; status: 409 | 422 | 429; replayed: false; error: ErrorBody };

@Injectable()
export class TrackingService {
  constructor(
    @Inject(INGEST_STORE) private readonly store: IngestStore,
    @Inject(TaskTypeService) private readonly taskTypes: TaskTypeService,
    @Inject(AgentRateCache) private readonly rates: AgentRateCache,
    @Inject(PriceBook) private readonly prices: PriceBook,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OrgService) private readonly orgs: OrgService,
    @Inject(WebhookSubscriptions) private readonly webhooks: WebhookSubscriptions,
  ) {}

  /** Everything valuation needs about the org, from caches: no query per event once warm. */
  private async context(org: OrgSettings, receivedAt: number): Promise<TrackContext> {
    const [catalogue, rates] = await Promise.all([this.taskTypes.catalogue(org.id), this.rates.forOrg(org.id, org.currency)]);
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
    const [result] = await this.record(auth.org, auth.poolOwner, [{ input, idempotencyKey }], Date.now());
    if (result.status === 422) throw result.error;
    return result;
  }

  /** The event this input would become if tracked now, valued the same way, without storing or counting anything. */
  async estimate(auth: AuthContext, input: TrackInput) {
    const now = Date.now();
    return trackedEvent(prepareEvent(input, null, await this.context(auth.org, now)).row);
  }

  /** Each item is validated, valued and recorded on its own; one bad item never sinks the others. */
  async trackBatch(auth: AuthContext, events: unknown[]): Promise<BatchResult[]> {
    const validateItem = requestValidators().get('trackBatch')!.item!;
    const results: BatchResult[] = new Array(events.length);
    const valid: Array<{ index: number; input: TrackInput; idempotencyKey: string | null }> = [];
    events.forEach((event, index) => {
      const issue = validateItem(event);
      if (issue) {
        results[index] = { index, status: 422, replayed: false, error: ApiError.fromIssue(issue).toBody().error };
        return;
      }
      const { idempotency_key, ...input } = event as TrackInput & { idempotency_key?: string };
      valid.push({ index, input, idempotencyKey: idempotency_key ?? null });
    });
    const recorded = await this.record(auth.org, auth.poolOwner, valid, Date.now());
    recorded.forEach((result, i) => {
      const { index } = valid[i];
      results[index] =
        'error' in result
          ? { index, status: result.status as 409 | 422 | 429, replayed: false, error: result.error.toBody().error }
          : { index, status: result.status, replayed: result.status === 200, event: JSON.parse(result.response) };
    });
    return results;
  }

  /**
   * Values and records items (in order, one result each; a refusal in valuation is that item's 422). When the store
   * refuses items because the org's currency changed since its settings were cached, those items are valued again
   * with the settings as stored now: a race with `PATCH /v1/org` never stores an event in the old currency.
   * The quota is `pool`'s: the org's pool owner when it is a child workspace, else the org itself.
   */
  private async record(
    org: OrgSettings,
    pool: OrgSettings,
    items: PendingItem[],
    now: number,
  ): Promise<Array<IngestResult | ValuationRefusal>> {
    const results: Array<IngestResult | ValuationRefusal> = new Array(items.length);
    let pending = items.map((_, i) => i);
    for (let attempt = 1; pending.length; attempt++) {
      const ctx = await this.context(org, now);
      const prepared: Array<{ at: number; event: PreparedEvent }> = [];
      for (const at of pending) {
        try {
          prepared.push({ at, event: prepareEvent(items[at].input, items[at].idempotencyKey, ctx) });
        } catch (err) {
          if (!(err instanceof ApiError)) throw err;
          results[at] = { status: err.status as 422, error: err };
        }
      }
      const stored = await this.store.ingest(
        prepared.map((p) => p.event),
        quotaFor(pool.id === org.id ? org : pool, this.config.plans, now),
        now,
        await this.webhooks.forOrg(org.id),
      );
      pending = [];
      stored.forEach((result, i) => {
        results[prepared[i].at] = result;
        if ('settingsChanged' in result && attempt < MAX_VALUATIONS) pending.push(prepared[i].at);
      });
      if (pending.length) {
        const fresh = await this.orgs.fresh(org.id);
        if (!fresh) break;
        org = fresh;
      }
    }
    return results;
  }
}

interface PendingItem {
  input: TrackInput;
  idempotencyKey: string | null;
}

type ValuationRefusal = { status: 422; error: ApiError };

/** Tries to value an event whose org's currency keeps changing under it (a change needs an org without events). */
const MAX_VALUATIONS = 3;
