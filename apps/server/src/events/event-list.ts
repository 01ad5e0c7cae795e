// The events list's query: the reports' filters and range, newest first by (occurred_at, event_id), keyset-paged so
// that every page is an index range (see the indexes on EventSchema) however deep it is.
import type { Schema } from '@humanhours/contract';
import { decodeCursor, keysetPage } from '../core/cursor.js';
import { listEventsSql } from '../event-store/event.repository.js';
import { type EventFilters, PENDING } from '../reports/report-engine.js';
import type { StoredEvent } from './stored-event.js';

export type ReviewFilter = Schema<'ReviewState'>;

export interface EventListQuery {
  orgId: string;
  from: number;
  to: number;
  /** SQL conditions of the filters and their parameters (ReportEngine.filterClauses). */
  filters: { where: string[]; params: unknown[] };
  review?: ReviewFilter;
  after: Position | null;
  limit: number;
}

/** The sort key of the last event of a page. */
export type Position = [occurredAt: number, eventId: string];

export function listSql(q: EventListQuery): { sql: string; params: unknown[] } {
  const where = ['org_id = ?', 'occurred_at >= ?', 'occurred_at < ?', ...q.filters.where];
  const params: unknown[] = [q.orgId, q.from, q.to, ...q.filters.params];
  if (q.review === 'pending') where.push(PENDING);
  else if (q.review !== undefined) {
    where.push("outcome = 'needs_review' and review_decision = ?");
    params.push(q.review);
  }
  if (q.after) {
    where.push('(occurred_at, event_id) < (?, ?)');
    params.push(...q.after);
  }
  // One more than the page: whether there is a next page, without counting.
  const sql = listEventsSql(where, q.limit + 1);
  return { sql, params };
}

export function positionOf(e: StoredEvent): Position {
  return [e.occurredAt, e.eventId];
}

/** (occurred_at, event_id) of the last event of a page. */
const EVENT_CURSOR = ['time', 'id'] as const;

/** One page of the list, from the `limit + 1` rows its query read. */
export const eventPage = (rows: StoredEvent[], limit: number) => keysetPage(rows, limit, EVENT_CURSOR, positionOf);

export const decodePosition = (cursor: string | undefined): Position | null => decodeCursor(cursor, EVENT_CURSOR);

export type { EventFilters };
