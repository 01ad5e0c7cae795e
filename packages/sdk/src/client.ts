import { Batcher, type BatchStats, type ErrorHandler } from './batcher.js';
import { HumanHoursError } from './errors.js';
import { Http, newIdempotencyKey } from './http.js';
import { Agents, ApiKeys, Models, OrgSettings, Reports, TaskTypes } from './resources.js';
import type { Ok, TrackBatchItem, TrackRequest } from './types.js';

/** HumanHours is self-hosted: the server listens on port 3000 by default. */
export const DEFAULT_BASE_URL = 'http://localhost:3000';

export interface ClientOptions {
  /** An org API key (`hh_live_…`). Default: `process.env.HUMANHOURS_API_KEY`. */
  apiKey?: string;
  /** Your server's URL. Default: `process.env.HUMANHOURS_BASE_URL`, else `http://localhost:3000`. */
  baseUrl?: string;
  /** Per attempt, from sending the request to the last byte of the answer. Default 30,000. */
  timeoutMs?: number;
  /** Retries after the first attempt (network errors, timeouts, 408, 429, 5xx). Default 2. */
  maxRetries?: number;
  /** A fetch implementation. Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** enqueue(): send as soon as this many events wait. Default 50. */
  flushAt?: number;
  /** enqueue(): send waiting events at the latest after this long. Default 1,000. */
  flushIntervalMs?: number;
  /** enqueue(): events beyond this many waiting are dropped and reported to onError. Default 10,000. */
  maxQueueSize?: number;
  /** Told about every enqueued event that will not be stored. Default: a console warning. */
  onError?: ErrorHandler;
}

export interface TrackOptions {
  /** Unique per logical run; a fresh UUID by default. Reuse it only to retry that same run. */
  idempotencyKey?: string;
}

export class HumanHours {
  readonly reports: Reports;
  readonly taskTypes: TaskTypes;
  readonly agents: Agents;
  readonly models: Models;
  readonly apiKeys: ApiKeys;
  readonly org: OrgSettings;
  private readonly http: Http;
  private readonly batcher: Batcher;

  constructor(options: ClientOptions = {}) {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
    const apiKey = options.apiKey ?? env.HUMANHOURS_API_KEY;
    if (!apiKey) throw new HumanHoursError('No API key: pass new HumanHours({ apiKey }) or set HUMANHOURS_API_KEY.');
    const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init)); // unbound global fetch fails on some runtimes
    this.http = new Http({
      apiKey,
      baseUrl: (options.baseUrl ?? env.HUMANHOURS_BASE_URL ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
      timeoutMs: options.timeoutMs ?? 30_000,
      maxRetries: options.maxRetries ?? 2,
      fetch: fetchImpl,
    });
    this.batcher = new Batcher(this.http, {
      flushAt: options.flushAt ?? 50,
      flushIntervalMs: options.flushIntervalMs ?? 1_000,
      maxQueueSize: options.maxQueueSize ?? 10_000,
      onError: options.onError ?? ((error, events) => console.warn(`[humanhours] ${events.length} event(s) not stored: ${error.message}`)),
    });
    this.reports = new Reports(this.http);
    this.taskTypes = new TaskTypes(this.http);
    this.agents = new Agents(this.http);
    this.models = new Models(this.http);
    this.apiKeys = new ApiKeys(this.http);
    this.org = new OrgSettings(this.http);
  }

  /**
   * Records one agent run and resolves to the stored, valued event. The call gets one idempotency key that all
   * its retries reuse, so a retry after a lost answer returns the original event instead of counting it twice.
   */
  track(event: TrackRequest, options: TrackOptions = {}): Promise<Ok<'trackEvent'>> {
    const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
    return this.http.request({ method: 'POST', path: '/v1/track', body: event, idempotencyKey });
  }

  /**
   * Queues an event for `POST /v1/track/batch` and returns its idempotency key (undefined when the queue is full).
   * Never throws for delivery problems: those go to `onError`.
   */
  enqueue(event: TrackBatchItem): string | undefined {
    return this.batcher.enqueue(event);
  }

  /** Sends everything queued; resolves when each event is acknowledged or reported to onError. Never rejects. */
  flush(): Promise<void> {
    return this.batcher.flush();
  }

  /** flush() with a deadline: what is still unsent after `timeoutMs` is aborted and reported to onError. */
  shutdown(options: { timeoutMs?: number } = {}): Promise<void> {
    return this.batcher.shutdown(options.timeoutMs);
  }

  /** Counters of the enqueue() pipeline. */
  get stats(): BatchStats {
    return this.batcher.stats;
  }
}
