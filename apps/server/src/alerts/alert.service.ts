import type { components } from '@humanhours/contract';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../core/api-error.js';
import { CLOCK, type Clock } from '../core/clock.js';
import { decodeCursor, keysetPage } from '../core/cursor.js';
import { ulid } from '../core/ids.js';
import type { OrgSettings } from '../core/org-settings.js';
import { iso } from '../core/time.js';
import { Database } from '../db/database.js';
import { fromMinor, toMinor } from '../pricing/money.js';
import { type AlertRule, AlertRuleSchema } from './alert.entity.js';
import { breachesOfRules, DELETE_BREACHES_OF_RULE } from './alert.repository.js';

type AlertRuleCreate = components['schemas']['AlertRuleCreate'];
type AlertRuleUpdate = components['schemas']['AlertRuleUpdate'];
export type AlertKind = components['schemas']['AlertKind'];

const MAX_RULES_PER_ORG = 100;
const RULE_CURSOR = ['id'] as const;
const notFound = (id: string) => new ApiError('not_found', `No alert rule ${id}`);

/** Thresholds are stored as integers: minor units of the org currency, or basis points of a share. */
export function storedThreshold(kind: AlertKind, threshold: number, currency: string): number {
  if (kind === 'failure_share_above') {
    if (threshold < 0 || threshold > 100) throw ApiError.validation('threshold', 'must be a percentage from 0 to 100');
    return Math.round(threshold * 100);
  }
  if (kind === 'cost_per_hour_saved_above' && threshold < 0) throw ApiError.validation('threshold', 'must be 0 or more');
  return toMinor(threshold, currency);
}

export const shownThreshold = (kind: string, stored: number, currency: string) =>
  kind === 'failure_share_above' ? stored / 100 : fromMinor(stored, currency);

export function alertRuleResponse(rule: AlertRule, currency: string, breaching: string[]) {
  return {
    id: rule.id,
    kind: rule.kind as AlertKind,
    agent_id: rule.agentId ?? null,
    threshold: shownThreshold(rule.kind, Number(rule.threshold), currency),
    window_days: Number(rule.windowDays),
    enabled: rule.enabled,
    description: rule.description ?? null,
    breaching,
    last_evaluated_at: iso(rule.lastEvaluatedAt == null ? null : Number(rule.lastEvaluatedAt)),
    created_at: iso(Number(rule.createdAt)),
  };
}

@Injectable()
export class AlertService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(org: OrgSettings, input: AlertRuleCreate) {
    const em = this.db.em();
    if ((await em.count(AlertRuleSchema, { orgId: org.id })) >= MAX_RULES_PER_ORG)
      throw ApiError.validation('kind', `an org has at most ${MAX_RULES_PER_ORG} alert rules`, 'Delete one first');
    if (input.threshold === undefined && input.kind !== 'net_saved_below')
      throw ApiError.validation('threshold', `is required for ${input.kind}`);
    const rule = em.create(AlertRuleSchema, {
      id: `alr_${ulid()}`,
      orgId: org.id,
      kind: input.kind,
      agentId: input.agent_id ?? null,
      threshold: storedThreshold(input.kind, input.threshold ?? 0, org.currency),
      windowDays: input.window_days ?? 7,
      enabled: true,
      description: input.description ?? null,
      lastEvaluatedAt: null,
      createdAt: this.clock.now(),
    });
    await em.flush();
    return alertRuleResponse(rule, org.currency, []);
  }

  async list(org: OrgSettings, q: { limit: number; cursor?: string }) {
    const after = decodeCursor(q.cursor, RULE_CURSOR);
    const where = after ? { orgId: org.id, id: { $gt: after[0] } } : { orgId: org.id };
    const rows = await this.db.em().find(AlertRuleSchema, where, { orderBy: { id: 'asc' }, limit: q.limit + 1 });
    const page = keysetPage(rows, q.limit, RULE_CURSOR, (r) => [r.id]);
    const breaches = await this.breaching(page.rows.map((r) => r.id));
    return { data: page.rows.map((r) => alertRuleResponse(r, org.currency, breaches.get(r.id) ?? [])), next_cursor: page.next_cursor };
  }

  async get(org: OrgSettings, id: string) {
    const rule = await this.db.em().findOne(AlertRuleSchema, { id, orgId: org.id });
    if (!rule) throw notFound(id);
    return alertRuleResponse(rule, org.currency, (await this.breaching([id])).get(id) ?? []);
  }

  async update(org: OrgSettings, id: string, patch: AlertRuleUpdate) {
    const em = this.db.em();
    const rule = await em.findOne(AlertRuleSchema, { id, orgId: org.id });
    if (!rule) throw notFound(id);
    if (patch.threshold !== undefined) rule.threshold = storedThreshold(rule.kind as AlertKind, patch.threshold, org.currency);
    if (patch.agent_id !== undefined) rule.agentId = patch.agent_id;
    if (patch.window_days !== undefined) rule.windowDays = patch.window_days;
    if (patch.enabled !== undefined) rule.enabled = patch.enabled;
    if (patch.description !== undefined) rule.description = patch.description;
    await em.flush();
    return alertRuleResponse(rule, org.currency, (await this.breaching([id])).get(id) ?? []);
  }

  async remove(org: OrgSettings, id: string) {
    const shown = await this.get(org, id);
    await this.db.run(DELETE_BREACHES_OF_RULE, [id]);
    await this.db.em().nativeDelete(AlertRuleSchema, { id, orgId: org.id });
    return shown;
  }

  private async breaching(ruleIds: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (!ruleIds.length) return map;
    const rows = await breachesOfRules(this.db, ruleIds);
    for (const r of rows) map.set(r.rule_id, [...(map.get(r.rule_id) ?? []), r.subject]);
    return map;
  }
}
