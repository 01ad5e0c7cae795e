import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in a transaction on one pooled PostgreSQL connection: committed when it resolves, rolled back when it
 * throws. A connection whose rollback failed is released as broken (the pool discards it).
 */
export async function pgTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: unknown;
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch((e: unknown) => {
      broken = e;
    });
    throw error;
  } finally {
    client.release(broken as Error | undefined);
  }
}

// deadlock_detected, serialization_failure: the transaction was rolled back whole and can simply run again.
const RETRYABLE = new Set(['40P01', '40001']);

/** Runs a whole transaction again after a deadlock or a serialization failure, up to `attempts` times. */
export async function retriedOnConflict<T>(transaction: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !RETRYABLE.has((error as { code?: string }).code ?? '')) throw error;
    }
  }
}
