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
