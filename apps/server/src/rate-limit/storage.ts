import type { ThrottlerStorage } from '@nestjs/throttler';
import { MemoryWindowStorage } from './memory-window-storage.js';
import { RedisWindowStorage } from './redis-window-storage.js';

export type RateLimitStorage = ThrottlerStorage & { connect?(): Promise<void>; close?(): Promise<void> };

/** Redis when HUMANHOURS_REDIS_URL is set (several processes share one budget), else this process's memory. */
export function createRateLimitStorage(redisUrl: string | null): RateLimitStorage {
  return redisUrl ? new RedisWindowStorage(redisUrl) : new MemoryWindowStorage();
}
