import { bucketBounds, dayOf, daysOf } from '@humanhours/time';
import { Inject, Injectable } from '@nestjs/common';
import { fromMinor } from '../core/money.js';
import { roundHalfAwayFromZero, toScaledInteger } from '../core/rounding.js';
import { timeZoneOrThrow } from '../core/time.js';
import { Database } from '../db/database.js';
import type { OrgSettings } from '../orgs/org-settings.js';
import { coveredMs, type Period, type ResolvedRange, resolveRange } from './calendar.js';
import { toCsv } from './csv.js';
import { addInto, METRIC_COLUMNS, metricsOf, type SortMetric, type Sums, sortRows, zeroSums } from './metrics.js';
import { type Dimension, type EventFilters, type EventQuery, type GroupedSums, isTimeDimension, ReportEngine } from './report-engine.js';

/** The query parameters shared by the reports, already checked and coerced against the spec. */
export interface ReportParams {
  period?: Period;
  from?: string;
  to?: string;
  tz?: string;
  group_by?: Dimension[];
  agent_id?: string;
  task_type?: string;
  client?: string;
  model?: string;
  outcome?: string;
  sort?: SortMetric;
  metric?: SortMetric;
  top?: number;
  format?: 'json' | 'csv';
  [metadataFilter: `metadata.${string}`]: string;
}

const MAX_ROWS = 10_000;
const GROUP_KEY = (d: Dimension) => (d === 'agent' ? 'agent_id' : d);

export interface Scope {
  tz: string;
  range: ResolvedRange;
  filters: EventFilters;
}

@Injectable()
export class ReportsService {
  constructor(
    @Inject(ReportEngine) private readonly engine: ReportEngine,
    @Inject(Database) private readonly db: Database,
  ) {}

  /** The zone, the range and the filters of a report request. */
  async scope(org: OrgSettings, p: ReportParams, now = Date.now()): Promise<Scope> {
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

  private query(org: OrgSettings, scope: Scope, dimensions: Dimension[]): EventQuery {
    const pendingAtZero = org.pendingReviewValuation === 'zero';
    return { orgId: org.id, tz: scope.tz, from: scope.range.from, to: scope.range.to, dimensions, filters: scope.filters, pendingAtZero };
  }

  /** time-saved, cost-saved and export: groups, sorted, with totals over every group. */
  async grouped(org: OrgSettings, p: ReportParams, defaultSort: SortMetric) {
    const scope = await this.scope(org, p);
    const dimensions = p.group_by ?? ['agent'];
    const sort = p.sort ?? defaultSort;
    const groups = await this.engine.grouped(this.query(org, scope, dimensions));
    const totals = groups.reduce((sum, g) => addInto(sum, g.sums), zeroSums());
    const { from, to } = scope.range;
    const timeIndex = dimensions.findIndex(isTimeDimension);
    const rows = sortRows(
      groups.map((g) => ({ ...g, tieBreak: JSON.stringify(g.values) })),
      sort,
    )
      .slice(0, p.top ?? MAX_ROWS)
      .map((g) => {
        // A row of a day / week / month bucket spreads over that bucket (within the range), not the whole range.
        const covered =
          timeIndex < 0 ? to - from : coveredMs(bucketBounds(g.values[timeIndex]!, dimensions[timeIndex] as 'day', scope.tz), from, to);
        return {
          group: Object.fromEntries(dimensions.map((d, i) => [GROUP_KEY(d), g.values[i]])),
          ...metricsOf(g.sums, org.currency, covered),
        };
      });
    return {
      meta: {
        period: scope.range.period,
        range: rangeJson(scope.range),
        tz: scope.tz,
        group_by: dimensions,
        sort,
        total_groups: groups.length,
      },
      currency: org.currency,
      totals: metricsOf(totals, org.currency, to - from),
      rows,
    };
  }

  groupedCsv(report: Awaited<ReturnType<ReportsService['grouped']>>): string {
    const groupColumns = report.meta.group_by.map(GROUP_KEY);
    return toCsv(
      [...groupColumns, ...METRIC_COLUMNS],
      report.rows.map((r) => ({ ...r.group, ...r })),
    );
  }

  /** Agents ranked by one metric, with their display names. */
  async leaderboard(org: OrgSettings, p: ReportParams) {
    const scope = await this.scope(org, p);
    const metric = p.metric ?? 'hours_saved';
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

  leaderboardCsv(report: Awaited<ReturnType<ReportsService['leaderboard']>>): string {
    return toCsv(['rank', 'agent_id', 'display_name', ...METRIC_COLUMNS], report.rows);
  }

  /** Period totals, outcome shares, averages, a daily trend and top-10 lists. */
  async summary(org: OrgSettings, p: ReportParams) {
    const scope = await this.scope(org, p);
    const { from, to } = scope.range;
    // Three queries, not five: each pair is read in one pass (agent × task type from the daily rollup, client ×
    // model from the hourly one, the heavier) and split here; the sums stay exact integers.
    const [days, agentTasks, clientModels] = await Promise.all(
      ([['day'], ['agent', 'task_type'], ['client', 'model']] as const).map((d) => this.engine.grouped(this.query(org, scope, [...d]))),
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
    return {
      meta: { period: scope.range.period, range: rangeJson(scope.range), tz: scope.tz },
      currency: org.currency,
      totals: metricsOf(totals, org.currency, to - from),
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

  private async displayNames(orgId: string, agentIds: string[]): Promise<Map<string, string>> {
    if (!agentIds.length) return new Map();
    const rows = await this.db.all<{ agent_id: string; display_name: string | null }>(
      `select agent_id, display_name from agents where org_id = ? and agent_id in (${agentIds.map(() => '?').join(', ')})`,
      [orgId, ...agentIds],
    );
    return new Map(rows.filter((r) => r.display_name).map((r) => [r.agent_id, r.display_name!]));
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
