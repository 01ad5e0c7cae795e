// An event as read back from `events`: the row the ingest path wrote, plus its review record, and how the API
// shows it. Columns map to EventRow fields by name (event_id → eventId), from the one column list EVENT_FIELDS.

import type { Schema } from '@humanhours/contract';
import type { OrgSettings } from '../core/org-settings.js';
import { iso } from '../core/time.js';
import { fromMinor } from '../pricing/money.js';
import { EVENT_FIELDS, type EventRow, trackedEvent } from '../tracking/event-row.js';
import { type ReviewDecision, reviewedValue } from '../tracking/ingest-plan.js';

export interface Review {
  decision: ReviewDecision;
  note: string | null;
  reviewedAt: number;
  reviewedByKeyId: string;
}

export interface StoredEvent extends EventRow {
  review: Review | null;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const FIELDS = EVENT_FIELDS.map(([column, type]) => [column, camel(column), type] as const);

/** A row of `select * from events` on either database (SQLite answers JSON as text). */
export function storedEvent(row: Record<string, unknown>): StoredEvent {
  const event: Record<string, unknown> = {};
  for (const [column, field, type] of FIELDS) {
    const value = row[column];
    if (value === null || value === undefined) event[field] = null;
    else if (type === 'jsonb') event[field] = typeof value === 'string' ? JSON.parse(value) : value;
    else event[field] = value;
  }
  event.review =
    row.review_decision == null
      ? null
      : {
          decision: row.review_decision as ReviewDecision,
          note: (row.review_note as string | null) ?? null,
          reviewedAt: row.reviewed_at as number,
          reviewedByKeyId: String(row.reviewed_by_key_id),
        };
  return event as unknown as StoredEvent;
}

export type ReviewState = Schema<'ReviewState'>;

export function reviewState(e: StoredEvent): ReviewState | null {
  if (e.outcome !== 'needs_review') return null;
  return e.review?.decision ?? 'pending';
}

/** The value reports count the event at (see ReportEngine's sums and the org's pending_review_valuation). */
export function countedValue(e: StoredEvent, org: OrgSettings) {
  if (reviewState(e) === 'pending' && org.pendingReviewValuation === 'zero') return reviewedValue(e, 'rejected');
  return reviewedValue(e, e.review?.decision ?? null);
}

/** The Event of the spec. */
export function eventResponse(e: StoredEvent, org: OrgSettings): Schema<'Event'> {
  const money = (minor: number) => fromMinor(minor, e.currency);
  const value = (v: { hoursSavedMilli: number; costSavedMinor: number; netSavedMinor: number }) => ({
    hours_saved: v.hoursSavedMilli / 1000,
    cost_saved: money(v.costSavedMinor),
    net_saved: money(v.netSavedMinor),
  });
  return {
    ...trackedEvent(e),
    audit_sample: e.auditSample,
    review_state: reviewState(e),
    review: e.review && {
      decision: e.review.decision,
      note: e.review.note,
      reviewed_at: iso(e.review.reviewedAt)!,
      reviewed_by_key_id: e.review.reviewedByKeyId,
    },
    full_credit: e.outcome === 'needs_review' ? value(reviewedValue(e, 'approved')) : null,
    counted: value(countedValue(e, org)),
  };
}

export type EventResponse = ReturnType<typeof eventResponse>;

/** The CSV columns of GET /v1/events?format=csv: the scalar fields, the review record, metadata as JSON. */
export const EVENT_CSV_COLUMNS = [
  ...Object.entries(trackedEvent(storedEvent({ currency: 'EUR', occurred_at: 0, received_at: 0, cost_source: 'none' })))
    .filter(([, v]) => v === null || typeof v !== 'object')
    .map(([k]) => k)
    .filter((k) => k !== 'metadata' && k !== 'resolved_pricing'),
  'review_decision',
  'reviewed_at',
  'reviewed_by_key_id',
  'review_note',
  'metadata',
];

export function eventCsvRecord(e: StoredEvent): Record<string, unknown> {
  return {
    ...trackedEvent(e),
    review_decision: e.review?.decision ?? null,
    reviewed_at: iso(e.review?.reviewedAt),
    reviewed_by_key_id: e.review?.reviewedByKeyId ?? null,
    review_note: e.review?.note ?? null,
    metadata: e.metadata === null ? null : JSON.stringify(e.metadata),
  };
}
