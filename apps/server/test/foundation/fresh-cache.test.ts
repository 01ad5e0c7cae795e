import { describe, expect, it } from 'vitest';
import { FreshCache } from '../../src/core/fresh-cache.js';
import { SharedCaches } from '../../src/db/shared-caches.js';

/** A load that settles when told to, counting how often it ran. */
function gate<V>(value: V) {
  let runs = 0;
  let open!: () => void;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return {
    load: async () => {
      runs++;
      await opened;
      return value;
    },
    open: () => open(),
    runs: () => runs,
  };
}

describe('FreshCache', () => {
  it('shares one load among concurrent misses, then answers from memory until the entry expires', async () => {
    const cache = new FreshCache<string, number>(5_000);
    const g = gate(7);
    const waiting = Array.from({ length: 50 }, () => cache.get('org', g.load, 1_000));
    g.open();
    expect(await Promise.all(waiting)).toEqual(Array(50).fill(7));
    expect(g.runs()).toBe(1);
    expect(await cache.get('org', g.load, 5_999)).toBe(7);
    expect(g.runs()).toBe(1);
    await cache.get('org', g.load, 6_000); // expired: one refresh
    expect(g.runs()).toBe(2);
  });

  it('does not keep a load begun before forget(), nor a null', async () => {
    const cache = new FreshCache<string, number | null>(5_000);
    const stale = gate(1);
    const before = cache.get('k', stale.load, 0);
    cache.forget('k');
    stale.open();
    expect(await before).toBe(1);
    expect(await cache.get('k', async () => 2, 1)).toBe(2);
    const missing = new FreshCache<string, number | null>(5_000);
    let loads = 0;
    const none = async () => {
      loads++;
      return null;
    };
    await missing.get('k', none, 0);
    await missing.get('k', none, 1);
    expect(loads).toBe(2);
  });

  it('passes the expired value to the refresh and keeps a failed load from sticking', async () => {
    const cache = new FreshCache<string, number>(10);
    await cache.get('k', async () => 1, 0);
    expect(await cache.get('k', async (previous) => (previous ?? 0) + 1, 20)).toBe(2);
    await expect(cache.get('k', async () => Promise.reject(new Error('down')), 40)).rejects.toThrow('down');
    expect(await cache.get('k', async () => 3, 41)).toBe(3);
  });
});

describe('FreshCache bound and SharedCaches notices', () => {
  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const cache = new FreshCache<string, number>(5_000, 2);
    const loads: string[] = [];
    const load = (key: string) => async () => {
      loads.push(key);
      return key.length;
    };
    for (const key of ['a', 'bb', 'ccc']) await cache.get(key, load(key), 0);
    expect(cache.size).toBe(2);
    await cache.get('a', load('a'), 1);
    expect(loads).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('drops an entry on another instance’s notice, ignores its own and malformed ones', async () => {
    const sent: string[] = [];
    const here = new SharedCaches({ ttlMs: 600_000, publish: async (p) => void sent.push(p) });
    const there = new SharedCaches({ ttlMs: 600_000 });
    const cached = there.create<number>('orgs');
    const mine = here.create<number>('orgs');
    cached.set('org_1', 1, 0);
    mine.set('org_1', 1, 0);
    await here.publish('orgs', 'org_1');
    here.receive(sent[0]); // PostgreSQL echoes a notice to its sender: kept
    expect(await mine.get('org_1', async () => 2, 1)).toBe(1);
    there.receive('not json');
    there.receive(JSON.stringify({ from: 'x', cache: 'orgs' }));
    expect(await cached.get('org_1', async () => 2, 1)).toBe(1);
    there.receive(sent[0]);
    expect(await cached.get('org_1', async () => 2, 1)).toBe(2);
  });
});
