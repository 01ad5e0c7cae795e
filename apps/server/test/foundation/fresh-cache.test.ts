import { describe, expect, it } from 'vitest';
import { FreshCache } from '../../src/core/fresh-cache.js';

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
