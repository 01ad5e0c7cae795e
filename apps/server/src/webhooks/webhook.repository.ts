// The SQL of the webhook endpoints and their deliveries (the outbox): every statement of the webhooks domain beyond
// the endpoints' ORM calls in webhook.service.ts. The ingest path writes deliveries with INSERT_DELIVERY_SQL, in the
// event's own transaction.

/** The orgs with an enabled endpoint, as `org_id` rows (a part of the scheduler's union). */
export const ORGS_WITH_ENABLED_ENDPOINTS = 'select org_id from webhook_endpoints where enabled = true';

/** A new delivery (parameters: `outboxParams` in subscriptions.ts). */
export const INSERT_DELIVERY_SQL = `insert into webhook_deliveries (id, org_id, webhook_id, event_id, event_type, payload, status,
  attempts, next_attempt_at, lease_until, last_status_code, last_error, response_excerpt, last_attempt_at, delivered_at, created_at)
  values (?, ?, ?, ?, ?, ?, 'pending', 0, ?, null, null, null, null, null, null, ?)`;

/** The org's enabled endpoints and the event types each subscribes to. */
export const ENABLED_ENDPOINTS = 'select id, event_types from webhook_endpoints where org_id = ? and enabled = true';

/** The same, with when each was created (an event older than an endpoint is not sent to it). */
export const ENABLED_ENDPOINTS_SINCE = 'select id, event_types, created_at from webhook_endpoints where org_id = ? and enabled = true';

export const SIGNING_SET =
  'select url, secret_sealed, previous_secret_sealed, previous_secret_expires_at from webhook_endpoints where id = ?';

export const DELIVERY_SUCCEEDED = `update webhook_deliveries set status = 'succeeded', lease_until = null, next_attempt_at = null, last_status_code = ?,
         last_error = null, response_excerpt = ?, last_attempt_at = ?, delivered_at = ? where id = ?`;

export const ENDPOINT_SUCCEEDED = 'update webhook_endpoints set consecutive_failures = 0 where id = ?';

/** A failed attempt: pending again at next_attempt_at, or failed for good (next_attempt_at null). */
export const DELIVERY_FAILED = `update webhook_deliveries set status = ?, lease_until = null, next_attempt_at = ?, last_status_code = ?, last_error = ?,
       response_excerpt = ?, last_attempt_at = ? where id = ?`;

export const DELETE_DELIVERIES_OF_ENDPOINT = 'delete from webhook_deliveries where webhook_id = ?';

/** Sends a delivery again now, with the same id and a fresh attempt schedule. */
export const REDELIVER = `update webhook_deliveries set status = 'pending', attempts = 0, next_attempt_at = ?, lease_until = null
       where id = ? and webhook_id = ? and org_id = ?`;

export const READ_DELIVERY = 'select * from webhook_deliveries where id = ? and webhook_id = ? and org_id = ?';

/**
 * Leases up to `batch` due deliveries of enabled endpoints: a new one (next_attempt_at 0) or a retry whose time came,
 * one range of the (status, next_attempt_at) index. `skipLocked` lets PostgreSQL workers pass each other's rows.
 */
export const claimDeliveriesSql = (batch: number, skipLocked: string) =>
  `update webhook_deliveries set lease_until = ?, attempts = attempts + 1
       where id in (select d.id from webhook_deliveries d join webhook_endpoints e on e.id = d.webhook_id
         where d.status = 'pending' and d.next_attempt_at <= ? and (d.lease_until is null or d.lease_until < ?) and e.enabled = true
         order by d.next_attempt_at limit ${batch} ${skipLocked})
       returning id, org_id, webhook_id, event_type, payload, attempts`;

/**
 * Counts a failure of the endpoint and disables it at `disabledAfter` in a row. Every SET expression reads the row
 * as it was, so both tests see the count before this failure.
 */
export const endpointFailedSql = (disabledAfter: number) =>
  `update webhook_endpoints set consecutive_failures = consecutive_failures + 1,
         disabled_at = case when enabled = true and consecutive_failures + 1 >= ${disabledAfter} then ? else disabled_at end,
         enabled = case when consecutive_failures + 1 >= ${disabledAfter} then false else enabled end
       where id = ? returning enabled`;

/** A page of an endpoint's deliveries, newest first (`after`: before an id). */
export const deliveriesPageSql = (after: boolean) =>
  `select * from webhook_deliveries where webhook_id = ? and org_id = ? ${after ? 'and id < ?' : ''} order by id desc limit ?`;
