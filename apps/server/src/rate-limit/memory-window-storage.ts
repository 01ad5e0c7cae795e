import type { ThrottlerStorage } from '@nestjs/throttler';

interface Window {
  start: number;
  hits: number;
}

/**
 * Fixed-window counters in one Map, with no timer per hit (a timer per hit pins memory under a flood):
 * a window is replaced when a hit finds it over, and a sweep drops idle keys now and then.
 */
export class MemoryWindowStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();
  private nextSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, _name: string) {
    const now = this.now();
    if (now >= this.nextSweep) this.sweep(now, ttl);
    const start = now - (now % ttl);
    let window = this.windows.get(key);
    if (!window || window.start !== start) {
      window = { start, hits: 0 };
      this.windows.set(key, window);
    }
    window.hits++;
    const secondsLeft = Math.ceil((start + ttl - now) / 1000);
    const isBlocked = window.hits > limit;
    return { totalHits: window.hits, timeToExpire: secondsLeft, isBlocked, timeToBlockExpire: isBlocked ? secondsLeft : 0 };
  }

  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number, ttl: number): void {
    for (const [key, window] of this.windows) if (window.start + ttl <= now) this.windows.delete(key);
    this.nextSweep = now + Math.max(ttl, 10_000);
  }
}
