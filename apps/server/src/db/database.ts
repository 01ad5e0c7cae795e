import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { DatabaseConfig } from '../config/config.js';

type Row = Record<string, any>;

/** The advisory lock key that serialises migrations across processes on one PostgreSQL database ("hhmigr"). */
const MIGRATION_LOCK = 0x68686d6967;

/**
 * The database behind the server: the ORM for management paths, plus plain SQL for hot paths
 * (no unit of work per request). Parameters use `?` placeholders on both drivers.
 */
export class Database {
  constructor(
    readonly orm: MikroORM,
    readonly kind: DatabaseConfig['kind'],
  ) {}

  /** A fresh EntityManager for one unit of work. */
  em(): EntityManager {
    return this.orm.em.fork();
  }

  async all<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.orm.em.getConnection().execute(sql, params, 'all')) as T[];
  }

  async get<T = Row>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return (await this.orm.em.getConnection().execute(sql, params, 'get')) as T | undefined;
  }

  async run(sql: string, params: unknown[] = []): Promise<void> {
    await this.orm.em.getConnection().execute(sql, params, 'run');
  }

  /** False once closed (so /readyz turns 503 during a graceful shutdown) or when a query fails. */
  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      await this.get('select 1 as ok');
      return true;
    } catch {
      return false;
    }
  }

  async migrate(): Promise<string[]> {
    if (this.kind !== 'postgresql') return (await this.orm.migrator.up()).map((m) => m.name);
    // Several instances may start at once: one migrates while the others wait on a session advisory lock, then
    // find nothing left to do.
    const pool = (await this.orm.em.getConnection().getNativeClient()) as import('pg').Pool;
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      return (await this.orm.migrator.up()).map((m) => m.name);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.orm.close(true);
  }
}
