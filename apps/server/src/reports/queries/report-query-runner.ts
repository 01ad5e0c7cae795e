// Where report SQL runs: never on the connection and the event loop that ingest uses, and never past a deadline.
import type { OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import { ApiError } from '../../core/api-error.js';
import { TenantTurns } from './tenant-turns.js';

export type Row = Record<string, unknown>;

/** One report query as it is sent to the database (before PostgreSQL's `$n` numbering). */
export interface ReportQuery {
  tenant: string;
  sql: string;
  params: unknown[];
}

/** Runs the read-only queries of the reports (SQL with `?` placeholders, as Database takes them). */
export abstract class ReportQueryRunner implements OnModuleDestroy {
  private readonly turns: TenantTurns;
  private readonly observers = new Set<(query: ReportQuery) => void>();

  constructor(protected readonly settings: AppConfig['reports']) {
    this.turns = new TenantTurns(settings.concurrency);
  }

  /** How many queries of one report can run at once (HUMANHOURS_REPORT_CONCURRENCY). */
  get parallelism(): number {
    return this.settings.concurrency;
  }

  /**
   * The rows of one query of `tenant`'s report. It waits for a turn (shared fairly between tenants), then runs;
   * the wait and the run together get HUMANHOURS_REPORT_TIMEOUT_MS, after which it is stopped: 503 report_timeout.
   */
  async all<T = Row>(tenant: string, sql: string, params: unknown[]): Promise<T[]> {
    for (const observe of this.observers) observe({ tenant, sql, params });
    const deadline = Date.now() + this.settings.timeoutMs;
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    let release: (() => void) | undefined;
    let held: Promise<unknown> | undefined;
    try {
      release = await this.turns.acquire(tenant, signal);
      const holdTurnUntil = (until: Promise<unknown>) => {
        held = until;
      };
      signal.throwIfAborted();
      return (await this.run(sql, params, { signal, deadline, holdTurnUntil })) as T[];
    } catch (err) {
      if (signal.aborted || err instanceof ReportTimeout) throw reportTimeout(this.settings.timeoutMs);
      throw err;
    } finally {
      if (held) held.then(release, release);
      else release?.();
    }
  }

  /**
   * Calls `observer` with every query before it runs (the SQL snapshot tests read the generated SQL this way, not
   * from logs); answers the function that stops it.
   */
  observe(observer: (query: ReportQuery) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** Runs one query; stops it when `signal` aborts at the deadline (rejecting with anything), or throws ReportTimeout. */
  protected abstract run(sql: string, params: unknown[], limit: QueryLimit): Promise<Row[]>;

  abstract close(): Promise<void>;

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }
}

export interface QueryLimit {
  signal: AbortSignal;
  /** Date.now() at the deadline. */
  deadline: number;
  /** Keeps this query's turn after it is answered, until `until` settles (a stopped query still running). */
  holdTurnUntil(until: Promise<unknown>): void;
}

/** The database stopped the query at the deadline itself (PostgreSQL's statement_timeout). */
export class ReportTimeout extends Error {}

function reportTimeout(ms: number): ApiError {
  return new ApiError('report_timeout', `The report took longer than ${ms} ms and was stopped`, {
    hint: 'Narrow the range (from/to or period), or group and filter by fewer metadata keys',
  });
}
