import { randomUUID } from 'node:crypto';
import { DEFAULT_MAX_ENTRIES, FreshCache } from '../core/fresh-cache.js';

/** The PostgreSQL channel every instance on one database listens on for "drop this cache entry". */
export const CACHE_CHANNEL = 'humanhours_cache';

/** The names of the caches kept from database rows; a notification names one and a key. */
export type CacheName = 'api-keys' | 'orgs' | 'task-types' | 'agent-rates' | 'webhook-subscriptions' | 'webhook-signing';

export interface SharedCachesOptions {
  /** How long an entry is trusted without a notification (and while the listener is disconnected). */
  ttlMs: number;
  maxEntries?: number;
  /** Tells the other instances (PostgreSQL: pg_notify through the pool); absent on SQLite (one process). */
  publish?: (payload: string) => Promise<void>;
  warn?: (message: string) => void;
}

interface Notice {
  from: string;
  cache: CacheName;
  key: string;
}

/**
 * The caches of database rows (API keys, org settings, task types, agent rates, webhook endpoints), each bounded, with invalidation
 * across the processes sharing the database: a change made here drops the entry here at once and is published
 * (PostgreSQL NOTIFY, sent after the change committed); every other process drops it when the notice arrives. While
 * a process cannot listen, its entries still expire after `ttlMs`, and everything is dropped when it listens again,
 * since notices sent meanwhile are lost.
 */
export class SharedCaches {
  private readonly caches = new Map<CacheName, FreshCache<string, unknown>>();
  /** Tells this process's own notices (echoed back by PostgreSQL) from others'. */
  private readonly instance = randomUUID();

  constructor(private readonly options: SharedCachesOptions) {}

  create<V>(name: CacheName): FreshCache<string, V> {
    const cache = new FreshCache<string, V>(this.options.ttlMs, this.options.maxEntries ?? DEFAULT_MAX_ENTRIES);
    this.caches.set(name, cache as FreshCache<string, unknown>);
    return cache;
  }

  /** Drops the entry here and in every other process. Call after the change committed. */
  async invalidate(name: CacheName, key: string): Promise<void> {
    this.caches.get(name)?.forget(key);
    await this.publish(name, key);
  }

  /** Drops the entry in every other process (this one already holds the new value). Never throws: the change is made. */
  async publish(name: CacheName, key: string): Promise<void> {
    if (!this.options.publish) return;
    const notice: Notice = { from: this.instance, cache: name, key };
    try {
      await this.options.publish(JSON.stringify(notice));
    } catch (err) {
      this.options.warn?.(`could not notify other instances of a ${name} change (they see it within the TTL): ${(err as Error).message}`);
    }
  }

  /** A notice from the channel; malformed or own ones are ignored. */
  receive(payload: string): void {
    let notice: Partial<Notice>;
    try {
      notice = JSON.parse(payload);
    } catch {
      return;
    }
    if (notice.from === this.instance || typeof notice.key !== 'string' || typeof notice.cache !== 'string') return;
    this.caches.get(notice.cache)?.forget(notice.key);
  }

  clear(): void {
    for (const cache of this.caches.values()) cache.clear();
  }
}
