import type { RequestBody } from '@humanhours/contract';
import type { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../core/api-error.js';
import type { FreshCache } from '../core/fresh-cache.js';
import { newOrgId } from '../core/ids.js';
import type { OrgSettings } from '../core/org-settings.js';
import { iso, timeZoneOrThrow } from '../core/time.js';
import { Database } from '../db/database.js';
import { ORG_HAS_EVENTS } from '../event-store/event.repository.js';
import { isSupportedCurrency, SUPPORTED_CURRENCIES } from '../pricing/currencies.js';
import { fromMinor, toMinor } from '../pricing/money.js';
import { OrgSchema } from './org.entity.js';
import { toSettings } from './org-settings.js';
import { LOCK_ORG_FOR_SETTINGS_CHANGE } from './settings-lock.js';

/** Converts one domain's amounts from the org's old currency to its new one, inside the change's transaction. */
export type CurrencyChangeStep = (em: EntityManager, orgId: string, convert: (minor: number) => number) => Promise<void>;

export type NewOrg = RequestBody<'adminCreateOrg'> & {
  /** Creates the org as a child workspace of this pool owner. */
  parentOrgId?: string | null;
};

/** What an org's settings change by: its own PATCH /v1/org, or the operator's (plan, quota, pool parent). */
export type OrgPatch = RequestBody<'updateOrg'> & RequestBody<'adminUpdateOrg'>;

@Injectable()
export class OrgService {
  /** What other domains keep in the org currency, converted in the change's transaction (see onCurrencyChange). */
  private readonly currencySteps: CurrencyChangeStep[] = [];
  // A change through any process sharing the database is seen at once by all (db.caches notifies them).
  private readonly cache: FreshCache<string, OrgSettings | null>;

  constructor(@Inject(Database) private readonly db: Database) {
    this.cache = db.caches.create('orgs');
  }

  /** The org's settings, from the cache when fresh. Null when the org does not exist. */
  settings(orgId: string): Promise<OrgSettings | null> {
    return this.cache.get(orgId, async () => {
      const org = await this.db.em().findOne(OrgSchema, { id: orgId });
      return org ? toSettings(org) : null;
    });
  }

  async create(input: NewOrg, now = Date.now()): Promise<OrgSettings> {
    const currency = input.currency ?? 'EUR';
    checkCurrency(currency);
    const timezone = input.timezone === undefined ? 'UTC' : timeZoneOrThrow(input.timezone, 'timezone');
    const em = this.db.em();
    const org = em.create(OrgSchema, {
      id: newOrgId(),
      name: input.name,
      plan: input.plan ?? 'pro',
      currency,
      defaultHourlyRateMinor: toMinor(input.default_hourly_rate ?? 45, currency),
      timezone,
      needsReviewCredit: 0.5,
      pendingReviewValuation: 'credit',
      fallbackBaselineMinutes: null,
      usdFxRateOverride: null,
      includedEvents: input.included_events ?? null,
      digestEmails: null,
      parentOrgId: input.parentOrgId ?? null,
      closedAt: null,
      createdAt: now,
    });
    await em.flush();
    return toSettings(org);
  }

  /** The org's settings as stored now, bypassing (and refreshing) the cache. */
  async fresh(orgId: string): Promise<OrgSettings | null> {
    this.cache.forget(orgId);
    return this.settings(orgId);
  }

  /**
   * Applies a settings patch in one transaction. A currency change is refused (409 settings_conflict) once the org
   * has events, atomically against concurrent tracking: on PostgreSQL it holds the org's settings lock exclusively
   * (see settings-lock.ts) while it checks and writes; on SQLite the ingest store never interleaves with a
   * transaction. Amounts kept in the org currency (the default rate, the agents' rate overrides) keep their value;
   * the FX override, in units of the old currency, is cleared unless the patch sets it.
   */
  /**
   * A domain that keeps amounts in the org currency (the agents' rate overrides) registers its conversion here, so
   * orgs/ never imports the domains above it.
   */
  onCurrencyChange(step: CurrencyChangeStep): void {
    this.currencySteps.push(step);
  }

  async update(orgId: string, patch: OrgPatch): Promise<OrgSettings> {
    if (patch.currency !== undefined) checkCurrency(patch.currency);
    const timezone = patch.timezone === undefined ? undefined : timeZoneOrThrow(patch.timezone, 'timezone');
    const settings = await this.db.em().transactional(async (em) => {
      const run = (sql: string, params: unknown[]) => em.getConnection().execute(sql, params, 'get', em.getTransactionContext());
      if (patch.currency !== undefined && this.db.kind === 'postgresql') await run(LOCK_ORG_FOR_SETTINGS_CHANGE, [orgId]);
      const org = await em.findOne(OrgSchema, { id: orgId });
      if (!org) throw new ApiError('not_found', `No org ${orgId}`);
      const from = org.currency;
      const currency = patch.currency ?? from;
      if (currency !== from) {
        // After the lock: a statement of its own, so it sees every insert that committed before.
        if ((await run(ORG_HAS_EVENTS, [orgId])) !== undefined) {
          throw new ApiError('settings_conflict', 'currency cannot change once the org has tracked events', {
            field: 'currency',
            hint: 'Every stored event is valued in the currency it was tracked in; create a new org for another currency',
          });
        }
        const convert = (minor: number) => toMinor(fromMinor(minor, from), currency);
        if (patch.default_hourly_rate === undefined) org.defaultHourlyRateMinor = convert(Number(org.defaultHourlyRateMinor));
        if (patch.usd_fx_rate_override === undefined) org.usdFxRateOverride = null;
        for (const step of this.currencySteps) await step(em, orgId, convert);
        org.currency = currency;
      }
      if (patch.name !== undefined) org.name = patch.name;
      if (patch.plan !== undefined) org.plan = patch.plan;
      if (patch.default_hourly_rate !== undefined) org.defaultHourlyRateMinor = toMinor(patch.default_hourly_rate, currency);
      if (timezone !== undefined) org.timezone = timezone;
      if (patch.needs_review_credit !== undefined) org.needsReviewCredit = patch.needs_review_credit;
      if (patch.pending_review_valuation !== undefined) org.pendingReviewValuation = patch.pending_review_valuation;
      if (patch.fallback_baseline_minutes !== undefined) org.fallbackBaselineMinutes = patch.fallback_baseline_minutes;
      if (patch.usd_fx_rate_override !== undefined) org.usdFxRateOverride = patch.usd_fx_rate_override;
      if (patch.included_events !== undefined) org.includedEvents = patch.included_events;
      if (patch.digest_emails !== undefined) org.digestEmails = patch.digest_emails.length ? patch.digest_emails.join(',') : null;
      if (patch.parent_org_id !== undefined) org.parentOrgId = patch.parent_org_id;
      await em.flush();
      return toSettings(org);
    });
    this.cache.set(orgId, settings);
    await this.db.caches.publish('orgs', orgId);
    return settings;
  }

  /** Marks a child workspace closed (its keys are revoked by the caller); its events stay. */
  async close(orgId: string, now = Date.now()): Promise<OrgSettings> {
    const em = this.db.em();
    const org = await em.findOne(OrgSchema, { id: orgId });
    if (!org) throw new ApiError('not_found', `No org ${orgId}`);
    org.closedAt = now;
    await em.flush();
    const settings = toSettings(org);
    this.cache.set(orgId, settings);
    return settings;
  }

  /** Deletes an org that holds nothing yet (a start-up race's loser); never used on an org with data. */
  async remove(orgId: string): Promise<void> {
    await this.db.em().nativeDelete(OrgSchema, { id: orgId });
    await this.db.caches.invalidate('orgs', orgId);
  }

  async list(limit: number, after: string | null): Promise<OrgSettings[]> {
    const orgs = await this.db.em().find(OrgSchema, after ? { id: { $gt: after } } : {}, { orderBy: { id: 'asc' }, limit });
    return orgs.map(toSettings);
  }

  async count(): Promise<number> {
    return this.db.em().count(OrgSchema, {});
  }
}

function checkCurrency(currency: string): void {
  if (!isSupportedCurrency(currency)) {
    throw ApiError.validation('currency', `"${currency}" is not a supported currency`, `Supported: ${SUPPORTED_CURRENCIES.join(', ')}`);
  }
}

/** The Org resource as the API shows it. */
export function orgResponse(org: OrgSettings) {
  return {
    id: org.id,
    name: org.name,
    plan: org.plan,
    currency: org.currency,
    default_hourly_rate: fromMinor(org.defaultHourlyRateMinor, org.currency),
    timezone: org.timezone,
    needs_review_credit: org.needsReviewCredit,
    pending_review_valuation: org.pendingReviewValuation,
    fallback_baseline_minutes: org.fallbackBaselineMinutes,
    usd_fx_rate_override: org.usdFxRateOverride,
    included_events: org.includedEvents,
    parent_org_id: org.parentOrgId,
    created_at: iso(org.createdAt),
    digest_emails: org.digestEmails,
  };
}
