import { Readable } from 'node:stream';
import type { Schema } from '@humanhours/contract';
import { Inject, Injectable } from '@nestjs/common';
import type { OrgSettings } from '../core/org-settings.js';
import { Database } from '../db/database.js';
import { READ_EVENT } from '../event-store/event.repository.js';
import type { AuthContext } from '../http/auth-context.js';
import { toCsv } from '../reports/csv.js';
import { ReportQueryRunner } from '../reports/queries/report-query-runner.js';
import { ReportEngine } from '../reports/report-engine.js';
import { type ReportParams, ReportsService } from '../reports/reports.service.js';
import type { ReviewDecision } from '../tracking/ingest-plan.js';
import { decodePosition, type EventListQuery, eventPage, listSql, positionOf, type ReviewFilter } from './event-list.js';
import { eventNotFound, type ReviewResult } from './review-plan.js';
import { REVIEW_STORE, type ReviewStore } from './review-store.js';
import { EVENT_CSV_COLUMNS, eventCsvRecord, eventResponse, type StoredEvent, storedEvent } from './stored-event.js';

export interface EventListParams extends ReportParams {
  review?: ReviewFilter;
  limit?: number;
  cursor?: string;
}

/** Rows per read while streaming CSV: memory stays bounded by one page, whatever the range. */
const CSV_PAGE = 1_000;

@Injectable()
export class EventsService {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(ReportsService) private readonly reports: ReportsService,
    @Inject(ReportEngine) private readonly engine: ReportEngine,
    @Inject(ReportQueryRunner) private readonly queries: ReportQueryRunner,
    @Inject(REVIEW_STORE) private readonly store: ReviewStore,
  ) {}

  /** The list's query for a request: the same range and filters a report of the same parameters sums. */
  private async query(org: OrgSettings, p: EventListParams, limit: number): Promise<EventListQuery> {
    const scope = await this.reports.scope(org, p);
    const params: unknown[] = [];
    const where = this.engine.filterClauses(scope.filters, undefined, params);
    const { from, to } = scope.range;
    return { orgId: org.id, from, to, filters: { where, params }, review: p.review, after: decodePosition(p.cursor), limit };
  }

  private async page(q: EventListQuery): Promise<{ rows: StoredEvent[]; next_cursor: string | null }> {
    // Through the reports' runner: off the ingest connection (SQLite worker threads), fair between orgs, bounded.
    const { sql, params } = listSql(q);
    const rows = await this.queries.all<Record<string, unknown>>(q.orgId, sql, params);
    return eventPage(rows.map(storedEvent), q.limit);
  }

  async list(org: OrgSettings, p: EventListParams) {
    const page = await this.page(await this.query(org, p, p.limit ?? 100));
    return { data: page.rows.map((e) => eventResponse(e, org)), next_cursor: page.next_cursor };
  }

  /** Every matching event as CSV, read a page at a time as the client consumes it. */
  async csv(org: OrgSettings, p: EventListParams): Promise<Readable> {
    const first = await this.query(org, { ...p, cursor: undefined }, CSV_PAGE);
    const page = (q: EventListQuery) => this.page(q);
    async function* lines() {
      yield toCsv(EVENT_CSV_COLUMNS, []);
      let q = first;
      for (;;) {
        const { rows: events, next_cursor } = await page(q);
        if (events.length) yield toCsv(EVENT_CSV_COLUMNS, events.map(eventCsvRecord)).replace(/^[^\r]*\r\n/, '');
        if (next_cursor === null) return;
        q = { ...q, after: positionOf(events[events.length - 1]) };
      }
    }
    return Readable.from(lines());
  }

  async get(org: OrgSettings, eventId: string) {
    const row = await this.db.get<Record<string, unknown>>(READ_EVENT, [org.id, eventId]);
    if (!row) throw eventNotFound(eventId);
    return eventResponse(storedEvent(row), org);
  }

  review(auth: AuthContext, eventId: string, decision: ReviewDecision, note: string | null, now = Date.now()): Promise<ReviewResult> {
    return this.store.review({ orgId: auth.org.id, eventId, decision, note, keyId: auth.keyId, now });
  }

  /** Each id on its own transaction, in order: one id's conflict never undoes another's review. */
  async reviewMany(auth: AuthContext, ids: string[], decision: ReviewDecision, note: string | null) {
    const results: Schema<'BulkReviewResult'>[] = [];
    for (const id of ids) {
      const result = await this.review(auth, id, decision, note);
      results.push(
        result.status === 200
          ? { event_id: id, status: 200, event: eventResponse(result.event, auth.org) }
          : { event_id: id, status: result.status, error: result.error.toBody().error },
      );
    }
    const count = (status: number) => results.filter((r) => r.status === status).length;
    return { results, summary: { reviewed: count(200), conflicts: count(409), not_found: count(404) } };
  }
}
