// The SQL of the events table (and its idempotency claims) outside the write path: every domain that reads or
// trims stored events calls it. The write path (tracking/ingest-plan.ts and the ingest stores, events/review-plan.ts)
// and the report engine's SELECTs are the documented exceptions (docs/architecture.md).
import type { Database } from '../db/database.js';

/** One stored event, every column (`storedEvent` turns the row into an event). */
export const READ_EVENT = 'select * from events where org_id = ? and event_id = ?';

/**
 * Claims the review of a needs_review event. The condition is the claim: of two concurrent reviews one changes the
 * row, the other changes nothing (PostgreSQL re-checks it on the row the winner committed).
 */
export const CLAIM_REVIEW = `update events set review_decision = ?, review_note = ?, reviewed_at = ?, reviewed_by_key_id = ?
  where org_id = ? and event_id = ? and outcome = 'needs_review' and review_decision is null`;

/** Whether the org has tracked any event (`found` when it has); run inside the caller's transaction. */
export const ORG_HAS_EVENTS = 'select 1 as found from events where org_id = ? limit 1';

/** The org's earliest event still kept, as a scalar subquery (its one parameter is the org id). */
export const FIRST_EVENT_AT = 'select min(occurred_at) from events where org_id = ?';

/** A page of events matching `where` (AND-ed conditions), newest first. */
export const listEventsSql = (where: string[], limit: number) =>
  `select * from events where ${where.join(' and ')} order by occurred_at desc, event_id desc limit ${limit}`;

/** SQLite's retention: deletes up to `chunk` events that occurred before the parameter; one row per event gone. */
export const deleteEventsBeforeSql = (chunk: number) =>
  `delete from events where rowid in (select rowid from events where occurred_at < ? limit ${chunk}) returning 1 as gone`;

/** Each org's events received in [start, end). */
export async function eventCountsReceived(db: Database, orgIds: string[], start: number, end: number) {
  return db.all<{ org_id: string; n: number }>(
    `select org_id, count(*) as n from events where org_id in (${orgIds.map(() => '?').join(', ')})
        and received_at >= ? and received_at < ? group by org_id`,
    [...orgIds, start, end],
  );
}

/** Forgets the idempotency claims created before `before`. */
export function purgeIdempotencyKeys(db: Database, before: number): Promise<void> {
  return db.run('delete from idempotency_keys where created_at < ?', [before]);
}
