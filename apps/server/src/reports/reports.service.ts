import type { QueryParams } from '@humanhours/contract';
import { bucketBounds, dayOf, daysOf } from '@humanhours/time';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../core/api-error.js';
import type { OrgSettings } from '../core/org-settings.js';
import { roundHalfAwayFromZero, toScaledInteger } from '../core/rounding.js';
import { timeZoneOrThrow } from '../core/time.js';
import { fromMinor } from '../pricing/money.js';
import { coveredMs, type ResolvedRange, resolveRange } from './calendar.js';
import { toCsv } from './csv.js';
import { convertSums } from './currency-conversion.js';
import { addInto, METRIC_COLUMNS, metricsOf, type SortMetric, type Sums, sortRows, zeroSums } from './metrics.js';
import { type Dimension, type EventFilters, type EventQuery, type GroupedSums, isTimeDimension, ReportEngine } from './report-engine.js';

// The report operations share their parameters; each takes a subset (exportReport has no `format`).
type ReportQuery = QueryParams<'getTimeSavedReport'> & QueryParams<'getLeaderboard'> & QueryParams<'getSummary'>;

/** The query parameters shared by the reports, already checked and coerced against the spec (or a share link's view). */
export type ReportParams = Partial<ReportQuery> & {
  /** Pool owners: `all` or one workspace's id (the controller resolves it to the orgs passed to `grouped`). */
  workspace?: string;
  [metadataFilter: `metadata.${string}`]: string;
};

const MAX_ROWS = 10_000;
const GROUP_KEY = (d: Dimension) => (d === 'agent' ? 'agent_id' : d);

/** What a report covers: its time zone, its range in that zone and the filters (not an API key's scope). */
export interface ReportScope {
  tz: string;
  range: ResolvedRange;
  filters: EventFilters;
}

/** The display names of those of the org's agents that have one. */
export type AgentNameLookup = (orgId: string, agentIds: string[]) => Promise<Map<string, string>>;

@Injectable()
export class ReportsService {
  /** agents/ registers the lookup of its display names: reports/ never imports the domains above it. */
  private agentNames: AgentNameLookup = async () => new Map();

  constructor(@Inject(ReportEngine) private readonly engine: ReportEngine) {}

  nameAgentsWith(lookup: AgentNameLookup): void {
    this.agentNames = lookup;
  }

  /** The zone, the range and the filters of a report request. */
  async scope(org: OrgSettings, p: ReportParams, now = Date.now()): Promise<ReportScope> {
    const tz = timeZoneOrThrow(p.tz ?? org.timezone, 'tz');
    const range = await resolveRange(p, tz, now, () => this.engine.firstEventAt(org.id));
    // fromEntries defines own properties: a `metadata.__proto__` filter is a key like any other, not a prototype.
    const metadata: Record<string, string> = Object.fromEntries(
      Object.entries(p)
        .filter(([key]) => key.startsWith('metadata.'))
        .map(([key, value]) => [key.slice('metadata.'.length), value as string]),
    );
    const { agent_id, task_type, client, model, outcome } = p;
    return { tz, range, filters: { agent_id, task_type, client, model, outcome, metadata } };
  }

  private query(org: OrgSettings, scope: ReportScope, dimensions: Dimension[]): EventQuery {
    const pendingAtZero = org.pendingReviewValuation === 'zero';
    return { orgId: org.id, tz: scope.tz, from: scope.range.from, to: scope.range.to, dimensions, filters: scope.filters, pendingAtZero };
  }

  /**
   * time-saved, cost-saved and export: groups, sorted, with totals over every group. `members` (a pool owner's
   * `workspace=` report) makes it a cross-workspace report: see `acrossWorkspaces`.
   */
  async grouped(org: OrgSettings, p: ReportParams, defaultSort: SortMetric, members?: OrgSettings[]) {
    const scope = await this.scope(org, p);
    // The spec's GroupByDimension is a named one or `metadata.<key>` (its pattern): the validator let nothing else in.
    const dimensions = (p.group_by ?? ['agent']) as Dimension[];
    if (!members && dimensions.includes('workspace')) {
      throw ApiError.validation('group_by', 'may name workspace only with the workspace parameter', 'Add workspace=all (pool owners)');
    }
    const sort = p.sort ?? defaultSort;
    if (members) return this.acrossWorkspaces(org, members, p, scope, dimensions, sort);
    const groups = await this.engine.grouped(this.query(org, scope, dimensions));
    const totals = groups.reduce((sum, g) => addInto(sum, g.sums), zeroSums());
    const { from, to } = scope.range;
    const rows = this.rows(
      groups.map((g) => ({ ...g, currency: org.currency })),
      dimensions,
      scope,
      sort,
      p.top,
    ).map(({ currency: _, ...row }) => row);
    return {
      meta: this.groupedMeta(scope, dimensions, sort, groups.length),
      currency: org.currency,
      totals: metricsOf(totals, org.currency, to - from),
      rows,
    };
  }

  private groupedMeta(scope: ReportScope, dimensions: Dimension[], sort: SortMetric, totalGroups: number) {
    return {
      period: scope.range.period,
      range: rangeJson(scope.range),
      tz: scope.tz,
      group_by: dimensions,
      sort,
      total_groups: totalGroups,
    };
  }

  /** Sorted, cut to `top`, as ReportRows in each group's own currency. */
  private rows(
    groups: Array<GroupedSums & { currency: string }>,
    dimensions: Dimension[],
    scope: ReportScope,
    sort: SortMetric,
    top?: number,
  ) {
    const { from, to } = scope.range;
    const timeIndex = dimensions.findIndex(isTimeDimension);
    return sortRows(
      groups.map((g) => ({ ...g, tieBreak: JSON.stringify([...g.values, g.currency]) })),
      sort,
    )
      .slice(0, top ?? MAX_ROWS)
      .map((g) => {
        // A row of a day / week / month bucket spreads over that bucket (within the range), not the whole range.
        const covered =
          timeIndex < 0 ? to - from : coveredMs(bucketBounds(g.values[timeIndex]!, dimensions[timeIndex] as 'day', scope.tz), from, to);
        return {
          group: Object.fromEntries(dimensions.map((d, i) => [GROUP_KEY(d), g.values[i]])),
          currency: g.currency,
          ...metricsOf(g.sums, g.currency, covered),
        };
      });
  }

  /**
   * A pool owner's report over several workspaces, each in its own currency. Rows are split by currency (or, with
   * `convert`, converted into the owner's); `totals_by_currency` never adds one currency to another; `totals` is
   * in the owner's currency, every other workspace's money converted.
   */
  private async acrossWorkspaces(
    owner: OrgSettings,
    members: OrgSettings[],
    p: ReportParams,
    scope: ReportScope,
    dimensions: Dimension[],
    sort: SortMetric,
  ) {
    const byId = new Map(members.map((m) => [m.id, m]));
    // Always split by workspace underneath: a workspace is the unit that has one currency.
    const asked = dimensions.includes('workspace') ? dimensions : [...dimensions, 'workspace' as const];
    const wsIndex = asked.indexOf('workspace');
    const groups = await this.engine.grouped({ ...this.query(owner, scope, asked), orgIds: members.map((m) => m.id) });
    const convert = p.convert === true;
    const rows = new Map<string, GroupedSums & { currency: string }>();
    const perCurrency = new Map<string, Sums>();
    const totals = zeroSums();
    for (const g of groups) {
      const workspace = byId.get(g.values[wsIndex]!)!;
      const converted = convertSums(g.sums, workspace, owner);
      addInto(totals, converted);
      addInto(perCurrency.get(workspace.currency) ?? perCurrency.set(workspace.currency, zeroSums()).get(workspace.currency)!, g.sums);
      const values = dimensions.map((d) => g.values[asked.indexOf(d)]!);
      const currency = convert ? owner.currency : workspace.currency;
      const id = JSON.stringify([...values, currency]);
      const row = rows.get(id);
      if (row) addInto(row.sums, convert ? converted : g.sums);
      else rows.set(id, { values, currency, sums: convert ? converted : { ...g.sums } });
    }
    const { from, to } = scope.range;
    return {
      meta: {
        ...this.groupedMeta(scope, dimensions, sort, rows.size),
        workspace: p.workspace!,
        workspaces: members.map((m) => m.id),
        converted: convert,
      },
      currency: owner.currency,
      totals: metricsOf(totals, owner.currency, to - from),
      totals_by_currency: ReportsService.currencyTotals(perCurrency, to - from),
      rows: this.rows([...rows.values()], dimensions, scope, sort, p.top),
    };
  }

  groupedCsv(report: Awaited<ReturnType<ReportsService['grouped']>>): string {
    const groupColumns = report.meta.group_by.map(GROUP_KEY);
    // A cross-workspace report's rows may be in several currencies: the CSV says which.
    const currency = 'totals_by_currency' in report ? ['currency' as const] : [];
    return toCsv(
      [...groupColumns, ...currency, ...METRIC_COLUMNS],
      report.rows.map((r) => ({ ...r.group, ...r })),
    );
  }

  /**
   * Groups of the pool's workspaces with their money in the owner's currency, the workspace dimension dropped;
   * and each currency's own, unconverted sums (never added across currencies).
   */
  private async convertedAcross(owner: OrgSettings, members: OrgSettings[], scope: ReportScope, dimensions: Dimension[]) {
    const byId = new Map(members.map((m) => [m.id, m]));
    const groups = await this.engine.grouped({ ...this.query(owner, scope, [...dimensions, 'workspace']), orgIds: [...byId.keys()] });
    const merged = new Map<string, GroupedSums>();
    const perCurrency = new Map<string, Sums>();
    for (const g of groups) {
      const workspace = byId.get(g.values[dimensions.length]!)!;
      const own = perCurrency.get(workspace.currency) ?? perCurrency.set(workspace.currency, zeroSums()).get(workspace.currency)!;
      addInto(own, g.sums);
      const values = g.values.slice(0, dimensions.length);
      const id = JSON.stringify(values);
      const converted = convertSums(g.sums, workspace, owner);
      const existing = merged.get(id);
      if (existing) addInto(existing.sums, converted);
      else merged.set(id, { values, sums: converted });
    }
    return { groups: [...merged.values()], perCurrency };
  }

  private static currencyTotals(perCurrency: Map<string, Sums>, coveredMs: number) {
    return [...perCurrency]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, sums]) => ({ currency, ...metricsOf(sums, currency, coveredMs) }));
  }

  /** Agents ranked by one metric, with their display names; across a pool's workspaces when `members` is given. */
  async leaderboard(org: OrgSettings, p: ReportParams, members?: OrgSettings[]) {
    const scope = await this.scope(org, p);
    const metric = p.metric ?? 'hours_saved';
    if (members) return this.leaderboardAcross(org, members, p, scope, metric);
    const groups = await this.engine.grouped(this.query(org, scope, ['agent']));
    const ranked = sortRows(
      groups.map((g) => ({ ...g, tieBreak: g.values[0]! })),
      metric,
    ).slice(0, p.top ?? 10);
    const names = await this.displayNames(
      org.id,
      ranked.map((r) => r.values[0]!),
    );
    return {
      meta: { period: scope.range.period, range: rangeJson(scope.range), tz: scope.tz, metric, total_groups: groups.length },
      currency: org.currency,
      rows: ranked.map((r, i) => ({
        rank: i + 1,
        agent_id: r.values[0]!,
        display_name: names.get(r.values[0]!) ?? null,
        ...metricsOf(r.sums, org.currency, scope.range.to - scope.range.from),
      })),
    };
  }

  /**
   * An agent is (workspace, agent id): ranked by its money converted into the owner's currency, shown in its own
   * currency unless `convert`.
   */
  private async leaderboardAcross(owner: OrgSettings, members: OrgSettings[], p: ReportParams, scope: ReportScope, metric: SortMetric) {
    const byId = new Map(members.map((m) => [m.id, m]));
    const groups = await this.engine.grouped({ ...this.query(owner, scope, ['agent', 'workspace']), orgIds: [...byId.keys()] });
    const convert = p.convert === true;
    // Ranked on the converted sums (one currency); each row keeps its own beside them.
    const ranked = sortRows(
      groups.map((g) => {
        const workspace = byId.get(g.values[1]!)!;
        return {
          values: g.values,
          own: g.sums,
          sums: convertSums(g.sums, workspace, owner),
          workspace,
          tieBreak: JSON.stringify(g.values),
        };
      }),
      metric,
    ).slice(0, p.top ?? 10);
    const names = new Map<string, Map<string, string>>();
    for (const m of members) {
      const ids = ranked.filter((r) => r.workspace.id === m.id).map((r) => r.values[0]!);
      if (ids.length) names.set(m.id, await this.displayNames(m.id, ids));
    }
    const covered = scope.range.to - scope.range.from;
    return {
      meta: {
        period: scope.range.period,
        range: rangeJson(scope.range),
        tz: scope.tz,
        metric,
        total_groups: groups.length,
        workspace: p.workspace!,
        workspaces: members.map((m) => m.id),
        converted: convert,
      },
      currency: owner.currency,
      rows: ranked.map((r, i) => ({
        rank: i + 1,
        agent_id: r.values[0]!,
        display_name: names.get(r.workspace.id)?.get(r.values[0]!) ?? null,
        workspace: r.workspace.id,
        currency: convert ? owner.currency : r.workspace.currency,
        ...metricsOf(convert ? r.sums : r.own, convert ? owner.currency : r.workspace.currency, covered),
      })),
    };
  }

  leaderboardCsv(report: Awaited<ReturnType<ReportsService['leaderboard']>>): string {
    const across = 'workspaces' in report.meta ? (['workspace', 'currency'] as const) : [];
    return toCsv(['rank', 'agent_id', 'display_name', ...across, ...METRIC_COLUMNS], report.rows);
  }

  /**
   * Period totals, outcome shares, averages, a daily trend and top-10 lists. Across a pool's workspaces (`members`)
   * it is one currency, the owner's: every other workspace's money converted, each currency's own sums beside it.
   */
  async summary(org: OrgSettings, p: ReportParams, members?: OrgSettings[]) {
    const scope = await this.scope(org, p);
    const { from, to } = scope.range;
    const perCurrency = new Map<string, Sums>();
    const grouped = async (d: Dimension[]) => {
      if (!members) return this.engine.grouped(this.query(org, scope, d));
      const across = await this.convertedAcross(org, members, scope, d);
      if (d[0] === 'day') for (const [c, sums] of across.perCurrency) perCurrency.set(c, sums);
      return across.groups;
    };
    // Three queries, not five: each pair is read in one pass (agent × task type from the daily rollup, client ×
    // model from the hourly one, the heavier) and split here; the sums stay exact integers.
    const [days, agentTasks, clientModels] = await Promise.all(
      ([['day'], ['agent', 'task_type'], ['client', 'model']] as const).map((d) => grouped([...d])),
    );
    const [agents, taskTypes] = [0, 1].map((i) => groupedBy(agentTasks, i));
    const [clients, models] = [0, 1].map((i) => groupedBy(clientModels, i));
    const totals = agents.reduce((sum, g) => addInto(sum, g.sums), zeroSums());
    const byDay = new Map(days.map((g) => [g.values[0]!, g.sums]));
    const top = (groups: typeof agents) =>
      sortRows(
        groups.map((g) => ({ ...g, tieBreak: JSON.stringify(g.values) })),
        'hours_saved',
      )
        .slice(0, 10)
        .map((g) => ({ key: g.values[0], ...metricsOf(g.sums, org.currency, to - from) }));
    const share = (count: number) => (totals.events ? roundHalfAwayFromZero(count / totals.events, 4) : null);
    const perEvent = (minor: number) => (totals.events ? fromMinor(toScaledInteger(minor / totals.events, 0), org.currency) : null);
    const across = members && { workspace: p.workspace!, workspaces: members.map((m) => m.id), converted: true };
    return {
      meta: { period: scope.range.period, range: rangeJson(scope.range), tz: scope.tz, ...across },
      currency: org.currency,
      totals: metricsOf(totals, org.currency, to - from),
      ...(members && { totals_by_currency: ReportsService.currencyTotals(perCurrency, to - from) }),
      outcomes: { success: totals.success, failure: totals.failure, needs_review: totals.needsReview },
      rates: { success_rate: share(totals.success), failure_rate: share(totals.failure), needs_review_rate: share(totals.needsReview) },
      averages: {
        hours_saved_per_event: totals.events ? toScaledInteger(totals.hoursMilli / totals.events, 0) / 1000 : null,
        cost_saved_per_event: perEvent(totals.costMinor),
        net_saved_per_event: perEvent(totals.netMinor),
        agent_cost_per_event: perEvent(totals.agentCostMinor),
        agent_duration_seconds: metricsOf(totals, org.currency, 0).agent_duration_seconds_avg,
      },
      active: {
        agents: agents.length,
        task_types: taskTypes.length,
        clients: clients.filter((g) => g.values[0] !== null).length,
        models: models.filter((g) => g.values[0] !== null).length,
      },
      trend: daysOf(from, to, scope.tz).map((day) => ({
        day,
        ...metricsOf(byDay.get(day) ?? zeroSums(), org.currency, coveredMs(bucketBounds(day, 'day', scope.tz), from, to)),
      })),
      top: { agents: top(agents), task_types: top(taskTypes), clients: top(clients), models: top(models) },
    };
  }

  summaryCsv(report: Awaited<ReturnType<ReportsService['summary']>>): string {
    return toCsv(['day', ...METRIC_COLUMNS], report.trend);
  }

  /** Each agent's hours and money saved over the last 30 days (for GET /v1/agents). */
  async agentSavings30d(org: OrgSettings): Promise<Map<string, Sums>> {
    const scope = await this.scope(org, { period: '30d' });
    const groups = await this.engine.grouped(this.query(org, scope, ['agent']));
    return new Map(groups.map((g) => [g.values[0]!, g.sums]));
  }

  /** The display names of these agents of the org (those that have one). */
  async displayNames(orgId: string, agentIds: string[]): Promise<Map<string, string>> {
    if (!agentIds.length) return new Map();
    return this.agentNames(orgId, agentIds);
  }
}

/** The groups of one of the dimensions only: the others' groups added together. */
function groupedBy(groups: GroupedSums[], index: number): GroupedSums[] {
  const byValue = new Map<string | null, GroupedSums>();
  for (const g of groups) {
    const value = g.values[index];
    const existing = byValue.get(value);
    if (existing) addInto(existing.sums, g.sums);
    else byValue.set(value, { values: [value], sums: { ...g.sums } });
  }
  return [...byValue.values()];
}

function rangeJson(range: ResolvedRange) {
  return { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString() };
}

/** `humanhours-time-saved-2026-04-06-2026-05-05.csv`: the range's first and last day in the report's zone. */
export function exportFilename(range: ResolvedRange, tz: string): string {
  return `humanhours-time-saved-${dayOf(range.from, tz)}-${dayOf(range.to - 1, tz)}.csv`;
}
