// Answers "sum these events, grouped by these dimensions" from the rollups whenever the question allows,
// else from the raw events, and buckets time in the report's zone. The SQL runs on SQLite and PostgreSQL alike.

import { bucketKey } from '@humanhours/time';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../core/api-error.js';
import { Database } from '../db/database.js';
import { FIRST_EVENT_AT } from '../event-store/event.repository.js';
import { rawEventsKeptFrom } from '../retention/raw-events-horizon.js';
import { type TimeDimension, utcAligned, wholeHourOffsets } from './calendar.js';
import { addInto, exactSum, pendingAtZero, SUM_FIELDS, type Sums } from './metrics.js';
import { ReportQueryRunner } from './queries/report-query-runner.js';
import { PENDING, rawSql, rollupSql } from './summed-metrics.js';

export type Dimension = 'agent' | 'task_type' | 'client' | 'model' | 'outcome' | 'workspace' | TimeDimension | `metadata.${string}`;

export interface EventFilters {
  agent_id?: string;
  task_type?: string;
  client?: string;
  model?: string;
  outcome?: string;
  /** metadata.<key> → value, AND-ed. */
  metadata?: Record<string, string>;
}

export interface EventQuery {
  orgId: string;
  /** A pool's cross-workspace report: these orgs instead of `orgId` alone (grouped by the `workspace` dimension). */
  orgIds?: string[];
  tz: string;
  from: number;
  to: number;
  dimensions: Dimension[];
  filters: EventFilters;
  /** Answer from the raw events even where the rollup could (the property test compares both). */
  forceRaw?: boolean;
  /** Count needs_review events not reviewed yet at zero (the org's pending_review_valuation). */
  pendingAtZero?: boolean;
}

export interface GroupedSums {
  /** Values of the dimensions, in query order; null is the "unassigned" bucket. */
  values: Array<string | null>;
  sums: Sums;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

interface Segment {
  source: Source;
  from: number;
  to: number;
  /** Only these hours of [from, to) (the hourly rollup's corrections of daily rows, below). */
  hours?: number[];
  /** Each row counts once per placement: added or taken away, in the time bucket of `at(row time)`. */
  placements?: Placement[];
}

interface Placement {
  sign: 1 | -1;
  at(t: number): number;
}

const AS_IS: Placement[] = [{ sign: 1, at: (t) => t }];
/** A daily row counts in the bucket holding its UTC day's noon (where most of its hours are, in any zone). */
const NOON_OF_DAY = (t: number) => t - (t % DAY_MS) + DAY_MS / 2;
const QUARTER_HOUR_MS = 900_000; // every zone offset in use is a multiple of 15 minutes
const TIME_DIMENSIONS = new Set<string>(['day', 'week', 'month']);
export const isTimeDimension = (d: string): d is TimeDimension => TIME_DIMENSIONS.has(d);
const metadataKey = (d: string) => (d.startsWith('metadata.') ? d.slice('metadata.'.length) : null);

type Column = 'agent' | 'task_type' | 'client' | 'model' | 'outcome' | 'workspace';

interface Source {
  table: string;
  time: string;
  /** The SQL of a dimension's column, for the dimensions this source keeps. */
  columns: Partial<Record<Column, string>>;
  sums: Record<keyof Sums, string>;
}

/** The sums' SQL over rollup rows, and over raw events (summed-metrics.ts). */
const ROLLUP_SQL = Object.fromEntries(SUM_FIELDS.map((f) => [f, rollupSql(f)])) as Source['sums'];
const RAW_SQL = Object.fromEntries(SUM_FIELDS.map((f) => [f, rawSql(f)])) as Source['sums'];

export { PENDING };

const HOURLY: Source = {
  table: 'event_rollup',
  time: 'hour',
  columns: {
    workspace: 'org_id',
    agent: 'agent_id',
    task_type: 'task_type',
    outcome: 'outcome',
    client: "nullif(client, '')",
    model: "nullif(model, '')",
  },
  sums: ROLLUP_SQL,
};

/**
 * The daily rollups, each keeping some of the dimensions: whole UTC days go to the first that has every dimension
 * the query groups or filters by (a day of any volume is a few hundred rows of either), else to the hourly one.
 */
const DAILY: Source[] = [
  {
    table: 'event_rollup_daily',
    time: 'day',
    columns: { workspace: 'org_id', agent: 'agent_id', task_type: 'task_type', outcome: 'outcome' },
    sums: ROLLUP_SQL,
  },
  {
    table: 'event_rollup_daily_client_model',
    time: 'day',
    columns: { workspace: 'org_id', client: "nullif(client, '')", model: "nullif(model, '')", outcome: 'outcome' },
    sums: ROLLUP_SQL,
  },
];

const FILTER_COLUMNS = [
  ['agent_id', 'agent'],
  ['task_type', 'task_type'],
  ['client', 'client'],
  ['model', 'model'],
  ['outcome', 'outcome'],
] as const;

/** The source's SQL for a dimension it keeps. */
function column(source: Source, dimension: Column): string {
  const sql = source.columns[dimension];
  if (sql === undefined) throw new Error(`${source.table} has no ${dimension}`);
  return sql;
}

const RAW: Source = {
  table: 'events',
  time: 'occurred_at',
  columns: { workspace: 'org_id', agent: 'agent_id', task_type: 'task_type', outcome: 'outcome', client: 'client', model: 'model' },
  sums: RAW_SQL,
};

@Injectable()
export class ReportEngine {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(ReportQueryRunner) private readonly queries: ReportQueryRunner,
  ) {}

  /**
   * Whether the rollups answer this query exactly (but for the partial hours at the ends of a range not on whole
   * hours, read from the raw events): no metadata, and time buckets only in a zone whose offsets are whole hours.
   */
  usesRollup(q: EventQuery): boolean {
    if (q.forceRaw) return false;
    if (Object.keys(q.filters.metadata ?? {}).length || q.dimensions.some((d) => metadataKey(d) !== null)) return false;
    if (Math.ceil(q.from / HOUR_MS) >= Math.floor(q.to / HOUR_MS)) return false; // not one whole hour inside
    return !q.dimensions.some(isTimeDimension) || wholeHourOffsets(q.tz, q.from, q.to);
  }

  /** A string metadata value, or null (absent or not a string), as SQL for this database. */
  private metadataValue(key: string, params: unknown[]): string {
    if (this.db.kind === 'postgresql') {
      params.push(key, key);
      return "(case when jsonb_typeof(metadata -> ?) = 'string' then metadata ->> ? end)";
    }
    params.push(`$.${key}`, `$.${key}`);
    return "(case when json_type(metadata, ?) = 'text' then json_extract(metadata, ?) end)";
  }

  /** The SQL conditions of a query's filters (AND-ed), their parameters pushed to `params`; the events list shares them. */
  filterClauses(filters: EventFilters, source: Source = RAW, params: unknown[] = []): string[] {
    const where: string[] = [];
    for (const [name, dimension] of FILTER_COLUMNS) {
      const value = filters[name];
      if (value === undefined) continue;
      where.push(`${column(source, dimension)} = ?`);
      params.push(value);
    }
    for (const [key, value] of Object.entries(filters.metadata ?? {})) {
      where.push(`${this.metadataValue(key, params)} = ?`);
      params.push(value);
    }
    return where;
  }

  /**
   * Which source answers which part of the range: the raw events for a query the rollups cannot answer, and for
   * the partial hours at the ends of a range not on whole hours; the whole hours inside as `rollupPlan` says.
   */
  plan(q: EventQuery): Segment[] {
    if (!this.usesRollup(q)) return [{ source: RAW, from: q.from, to: q.to }];
    const hourFrom = Math.ceil(q.from / HOUR_MS) * HOUR_MS;
    const hourTo = Math.floor(q.to / HOUR_MS) * HOUR_MS;
    return [
      { source: RAW, from: q.from, to: hourFrom },
      ...this.rollupPlan({ ...q, from: hourFrom, to: hourTo }),
      { source: RAW, from: hourTo, to: q.to },
    ].filter((segment) => segment.from < segment.to);
  }

  /**
   * For a range on whole hours: whole UTC days go to a daily rollup that keeps every dimension the query needs
   * (and its time buckets, if any, fall on UTC days, or are corrected below); the hours at the edges, and every
   * query no daily rollup can answer, to the hourly rollup. An edge day with more than 12 of its hours in the range
   * is read as its daily row less the hours outside (a daily row is exactly the sum of its day's hourly rows), so
   * an edge never reads more than 12 hours: a zone's day that starts at 23:00 UTC reads 1 hour, not 23.
   */
  private rollupPlan(q: EventQuery): Segment[] {
    const needed = new Set<string>(q.dimensions.filter((d) => !isTimeDimension(d)));
    for (const [name, dimension] of FILTER_COLUMNS) if (q.filters[name] !== undefined) needed.add(dimension);
    const daily = DAILY.find((source) => [...needed].every((d) => d in source.columns));
    const dayFrom = Math.ceil(q.from / DAY_MS) * DAY_MS;
    const dayTo = Math.floor(q.to / DAY_MS) * DAY_MS;
    if (!daily || dayFrom >= dayTo) return [{ source: HOURLY, from: q.from, to: q.to }];
    // The whole days read from the daily rollup, widened by an edge day mostly inside the range.
    const spanFrom = dayFrom - q.from > DAY_MS / 2 ? dayFrom - DAY_MS : dayFrom;
    const spanTo = q.to - dayTo > DAY_MS / 2 ? dayTo + DAY_MS : dayTo;
    // The hours outside the range of a widened day are taken away where its daily row counted them.
    const outside: Placement[] = [{ sign: -1, at: NOON_OF_DAY }];
    const segments: Segment[] = [
      spanFrom < q.from
        ? { source: HOURLY, from: spanFrom, to: q.from, placements: outside }
        : { source: HOURLY, from: q.from, to: dayFrom },
      { source: daily, from: spanFrom, to: spanTo, placements: [{ sign: 1, at: NOON_OF_DAY }] },
      spanTo > q.to ? { source: HOURLY, from: q.to, to: spanTo, placements: outside } : { source: HOURLY, from: dayTo, to: q.to },
    ];
    const timeDimensions = q.dimensions.filter(isTimeDimension);
    if (timeDimensions.length && !utcAligned(q.tz, q.from, q.to)) {
      // The zone's days are not UTC days: a daily row counts in its noon's bucket, then the hours of that UTC day in
      // another bucket are moved, from the hourly rollup (read once, used twice): taken from the noon's bucket, added
      // to their own. That reads 1–2 hours a day in Europe/Berlin, at most 12 anywhere, instead of all 24; and stays
      // exact (integer sums, added and taken away). Hours outside the range are taken away whole, above.
      const hours = misplacedHours(spanFrom, spanTo, (a, b) =>
        timeDimensions.every((d) => bucketKey(a, d, q.tz) === bucketKey(b, d, q.tz)),
      ).filter((h) => h >= q.from && h < q.to);
      if (hours.length) {
        segments.push({
          source: HOURLY,
          from: spanFrom,
          to: spanTo,
          hours,
          placements: [
            { sign: -1, at: NOON_OF_DAY },
            { sign: 1, at: (t) => t },
          ],
        });
      }
    }
    return segments;
  }

  async grouped(q: EventQuery): Promise<GroupedSums[]> {
    const merged = new Map<string, GroupedSums>();
    const segments = this.plan(q).flatMap((segment) => this.parallelParts(segment));
    if (segments.some((s) => s.source === RAW)) await this.assertRawEventsKept(q.from);
    // Every segment's query at once (as many run as the runner has turns): they are independent, and the sums
    // merge exactly whatever order they arrive in; merged in plan order, so groups come out in the same order.
    const results = await Promise.all(segments.map((segment) => this.segment(q, segment)));
    for (const [s, segment] of segments.entries()) {
      const rows = results[s]!;
      for (const { sign, at } of segment.placements ?? AS_IS) {
        for (const row of rows) {
          const values = q.dimensions.map((d, i) => (isTimeDimension(d) ? bucketKey(at(row.t), d, q.tz) : row.values[i]));
          const sums = sign === 1 ? { ...row.sums } : negated(row.sums);
          const id = JSON.stringify(values);
          const existing = merged.get(id);
          if (existing) addInto(existing.sums, sums);
          else merged.set(id, { values, sums });
        }
      }
    }
    // A bucket whose hours were all moved out holds nothing (every row of a rollup counts at least one event).
    const groups = [...merged.values()].filter((g) => g.sums.events !== 0);
    return q.pendingAtZero ? groups.map((g) => ({ ...g, sums: pendingAtZero(g.sums) })) : groups;
  }

  /**
   * A raw segment over more than a day, cut at whole hours into one part per report turn: a raw scan is CPU-bound
   * (a row read and its sums per event), and the parts run on as many cores at once. Rollup segments stay whole
   * (a few thousand rows at most).
   */
  private parallelParts(segment: Segment): Segment[] {
    const parts = this.queries.parallelism;
    if (segment.source !== RAW || parts < 2 || segment.to - segment.from <= DAY_MS) return [segment];
    const step = Math.ceil((segment.to - segment.from) / parts / HOUR_MS) * HOUR_MS;
    const cuts: Segment[] = [];
    for (let from = segment.from; from < segment.to; from = Math.floor(from / HOUR_MS) * HOUR_MS + step) {
      cuts.push({ ...segment, from, to: Math.min(segment.to, Math.floor(from / HOUR_MS) * HOUR_MS + step) });
    }
    return cuts;
  }

  private async segment(q: EventQuery, { source, from, to, hours }: Segment): Promise<Array<GroupedSums & { t: number }>> {
    const selectParams: unknown[] = [];
    const selects: string[] = [];
    for (const [i, d] of q.dimensions.entries()) {
      if (isTimeDimension(d)) continue;
      const key = metadataKey(d);
      selects.push(`${key === null ? column(source, d as Column) : this.metadataValue(key, selectParams)} as d${i}`);
    }
    if (q.dimensions.some(isTimeDimension)) {
      // Rows come per hour (rollup), per day (daily rollup: UTC days, used only where they are the zone's days) or
      // per quarter hour (raw events in a zone whose offset is not whole hours); buckets are made below.
      const grain = wholeHourOffsets(q.tz, from, to) ? HOUR_MS : QUARTER_HOUR_MS;
      selects.push(source === RAW ? `(occurred_at - (occurred_at % ${grain})) as t` : `${source.time} as t`);
    }
    const groupCount = selects.length;
    // Aliases s0, s1, … in SUM_FIELDS order, read back below: PostgreSQL folds unquoted identifiers to lower case,
    // so camelCase names would not survive.
    // SQLite's sum() raises "integer overflow" past int64: total() sums as floating point, exact below 2^53, which
    // is all a JSON number carries anyway (checked as rows are read). PostgreSQL's sum(bigint) is numeric: exact.
    const sum = this.db.kind === 'sqlite' ? (sql: string) => sql.replace(/\bsum\(/g, 'total(') : (sql: string) => sql;
    selects.push(...SUM_FIELDS.map((f, i) => `${sum(source.sums[f])} as s${i}`));

    const orgs = q.orgIds ? `org_id in (${q.orgIds.map(() => '?').join(', ')})` : 'org_id = ?';
    const where = [orgs, `${source.time} >= ?`, `${source.time} < ?`];
    const whereParams: unknown[] = [...(q.orgIds ?? [q.orgId]), from, to];
    if (hours) {
      where.push(`${source.time} in (${hours.map(() => '?').join(', ')})`);
      whereParams.push(...hours);
    }
    where.push(...this.filterClauses(q.filters, source, whereParams));
    const groupBy = groupCount ? ` group by ${Array.from({ length: groupCount }, (_, i) => i + 1).join(', ')}` : '';
    const sql = `select ${selects.join(', ')} from ${source.table} where ${where.join(' and ')}${groupBy}`;
    const rows = await this.queries.all(q.orgId, sql, [...selectParams, ...whereParams]);
    return rows
      .filter((row) => row.s0 !== 0) // an aggregate over no rows
      .map((row) => ({
        // Time dimensions are bucketed by grouped(), from t.
        values: q.dimensions.map((d, i) => (isTimeDimension(d) ? null : nullable(row[`d${i}`]))),
        t: row.t as number,
        sums: Object.fromEntries(SUM_FIELDS.map((f, i) => [f, exactSum(row[`s${i}`])])) as unknown as Sums,
      }));
  }

  /** Retention removed the raw events before its horizon: a raw answer over that time would silently fall short. */
  private async assertRawEventsKept(from: number): Promise<void> {
    const keptFrom = await rawEventsKeptFrom(this.db);
    if (keptFrom === null || from >= keptFrom) return;
    const since = new Date(keptFrom).toISOString();
    throw new ApiError('raw_events_expired', `This report needs raw events from before ${since}, which are no longer kept.`, {
      hint: `Raw events are kept from ${since} (HUMANHOURS_RETENTION_MONTHS). Start the range there, or drop metadata grouping and filters and use whole hours: the rollups answer all of history.`,
    });
  }

  /**
   * When the org's first event happened (for period=all). Retention may have dropped it: the hourly rollup keeps
   * its hour, which is then the start (an hour before the first raw event still kept means one was dropped).
   */
  async firstEventAt(orgId: string): Promise<number | null> {
    const [row] = await this.queries.all<{ raw: number | null; rolled: number | null }>(
      orgId,
      `select (${FIRST_EVENT_AT}) as raw, (select min(hour) from event_rollup where org_id = ?) as rolled`,
      [orgId, orgId],
    );
    const raw = row?.raw ?? null;
    const rolled = row?.rolled ?? null;
    if (rolled !== null && (raw === null || rolled < raw - (raw % HOUR_MS))) return rolled;
    return raw;
  }
}

/**
 * The hours of the UTC days in [dayFrom, dayTo) that fall in another time bucket than their day's noon, where
 * `sameBucket` tells whether two instants share one. Within a day those that share the noon's bucket are one run of
 * hours around noon (buckets follow time), so each end is found by bisection: a dozen look-ups a day, not 24.
 */
function misplacedHours(dayFrom: number, dayTo: number, sameBucket: (a: number, b: number) => boolean): number[] {
  const hours: number[] = [];
  for (let day = dayFrom; day < dayTo; day += DAY_MS) {
    const noon = NOON_OF_DAY(day);
    // First hour sharing noon's bucket: in [0, 12].
    let lo = 0;
    let hi = 12;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sameBucket(day + mid * HOUR_MS, noon)) hi = mid;
      else lo = mid + 1;
    }
    for (let h = 0; h < lo; h++) hours.push(day + h * HOUR_MS);
    // First hour after noon in another bucket: in [13, 24].
    lo = 13;
    hi = 24;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sameBucket(day + mid * HOUR_MS, noon)) lo = mid + 1;
      else hi = mid;
    }
    for (let h = lo; h < 24; h++) hours.push(day + h * HOUR_MS);
  }
  return hours;
}

function negated(sums: Sums): Sums {
  return Object.fromEntries(SUM_FIELDS.map((f) => [f, -sums[f]])) as unknown as Sums;
}

function nullable(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
