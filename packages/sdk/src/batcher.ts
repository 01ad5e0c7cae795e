import {
  APIError,
  ClientClosedError,
  errorFor,
  type HumanHoursError,
  InvalidEventError,
  InvalidResponseError,
  QueueFullError,
  retryAfterMs,
  ShutdownTimeoutError,
} from './errors.js';
import { operations } from './generated/api-operations.js';
import { type AbortSignalLike, runtimeGlobals } from './globals.js';
import { type Http, isRetryable, newIdempotencyKey, sleep, unrefTimer } from './http.js';
import type { Logger } from './logger.js';
import type { TrackBatchItem, TrackBatchResponse } from './types.js';

/**
 * Told, once per event, about every enqueued event that will never be stored: refused at enqueue (full queue, closed
 * client, an unserialisable or oversized event), rejected for good by the server (422, 409, 401, 403, 429
 * `quota_exceeded`…), or still unacknowledged at the shutdown deadline. Failures that a retry may fix (network,
 * timeouts, 5xx, 429 `rate_limited`) are not final: those events stay queued. `events` carry their idempotency keys,
 * so sending them again can never double count.
 */
export type ErrorHandler = (error: HumanHoursError, events: TrackBatchItem[]) => void;

export interface BatchOptions {
  flushAt: number;
  flushInterval: number;
  maxQueueSize: number;
  maxInFlight: number;
  shutdownTimeout: number;
  /** Whether enqueue() may start sends and timers by itself; off on workerd and Vercel Edge. */
  autoFlush: boolean;
  requestTimeout: number;
  onError: ErrorHandler | undefined;
  logger: Logger;
}

export interface BatchStats {
  /** Events waiting to be sent (including those waiting to be retried). */
  queued: number;
  /** Events in requests not answered yet. */
  inFlight: number;
  /** Events the server acknowledged (created, or replayed after a lost answer). */
  delivered: number;
  /** Events reported to onError after enqueue accepted them. */
  failed: number;
  /** Events refused at enqueue (full queue, closed client, invalid event), also reported to onError. */
  dropped: number;
  /** Batches that failed in a way worth retrying and went back to the queue. */
  retried: number;
}

/** What one flush() did. */
export interface FlushResult {
  delivered: number;
  failed: number;
  /** Still pending afterwards: waiting for a retry after a retryable failure, or enqueued meanwhile. */
  queued: number;
}

/** What shutdown() did; `remaining` events were reported to onError with a ShutdownTimeoutError. */
export interface ShutdownResult {
  delivered: number;
  failed: number;
  remaining: number;
}

interface Queued {
  item: TrackBatchItem;
  /** Serialised at enqueue: a later change to the caller's object cannot alter what is sent, or what a retry resends. */
  json: string;
  bytes: number;
  /** Enqueue order: retried events go back in it. */
  order: number;
  /** The send round it was last sent in. */
  round: number;
}

interface InFlight {
  events: Queued[];
  abort: () => void;
  settled: Promise<void>;
  startedAt: number;
  /** The flush() that started it, or undefined for a background send. */
  owner: object | undefined;
  /** Given up on (shutdown deadline, or stale on an edge runtime): its late answer is ignored. */
  superseded: boolean;
}

const MAX_BATCH_EVENTS = 1000;
const MAX_BATCH_BYTES = 1024 * 1024 - 64; // the server's 1 MB body limit, less `{"events":[]}`
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 5_000;
const SHUTDOWN_BACKOFF_CAP_MS = 1_000;
const encoder = new TextEncoder();

export class Batcher {
  private queue: Queued[] = [];
  private readonly inFlight = new Set<InFlight>();
  private inFlightEvents = 0;
  private order = 0;
  private round = 0;
  private failures = 0;
  private retryAt = 0;
  private lastFailureAt = 0;
  private timer: unknown;
  private closing: Promise<ShutdownResult> | undefined;
  private overflow: { dropped: number } | undefined;
  private exitHook: (() => void) | undefined;
  private counts = { delivered: 0, failed: 0, dropped: 0, retried: 0 };

  constructor(
    private readonly http: Http,
    private readonly options: BatchOptions,
  ) {}

  get stats(): BatchStats {
    return { queued: this.queue.length, inFlight: this.inFlightEvents, ...this.counts };
  }

  get closed(): boolean {
    return this.closing !== undefined;
  }

  private get pending(): number {
    return this.queue.length + this.inFlightEvents;
  }

  /** Queues one event and returns its idempotency key, or undefined when refused (then onError has been told why). */
  enqueue(event: TrackBatchItem): string | undefined {
    try {
      if (this.closed) return this.refuse(new ClientClosedError('The client is shut down: event refused'), event);
      if (!event || typeof event !== 'object' || Array.isArray(event))
        return this.refuse(new InvalidEventError('An event must be an object'), event);
      const item = { ...event, idempotency_key: event.idempotency_key ?? newIdempotencyKey() };
      let json: string;
      try {
        json = JSON.stringify(item);
      } catch (cause) {
        return this.refuse(new InvalidEventError(`The event cannot be serialised as JSON: ${(cause as Error)?.message ?? cause}`), item);
      }
      const bytes = encoder.encode(json).length;
      if (bytes > MAX_BATCH_BYTES)
        return this.refuse(new InvalidEventError(`The event is ${bytes} bytes: over the 1 MB request limit`), item);
      if (this.pending >= this.options.maxQueueSize) return this.overflowed(item);
      this.queue.push({ item, json, bytes, order: this.order++, round: 0 });
      this.armExitHook();
      this.schedule();
      return item.idempotency_key;
    } catch (cause) {
      // enqueue() never throws: whatever went wrong is a final outcome for this one event
      return this.refuse(new InvalidEventError(`The event was refused: ${(cause as Error)?.message ?? cause}`), event);
    }
  }

  /**
   * Sends every event pending now, each at least once, and resolves when each is acknowledged, rejected for good
   * (onError), or back in the queue after a retryable failure (it is retried later, with backoff). Never rejects.
   * On an edge runtime it awaits only the requests it started itself: a promise of another request is off limits.
   */
  async flush(): Promise<FlushResult> {
    const before = { ...this.counts };
    const owner = {};
    const round = this.round;
    const target = new Set(this.queue);
    if (this.options.autoFlush) for (const f of this.inFlight) for (const q of f.events) target.add(q);
    const awaited = (f: InFlight) => f.owner === owner || (this.options.autoFlush && f.events.some((q) => target.has(q)));
    this.clearTimer();
    for (;;) {
      this.supersedeStale();
      this.pump({ all: true, ignoreBackoff: true, owner, pick: (q) => target.has(q) && q.round <= round });
      const waiting = [...this.inFlight].filter(awaited);
      if (!waiting.length) break;
      await Promise.race(waiting.map((f) => f.settled));
    }
    this.schedule();
    return { delivered: this.counts.delivered - before.delivered, failed: this.counts.failed - before.failed, queued: this.pending };
  }

  /**
   * Closes the client (enqueue() and track() refuse from now on) and delivers what is pending, retrying with backoff,
   * for at most `timeout` ms. Then requests still in flight are aborted and every event not acknowledged is reported
   * to onError with a ShutdownTimeoutError. Resolves with the counts; never rejects. Calling it again returns the
   * same promise.
   */
  shutdown(timeout = this.options.shutdownTimeout): Promise<ShutdownResult> {
    this.closing ??= this.drain(timeout);
    return this.closing;
  }

  private async drain(timeout: number): Promise<ShutdownResult> {
    const before = { ...this.counts };
    const deadline = Date.now() + timeout;
    this.clearTimer();
    this.retryAt = Math.min(this.retryAt, Date.now() + SHUTDOWN_BACKOFF_CAP_MS);
    while (this.queue.length || this.inFlight.size) {
      const left = deadline - Date.now();
      if (left <= 0) break;
      this.supersedeStale();
      this.pump({ all: true, ignoreBackoff: false, owner: undefined });
      const waits = [...this.inFlight].map((f) => f.settled);
      const stop = new runtimeGlobals.AbortController(); // so no timer outlives the wait and holds the process
      if (waits.length) await Promise.race([...waits, sleep(left, stop.signal)]);
      else await sleep(Math.min(Math.max(this.retryAt - Date.now(), 1), left), stop.signal); // the backoff after a failure
      stop.abort();
    }
    for (const f of this.inFlight) this.giveUp(f);
    const remaining = this.queue.splice(0);
    if (remaining.length) {
      const error = new ShutdownTimeoutError(
        `${remaining.length} event(s) not acknowledged within the ${timeout} ms shutdown deadline (a request aborted at the deadline may still have been stored: the idempotency keys make sending them again safe)`,
      );
      this.options.logger.warn(error.message);
      this.fail(error, remaining);
    }
    this.disarmExitHook();
    return { delivered: this.counts.delivered - before.delivered, failed: this.counts.failed - before.failed, remaining: remaining.length };
  }

  /** Starts batches while a slot is free: the oldest events first, at most 1,000 and under 1 MB each. */
  private pump(how: { all: boolean; ignoreBackoff: boolean; owner: object | undefined; pick?: (q: Queued) => boolean }): void {
    while (this.busy(how.owner) < this.options.maxInFlight) {
      if (!how.ignoreBackoff && Date.now() < this.retryAt) return;
      const candidates = how.pick ? this.queue.filter(how.pick) : this.queue;
      if (!candidates.length || (!how.all && candidates.length < this.options.flushAt)) return;
      const batch: Queued[] = [];
      let bytes = 0;
      for (const q of candidates) {
        if (batch.length === MAX_BATCH_EVENTS || (batch.length > 0 && bytes + q.bytes + 1 > MAX_BATCH_BYTES)) break;
        bytes += q.bytes + 1;
        batch.push(q);
      }
      const taken = new Set(batch);
      this.queue = this.queue.filter((q) => !taken.has(q));
      this.start(batch, how.owner);
    }
  }

  /** Slots in use. On an edge runtime each flush() has its own: another request's sends are not ours to wait for. */
  private busy(owner: object | undefined): number {
    if (this.options.autoFlush || !owner) return this.inFlight.size;
    let n = 0;
    for (const f of this.inFlight) if (f.owner === owner) n++;
    return n;
  }

  private start(events: Queued[], owner: object | undefined): void {
    const round = ++this.round;
    for (const q of events) q.round = round;
    const controller = new runtimeGlobals.AbortController();
    const flight: InFlight = {
      events,
      abort: () => controller.abort(),
      settled: Promise.resolve(),
      startedAt: Date.now(),
      owner,
      superseded: false,
    };
    this.addFlight(flight);
    flight.settled = this.send(flight, controller.signal).finally(() => {
      this.removeFlight(flight);
      if (!this.closed) this.schedule();
    });
  }

  private addFlight(flight: InFlight): void {
    this.inFlight.add(flight);
    this.inFlightEvents += flight.events.length;
  }

  private removeFlight(flight: InFlight): void {
    if (this.inFlight.delete(flight)) this.inFlightEvents -= flight.events.length;
  }

  private async send(flight: InFlight, signal: AbortSignalLike): Promise<void> {
    const { events } = flight;
    try {
      const { data, response } = await this.http.send<TrackBatchResponse>(
        operations.trackBatch,
        { body: `{"events":[${events.map((q) => q.json).join(',')}]}`, idempotent: true },
        { maxRetries: 0, signal }, // retried by the queue, with backoff, so one failing request never holds a slot
      );
      if (flight.superseded) return;
      if (!Array.isArray(data?.results))
        throw new InvalidResponseError(response.status, undefined, response.headers, 'A batch answer without results');
      const results = new Map(data.results.map((r) => [r.index, r]));
      const retry: Queued[] = [];
      const missing: Queued[] = [];
      events.forEach((q, index) => {
        const result = results.get(index);
        if (!result) missing.push(q);
        else if ('event' in result) this.counts.delivered++;
        else {
          const error = errorFor(result.status, result.error, response.headers);
          if (isRetryable(error)) retry.push(q);
          else this.fail(error, [q]);
        }
      });
      if (missing.length) {
        const error = new InvalidResponseError(
          response.status,
          undefined,
          response.headers,
          `The server answered ${data.results.length} result(s) for ${events.length} events: no result for these`,
        );
        this.fail(error, missing);
      }
      this.succeeded(events.length);
      if (retry.length) this.requeue(retry);
    } catch (error) {
      if (flight.superseded) return;
      if (error instanceof APIError && isRetryable(error)) {
        this.requeue(events);
        this.backOff(error, flight.startedAt);
      } else this.fail(error as HumanHoursError, events);
    }
  }

  private succeeded(answered: number): void {
    this.failures = 0;
    this.retryAt = 0;
    if (this.overflow && this.pending - answered < this.options.maxQueueSize) {
      this.options.logger.warn(`Delivering again: ${this.overflow.dropped} event(s) were dropped while the queue was full`);
      this.overflow = undefined;
    }
  }

  /**
   * Waits longer after each failure (exponential, jittered, capped; a Retry-After wins). A request sent before the
   * last failure was seen says nothing new about the server, so it does not lengthen the wait. Shutting down, the
   * deadline bounds the effort, so retries come at most 1 s apart.
   */
  private backOff(error: APIError, startedAt: number): void {
    this.counts.retried++;
    if (startedAt < this.lastFailureAt) return;
    this.lastFailureAt = Date.now();
    this.failures++;
    const asked = retryAfterMs(error.headers);
    const exp = Math.min(this.closed ? SHUTDOWN_BACKOFF_CAP_MS : BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (this.failures - 1));
    const delay = asked ?? exp / 2 + (Math.random() * exp) / 2;
    this.retryAt = Date.now() + Math.min(delay, 60_000);
    if (this.failures === 1)
      this.options.logger.warn(`Sending events failed (${error.message}): they stay queued and are retried with backoff`);
    else this.options.logger.debug(`Sending events failed again (${error.message}); next try in ${Math.round(delay)} ms`);
  }

  /** Back into the queue in enqueue order, ahead of everything enqueued after them. */
  private requeue(events: Queued[]): void {
    const merged: Queued[] = [];
    let i = 0;
    for (const q of this.queue) {
      while (i < events.length && events[i].order < q.order) merged.push(events[i++]);
      merged.push(q);
    }
    while (i < events.length) merged.push(events[i++]);
    this.queue = merged;
  }

  /** A request older than its timeout plus a margin cannot still be alive: on workerd it belonged to a request that ended. */
  private supersedeStale(): void {
    const limit = this.options.requestTimeout + 5_000;
    for (const f of this.inFlight) if (Date.now() - f.startedAt > limit) this.giveUp(f);
  }

  /** Stops waiting for a request: its events go back to the queue (resending them is safe: each has its key). */
  private giveUp(flight: InFlight): void {
    flight.superseded = true;
    flight.abort();
    this.removeFlight(flight);
    this.requeue(flight.events);
  }

  /** Starts what is due: full batches at once, the rest on the flushInterval timer, nothing during a backoff. */
  private schedule(): void {
    if (!this.options.autoFlush || this.closed) return;
    if (!this.queue.length) {
      this.disarmExitHook();
      return;
    }
    const wait = this.retryAt - Date.now();
    if (wait <= 0 && this.queue.length >= this.options.flushAt && this.inFlight.size < this.options.maxInFlight)
      this.pump({ all: false, ignoreBackoff: false, owner: undefined });
    if (this.timer || !this.queue.length) return;
    this.timer = runtimeGlobals.setTimeout(
      () => {
        this.timer = undefined;
        this.pump({ all: true, ignoreBackoff: false, owner: undefined });
        this.schedule();
      },
      Math.max(wait, this.options.flushInterval),
    );
    unrefTimer(this.timer); // a pending flush alone never keeps a process alive: the exit hook sends what is left
  }

  private clearTimer(): void {
    runtimeGlobals.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private overflowed(item: TrackBatchItem): undefined {
    if (!this.overflow) {
      this.overflow = { dropped: 0 };
      this.options.logger.warn(
        `The queue holds ${this.options.maxQueueSize} pending events: new events are dropped (and reported to onError) until it drains`,
      );
    }
    this.overflow.dropped++;
    return this.refuse(new QueueFullError(`The queue holds ${this.options.maxQueueSize} pending events: event dropped`), item);
  }

  private refuse(error: HumanHoursError, event: unknown): undefined {
    this.counts.dropped++;
    this.report(error, [event as TrackBatchItem]);
    return undefined;
  }

  private fail(error: HumanHoursError, events: Queued[]): void {
    this.counts.failed += events.length;
    this.report(
      error,
      events.map((q) => q.item),
    );
  }

  private report(error: HumanHoursError, events: TrackBatchItem[]): void {
    try {
      if (this.options.onError) this.options.onError(error, events);
      else if (!(error instanceof QueueFullError)) this.options.logger.warn(`${events.length} event(s) not stored: ${error.message}`); // drops: one warning per episode
    } catch {
      // a throwing handler must not stop delivery of the other events
    }
  }

  // Node and Bun emit beforeExit when nothing is left to do: deliver what is pending, within the shutdown deadline,
  // so a script that forgets shutdown() still delivers. Armed only while events wait, so idle clients hold nothing.
  private armExitHook(): void {
    const runtime = runtimeGlobals.process;
    if (this.exitHook || !this.options.autoFlush || typeof runtime?.once !== 'function') return;
    this.exitHook = () => {
      this.exitHook = undefined;
      void this.shutdown();
    };
    runtime.once('beforeExit', this.exitHook);
  }

  private disarmExitHook(): void {
    if (!this.exitHook || this.pending) return;
    runtimeGlobals.process?.off?.('beforeExit', this.exitHook);
    this.exitHook = undefined;
  }
}
