import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { Logger } from '@nestjs/common';
import type { DatabaseConfig } from '../config/config.js';
import { CacheListener } from './cache-listener.js';
import { CACHE_CHANNEL, SharedCaches } from './shared-caches.js';

type Row = Record<string, any>;

const CACHE_LOG = new Logger('SharedCaches');

/** The advisory lock key that serialises migrations across processes on one PostgreSQL database ("hhmigr"). */
export const MIGRATION_LOCK = 0x68686d6967;

/**
 * The database behind the server: the ORM for management paths, plus plain SQL for hot paths
 * (no unit of work per request). Parameters use `?` placeholders on both drivers.
 */
export class Database {
  /** The caches of this database's rows, invalidated across the processes sharing it (see shared-caches.ts). */
  readonly caches: SharedCaches;
  private listener: CacheListener | null = null;

  constructor(
    readonly orm: MikroORM,
    readonly kind: DatabaseConfig['kind'],
    cacheTtlMs = DEFAULT_CACHE_TTL_MS,
  ) {
    this.caches = new SharedCaches({
      ttlMs: cacheTtlMs,
      publish: kind === 'postgresql' ? (payload) => this.run('select pg_notify(?, ?)', [CACHE_CHANNEL, payload]) : undefined,
      warn: (message) => CACHE_LOG.warn(message),
    });
  }

  /**
   * PostgreSQL: listens for other processes' cache notices on a connection of its own (a server does; a CLI run
   * only publishes). Nothing to do on SQLite, where one process owns the file.
   */
  async listenForCacheNotices(url: string): Promise<void> {
    if (this.kind !== 'postgresql' || this.listener || this.closed) return;
    this.listener = new CacheListener(url, this.caches, CACHE_LOG);
    await this.listener.start();
  }

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
    await this.listener?.stop();
    await this.orm.close(true);
  }
}

/** How long a cached row is trusted without a notice: the bound while a process cannot listen. */
export const DEFAULT_CACHE_TTL_MS = 5_000;
