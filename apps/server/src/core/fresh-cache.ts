import { LRUCache } from 'lru-cache';

/** Entries a cache holds at most by default: beyond it the least recently used goes (memory stays bounded). */
export const DEFAULT_MAX_ENTRIES = 10_000;

/**
 * Values by key, each kept `ttlMs` after it was loaded, with one load per expired key however many ask at once
 * (under load, every request arriving while an entry is expired would otherwise run the same query). `forget`
 * drops an entry and any load begun before it, whose result may predate the change: it is answered to those who
 * waited for it but not kept. A load answering null (nothing there) is shared but not kept either: whatever
 * appears is found by the next request. At most `maxEntries` are kept (lru-cache evicts the least recently used);
 * freshness is judged here against the caller's clock, so tests need no timers.
 */
export class FreshCache<K extends {}, V> {
  private readonly entries: LRUCache<K, { value: V; loadedAt: number }>;
  private readonly loading = new Map<K, Promise<V>>();

  constructor(
    private readonly ttlMs: number,
    maxEntries = DEFAULT_MAX_ENTRIES,
  ) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  /** The cached value when fresh; else the load already running for `key`, else `load()` (kept when it settles). */
  get(key: K, load: (previous: V | undefined) => Promise<V>, now = Date.now()): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && now - hit.loadedAt < this.ttlMs) return Promise.resolve(hit.value);
    const pending = this.loading.get(key);
    if (pending) return pending;
    const started: Promise<V> = load(hit?.value).then(
      (value) => {
        if (this.loading.get(key) === started) {
          this.loading.delete(key);
          if (value === null) this.entries.delete(key);
          else this.entries.set(key, { value, loadedAt: now });
        }
        return value;
      },
      (error: unknown) => {
        if (this.loading.get(key) === started) this.loading.delete(key);
        throw error;
      },
    );
    this.loading.set(key, started);
    return started;
  }

  /** Replaces the entry with a value known to be current (a change made through this process). */
  set(key: K, value: V, now = Date.now()): void {
    this.loading.delete(key);
    this.entries.set(key, { value, loadedAt: now });
  }

  forget(key: K): void {
    this.entries.delete(key);
    this.loading.delete(key);
  }

  /** Drops everything (after notifications may have been missed), loads under way included. */
  clear(): void {
    this.entries.clear();
    this.loading.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
