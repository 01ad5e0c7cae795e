// What reviewing a needs_review event means, written once, as statements both databases run in one transaction
// (the pattern of tracking/ingest-plan.ts): claim the review on the event row, or find out why not; then move the
// event's rollup rows by the difference between its reviewed and its tracked contribution. The contribution comes
// from the ingest path's own definitions (rollupSums, the rollup keys, ROLLUPS), so a review can never
// disagree with how the event was rolled up. The monthly event count (org_usage) is not touched: usage-neutral.
import { ApiError } from '../core/api-error.js';
import { CLAIM_REVIEW, READ_EVENT } from '../event-store/event.repository.js';
import { ROLLUP_COLUMNS } from '../reports/summed-metrics.js';
import {
  dailyClientModelRollupKey,
  dailyRollupKey,
  type ReviewDecision,
  ROLLUPS,
  rollupKey,
  rollupSums,
  type Sql,
  type SqlResult,
} from '../tracking/ingest-plan.js';
import { type StoredEvent, storedEvent } from './stored-event.js';

export type ReviewResult = { status: 200; event: StoredEvent } | { status: 404 | 409; error: ApiError };

export interface ReviewInput {
  orgId: string;
  eventId: string;
  decision: ReviewDecision;
  note: string | null;
  keyId: string;
  now: number;
}

/** Moves one rollup row by a difference (the row exists: the event was rolled up into it). */
const moveRollup = ({ table, keys }: { table: string; keys: readonly string[] }) =>
  `update ${table} set ${ROLLUP_COLUMNS.map((c) => `${c} = ${c} + ?`).join(', ')} where ${keys.map((k) => `${k} = ?`).join(' and ')}`;
const MOVE_HOURLY = moveRollup(ROLLUPS.hourly);
const MOVE_DAILY = moveRollup(ROLLUPS.daily);
const MOVE_DAILY_CLIENT_MODEL = moveRollup(ROLLUPS.dailyClientModel);

export const eventNotFound = (eventId: string) =>
  new ApiError('not_found', `No event ${eventId} in this org`, { hint: 'Use an event_id from POST /v1/track or GET /v1/events' });

export function* reviewSteps(r: ReviewInput): Generator<Sql, ReviewResult, SqlResult> {
  const claim = [r.decision, r.note, r.now, r.keyId, r.orgId, r.eventId];
  // The loser of two concurrent claims then reads what the winner decided.
  const claimed = (yield { sql: CLAIM_REVIEW, params: claim, mode: 'run' }).changes === 1;
  const row = (yield { sql: READ_EVENT, params: [r.orgId, r.eventId], mode: 'get' }).row;
  if (!row) return { status: 404, error: eventNotFound(r.eventId) };
  const event = storedEvent(row);
  if (!claimed) {
    if (event.outcome !== 'needs_review') {
      return {
        status: 409,
        error: new ApiError('not_reviewable', `Event ${r.eventId} is ${event.outcome}, not needs_review`, {
          hint: 'Only needs_review events wait for a review; list them with GET /v1/events?review=pending',
        }),
      };
    }
    if (event.review?.decision === r.decision) return { status: 200, event };
    return {
      status: 409,
      error: new ApiError('already_reviewed', `Event ${r.eventId} was already ${event.review?.decision}`, {
        hint: 'Reviews are final; the review record is in GET /v1/events/{event_id}',
      }),
    };
  }
  const before = rollupSums(event, null);
  const difference = rollupSums(event, r.decision).map((sum, i) => sum - before[i]);
  yield { sql: MOVE_HOURLY, params: [...difference, ...rollupKey(event)], mode: 'run' };
  yield { sql: MOVE_DAILY, params: [...difference, ...dailyRollupKey(event)], mode: 'run' };
  yield { sql: MOVE_DAILY_CLIENT_MODEL, params: [...difference, ...dailyClientModelRollupKey(event)], mode: 'run' };
  return { status: 200, event };
}
