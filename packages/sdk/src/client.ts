import { Batcher, type BatchStats, type ErrorHandler, type FlushResult, type ShutdownResult } from './batcher.js';
import { fromEnv, type TransportOptions, transport } from './config.js';
import { ClientClosedError } from './errors.js';
import { operations as ops } from './generated/api-operations.js';
import { runtimeGlobals } from './globals.js';
import { APIPromise, type Http, newIdempotencyKey, type WriteOptions } from './http.js';
import {
  Agents,
  Alerts,
  ApiKeys,
  AuditLog,
  Events,
  Models,
  OrgSettings,
  Reports,
  ServerInfo,
  ShareLinks,
  TaskTypes,
  Webhooks,
  Workspaces,
} from './resources.js';
import type { TrackBatchItem, TrackBatchResponse, TrackedEvent, TrackRequest } from './types.js';

export interface ClientOptions extends TransportOptions {
  /** An org API key (`hh_live_…`). Default: `HUMANHOURS_API_KEY` from the environment. */
  apiKey?: string;
  /** enqueue(): send as soon as this many events wait. Default 50. */
  flushAt?: number;
  /** enqueue(): send waiting events at the latest this many ms after the first one. Default 1,000. */
  flushInterval?: number;
  /** enqueue(): at most this many events pending (queued or in flight); newer ones are refused. Default 10,000. */
  maxQueueSize?: number;
  /** enqueue(): at most this many batch requests in flight at once. Default 3. */
  maxInFlight?: number;
  /** The deadline of shutdown() and of the exit hook, in ms. Default 10,000. */
  shutdownTimeout?: number;
  /**
   * enqueue(): whether the client sends on its own (at flushAt, after flushInterval, at process exit). Default true,
   * except on Cloudflare Workers and Vercel Edge, where nothing may outlive a request: there only flush() sends.
   */
  autoFlush?: boolean;
  /** Told once per event about every enqueued event that will never be stored. Default: a logger warning. */
  onError?: ErrorHandler;
}

/** Where a timer or a request must not outlive the request that made it. */
function isEdgeRuntime(): boolean {
  return runtimeGlobals.navigator?.userAgent === 'Cloudflare-Workers' || typeof runtimeGlobals.EdgeRuntime === 'string';
}

export class HumanHours {
  readonly reports: Reports;
  readonly taskTypes: TaskTypes;
  readonly agents: Agents;
  readonly models: Models;
  readonly events: Events;
  readonly apiKeys: ApiKeys;
  readonly org: OrgSettings;
  readonly workspaces: Workspaces;
  readonly shareLinks: ShareLinks;
  readonly webhooks: Webhooks;
  readonly alerts: Alerts;
  readonly auditLog: AuditLog;
  /** Liveness, readiness and the spec (no key needed). */
  readonly server: ServerInfo;
  private readonly http: Http;
  private readonly batcher: Batcher;

  constructor(options: ClientOptions = {}) {
    this.http = transport(
      options,
      options.apiKey ?? fromEnv('HUMANHOURS_API_KEY'),
      'No API key: pass new HumanHours({ apiKey }) or set HUMANHOURS_API_KEY.',
    );
    this.batcher = new Batcher(this.http, {
      flushAt: options.flushAt ?? 50,
      flushInterval: options.flushInterval ?? 1_000,
      maxQueueSize: options.maxQueueSize ?? 10_000,
      maxInFlight: options.maxInFlight ?? 3,
      shutdownTimeout: options.shutdownTimeout ?? 10_000,
      autoFlush: options.autoFlush ?? !isEdgeRuntime(),
      requestTimeout: this.http.config.timeout,
      onError: options.onError,
      logger: this.http.config.logger,
    });
    this.reports = new Reports(this.http);
    this.taskTypes = new TaskTypes(this.http);
    this.agents = new Agents(this.http);
    this.models = new Models(this.http);
    this.events = new Events(this.http);
    this.apiKeys = new ApiKeys(this.http);
    this.org = new OrgSettings(this.http);
    this.workspaces = new Workspaces(this.http);
    this.shareLinks = new ShareLinks(this.http);
    this.webhooks = new Webhooks(this.http);
    this.alerts = new Alerts(this.http);
    this.auditLog = new AuditLog(this.http);
    this.server = new ServerInfo(this.http);
  }

  /**
   * Records one agent run and resolves to the stored, valued event. The call sends one idempotency key (yours, or a
   * fresh UUID) that all its retries reuse, so a retry after a lost answer returns the original event instead of
   * counting it twice. A failure carries that key as `error.idempotencyKey`: pass it back to retry safely.
   */
  track(event: TrackRequest, options: WriteOptions = {}): APIPromise<TrackedEvent> {
    const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
    if (this.batcher.closed) return new APIPromise(Promise.reject(new ClientClosedError('The client is shut down: track() refused')));
    return this.http.request(ops.trackEvent, { body: event, idempotencyKey }, options);
  }

  /**
   * Sends up to 1,000 events in one request and resolves to the per-event results (201 created, 200 replayed, or an
   * error each), in input order. Events without their own `idempotency_key` get `<idempotencyKey>.<index>`, from
   * the call's `idempotencyKey` (a fresh UUID by default): calling again with `error.idempotencyKey` and the same
   * events replays instead of double counting.
   */
  trackBatch(events: TrackBatchItem[], options: WriteOptions = {}): APIPromise<TrackBatchResponse> {
    const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
    if (this.batcher.closed) return new APIPromise(Promise.reject(new ClientClosedError('The client is shut down: trackBatch() refused')));
    const keyed = events.map((e, i) => ({ ...e, idempotency_key: e.idempotency_key ?? `${idempotencyKey}.${i}` }));
    return this.http.request(ops.trackBatch, { body: { events: keyed }, idempotencyKey, idempotent: true }, options);
  }

  /**
   * Queues an event for `POST /v1/track/batch` and returns its idempotency key, or undefined when it was refused
   * (then onError has been told why). Never throws.
   */
  enqueue(event: TrackBatchItem): string | undefined {
    return this.batcher.enqueue(event);
  }

  /**
   * Sends every pending event now and resolves when each is acknowledged, rejected for good (onError) or back in the
   * queue after a retryable failure. Never rejects. On Workers: `ctx.waitUntil(hh.flush())`.
   */
  flush(): Promise<FlushResult> {
    return this.batcher.flush();
  }

  /**
   * Closes the client and delivers what is pending, retrying, for at most `timeout` ms (default `shutdownTimeout`,
   * 10 s); what is still unacknowledged then is reported to onError. Never rejects.
   */
  shutdown(options: { timeout?: number } = {}): Promise<ShutdownResult> {
    return this.batcher.shutdown(options.timeout);
  }

  /** Counters of the enqueue() pipeline. */
  get stats(): BatchStats {
    return this.batcher.stats;
  }
}
