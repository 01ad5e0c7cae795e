import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { ApiError } from '../http/api-error.js';

/** Failed admin-token attempts one client address may make per window before it is refused for the rest of it. */
export const ADMIN_FAILURES_PER_WINDOW = 10;
export const ADMIN_FAILURE_WINDOW_MS = 60_000;
/** Addresses remembered at most: a flood from many addresses costs bounded memory (the oldest are forgotten). */
export const ADMIN_ADDRESSES_TRACKED = 10_000;

/**
 * Guessing the operator token is throttled per client address: after 10 failures in a minute, every admin request
 * from that address answers 429 until the minute is over, the right token included (so a guess inside the block
 * learns nothing).
 */
@Injectable()
export class AdminAttempts {
  private readonly failures = new LRUCache<string, { count: number; until: number }>({ max: ADMIN_ADDRESSES_TRACKED });

  constructor(private readonly now: () => number = Date.now) {}

  /** Throws 429 rate_limited while the address is blocked. */
  check(address: string): void {
    const entry = this.failures.get(address);
    if (!entry) return;
    const now = this.now();
    if (entry.until <= now) {
      this.failures.delete(address);
      return;
    }
    if (entry.count < ADMIN_FAILURES_PER_WINDOW) return;
    const retryAfter = Math.max(1, Math.ceil((entry.until - now) / 1000));
    throw new ApiError('rate_limited', `Too many failed admin-token attempts from this address`, {
      hint: `Retry after ${retryAfter} s with the operator's HUMANHOURS_ADMIN_TOKEN`,
      headers: { 'retry-after': String(retryAfter) },
    });
  }

  recordFailure(address: string): void {
    const now = this.now();
    const entry = this.failures.get(address);
    if (entry && entry.until > now) entry.count++;
    else this.failures.set(address, { count: 1, until: now + ADMIN_FAILURE_WINDOW_MS });
  }

  get size(): number {
    return this.failures.size;
  }
}
