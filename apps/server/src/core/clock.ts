/**
 * What time it is, for everything scheduled (webhook retries, digests, alert evaluation, usage thresholds): one
 * injectable clock, so tests set and advance time instead of sleeping.
 */
export interface Clock {
  now(): number;
}

/** Injection token of the scheduling clock (a SettableClock). */
export const CLOCK = Symbol('CLOCK');

/** The system time until a test sets it; from then on, only what the test says. */
export class SettableClock implements Clock {
  private fixed: number | null = null;

  now(): number {
    return this.fixed ?? Date.now();
  }

  set(ms: number): void {
    this.fixed = ms;
  }

  advance(ms: number): void {
    this.fixed = this.now() + ms;
  }
}
