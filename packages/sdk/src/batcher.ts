import { errorFor, HumanHoursError } from './errors.js';
import { type Http, newIdempotencyKey } from './http.js';
import type { TrackBatchItem, TrackBatchResponse } from './types.js';

/**
 * Told about every event that will never be stored: a full queue, a per-item rejection (422, 409, 429
 * `quota_exceeded`), or a batch that failed for good. `events` carry their idempotency keys, so they can be
 * sent again later without double counting.
 */
export type ErrorHandler = (error: HumanHoursError, events: TrackBatchItem[]) => void;

export interface BatchOptions {
  flushAt: number;
  flushIntervalMs: number;
  maxQueueSize: number;
  onError: ErrorHandler;
}

/** Reported to `onError` for an event dropped because `maxQueueSize` events were already waiting. */
export class QueueFullError extends HumanHoursError {
  override name = 'QueueFullError';
}

/** Reported to `onError` for events still queued when `shutdown({ timeoutMs })` ran out of time. */
export class ShutdownTimeoutError extends HumanHoursError {
  override name = 'ShutdownTimeoutError';
}

export interface BatchStats {
  /** Events waiting to be sent. */
  queued: number;
  /** Events the server acknowledged (created, or replayed after a lost answer). */
  delivered: number;
  /** Events reported to `onError` after being sent or timed out. */
  failed: number;
  /** Events reported to `onError` because the queue was full. */
  dropped: number;
}

interface Queued {
  item: TrackBatchItem;
  /** Serialised at enqueue: a later change to the caller's object cannot alter what is sent, or what a retry resends. */
  json: string;
  bytes: number;
}

const MAX_BATCH_EVENTS = 1000;
const MAX_BATCH_BYTES = 1024 * 1024 - 64; // the server's 1 MB body limit, less `{"events":[]}`
const encoder = new TextEncoder();
type Listen = (event: 'beforeExit', listener: () => void) => void;
const runtime = (globalThis as { process?: { once?: Listen; off?: Listen } }).process;

export class Batcher {
  private queue: Queued[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private draining: Promise<void> | undefined;
  private abort = new AbortController();
  private exitHook: (() => void) | undefined;
  private counts = { delivered: 0, failed: 0, dropped: 0 };

  constructor(
    private readonly http: Http,
    private readonly options: BatchOptions,
  ) {}

  get stats(): BatchStats {
    return { queued: this.queue.length, ...this.counts };
  }

  enqueue(event: TrackBatchItem): string | undefined {
    const item = { ...event, idempotency_key: event.idempotency_key ?? newIdempotencyKey() };
    if (this.queue.length >= this.options.maxQueueSize) {
      this.counts.dropped++;
      this.report(new QueueFullError(`The queue holds ${this.options.maxQueueSize} events: event dropped`), [item]);
      return undefined;
    }
    const json = JSON.stringify(item);
    this.queue.push({ item, json, bytes: encoder.encode(json).length });
    this.armExitHook();
    if (this.queue.length >= this.options.flushAt) {
      if (!this.draining) void this.flush(); // a running drain takes these too
    } else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.options.flushIntervalMs);
      (this.timer as { unref?: () => void }).unref?.(); // a pending flush alone never keeps a process alive
    }
    return item.idempotency_key;
  }

  /** Resolves once every event queued so far is acknowledged or reported to onError. Never rejects. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.queue.length || this.draining) {
      this.draining ??= this.drain().finally(() => {
        this.draining = undefined;
      });
      await this.draining;
    }
    this.disarmExitHook();
  }

  /** flush(), but after timeoutMs the in-flight requests are aborted and everything unsent goes to onError. */
  async shutdown(timeoutMs?: number): Promise<void> {
    const flushed = this.flush();
    if (timeoutMs === undefined) return flushed;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = await Promise.race([
      flushed.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (!expired) return;
    const unsent = this.queue.splice(0);
    if (unsent.length) this.fail(new ShutdownTimeoutError(`shutdown() ran out of its ${timeoutMs} ms`), unsent);
    this.abort.abort(); // the in-flight batch fails now and is reported with its events
    this.abort = new AbortController();
    await flushed;
  }

  private async drain(): Promise<void> {
    while (this.queue.length) await this.send(this.takeBatch());
  }

  /** The oldest events that fit in one request: at most 1,000, and under the body limit. */
  private takeBatch(): Queued[] {
    let count = 0;
    let bytes = 0;
    for (const { bytes: size } of this.queue) {
      if (count === MAX_BATCH_EVENTS || (count > 0 && bytes + size + 1 > MAX_BATCH_BYTES)) break;
      bytes += size + 1;
      count++;
    }
    return this.queue.splice(0, count);
  }

  private async send(batch: Queued[]): Promise<void> {
    try {
      const { data, headers } = await this.http.call<TrackBatchResponse>({
        method: 'POST',
        path: '/v1/track/batch',
        body: `{"events":[${batch.map((q) => q.json).join(',')}]}`,
        idempotent: true, // every item carries its key: a retried batch replays instead of double counting
        signal: this.abort.signal,
      });
      for (const result of data.results) {
        if ('event' in result) this.counts.delivered++;
        else this.fail(errorFor(result.status, result.error, headers), [batch[result.index]]);
      }
    } catch (error) {
      this.fail(error as HumanHoursError, batch);
    }
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
      this.options.onError(error, events);
    } catch {
      // a throwing handler must not stop delivery of the other events
    }
  }

  // Node and Bun emit beforeExit when nothing is left to do: send what the unref'd timer would have sent, so a
  // script that forgets shutdown() still delivers. Armed only while events wait, so idle clients hold nothing.
  private armExitHook(): void {
    if (this.exitHook || typeof runtime?.once !== 'function') return;
    this.exitHook = () => {
      this.exitHook = undefined;
      void this.flush();
    };
    runtime.once('beforeExit', this.exitHook);
  }

  private disarmExitHook(): void {
    if (!this.exitHook || this.queue.length) return;
    runtime?.off?.('beforeExit', this.exitHook);
    this.exitHook = undefined;
  }
}
