import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { MemoryWindowStorage } from './memory-window-storage.js';

// One atomic step per hit: count it, start the window on the first hit (Redis's clock, so servers with skewed
// clocks still share one window), and report the hits and the milliseconds left.
const HIT = `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {hits, ttl}`;

/**
 * Fixed-window counters in Redis, shared by every server process on it. If Redis cannot answer within
 * `timeoutMs`, a hit is counted in this process's memory instead: a limiter outage must not stop ingestion.
 */
export class RedisWindowStorage implements ThrottlerStorage {
  private readonly redis: Redis;
  private readonly fallback = new MemoryWindowStorage();
  private readonly logger = new Logger('RateLimit');
  private degradedSince = 0;

  constructor(url: string, timeoutMs = 250) {
    this.redis = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: timeoutMs,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    this.redis.on('error', () => {}); // reported per failed hit below, not per reconnect attempt
    this.redis.defineCommand('hhHit', { numberOfKeys: 1, lua: HIT });
  }

  /**
   * Connects before the server takes requests, so the first burst is counted in Redis rather than per process.
   * A Redis that does not answer at start-up is reported, not fatal: hits are counted per process meanwhile.
   */
  async connect(timeoutMs = 5_000): Promise<void> {
    try {
      await Promise.race([
        this.redis.connect(),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs).unref()),
      ]);
    } catch (err) {
      this.degradedSince = Date.now();
      this.logger.warn(`Redis is not reachable at start-up (${(err as Error).message}): counting rate limits per process until it is`);
    }
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, name: string) {
    try {
      const [hits, pttl] = (await (this.redis as any).hhHit(`hh:rl:${name}:${key}`, ttl)) as [number, number];
      if (this.degradedSince) {
        this.logger.log('Redis answers again: rate limits are shared across processes');
        this.degradedSince = 0;
      }
      const secondsLeft = Math.max(1, Math.ceil(pttl / 1000));
      const isBlocked = hits > limit;
      return { totalHits: hits, timeToExpire: secondsLeft, isBlocked, timeToBlockExpire: isBlocked ? secondsLeft : 0 };
    } catch (err) {
      if (!this.degradedSince) {
        this.degradedSince = Date.now();
        this.logger.warn(`Redis did not answer (${(err as Error).message}): counting rate limits per process until it does`);
      }
      return this.fallback.increment(key, ttl, limit, blockDuration, name);
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
