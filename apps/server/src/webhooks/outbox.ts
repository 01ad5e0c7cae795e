import type { Database } from '../db/database.js';
import type { DeliveryEventType } from './event-types.js';
import { newDeliveryId, newMessageId, outboxParams, payloadJson } from './subscriptions.js';
import { ENABLED_ENDPOINTS_SINCE, INSERT_DELIVERY_SQL } from './webhook.repository.js';

/** Statements run inside one transaction. */
export interface Tx {
  run(sql: string, params: unknown[]): Promise<number>;
  all<T = Record<string, any>>(sql: string, params: unknown[]): Promise<T[]>;
}

/** Runs `fn` in one transaction on either database (the scheduled jobs' claim and their outbox rows commit together). */
export function inTransaction<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const connection = db.orm.em.getConnection() as any;
  return connection.transactional(async (trx: unknown) => {
    const tx: Tx = {
      async run(sql, params) {
        const out = await connection.execute(sql, params, 'run', trx);
        return Number(out?.affectedRows ?? out?.changes ?? 0);
      },
      all: (sql, params) => connection.execute(sql, params, 'all', trx),
    };
    return fn(tx);
  });
}

/**
 * Queues one event for every enabled endpoint of the org subscribed to its type (and, when `existedAt` is given,
 * created by then: a digest goes to endpoints that existed when it was due). Returns how many rows it wrote.
 */
export async function enqueue(
  tx: Tx,
  orgId: string,
  type: DeliveryEventType,
  data: unknown,
  now: number,
  existedAt: number = Number.MAX_SAFE_INTEGER,
): Promise<number> {
  const endpoints = await tx.all<{ id: string; event_types: string; created_at: number }>(ENABLED_ENDPOINTS_SINCE, [orgId]);
  const targets = endpoints.filter((e) => e.event_types.split(',').includes(type) && e.created_at <= existedAt);
  if (!targets.length) return 0;
  const eventId = newMessageId();
  const payload = payloadJson(eventId, type, orgId, now, JSON.stringify(data));
  for (const e of targets)
    await tx.run(
      INSERT_DELIVERY_SQL,
      outboxParams({ id: newDeliveryId(), orgId, webhookId: e.id, eventId, type, payload, createdAt: now }),
    );
  return targets.length;
}
