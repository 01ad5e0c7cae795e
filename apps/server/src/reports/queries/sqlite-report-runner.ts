import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { AppConfig } from '../../config/config.js';
import type { Database } from '../../db/database.js';
import { type QueryLimit, ReportQueryRunner, type Row } from './report-query-runner.js';
import type { ReportReply, ReportTask } from './sqlite-report-worker.js';

/**
 * Report queries in worker threads, one read-only connection each: SQLite in WAL mode lets them read beside the
 * writer, whereas on the server's own connection better-sqlite3 runs a query synchronously, so a 500 ms report would
 * hold every ingest request for 500 ms.
 *
 * At the deadline the query's thread is terminated and the report answered at once. better-sqlite3 cannot interrupt
 * a statement, and a thread inside one ends only when it returns: until then the thread keeps its turn, so report
 * threads never outnumber HUMANHOURS_REPORT_CONCURRENCY. (A small pool of our own rather than piscina or tinypool
 * for that: they free the slot when they call terminate(), not when the thread is gone.)
 */
export class SqliteReportRunner extends ReportQueryRunner {
  private readonly idle: Worker[] = [];
  private readonly threads = new Set<Worker>();

  constructor(
    private readonly path: string,
    settings: AppConfig['reports'],
  ) {
    super(settings);
  }

  protected run(sql: string, params: unknown[], { signal, holdTurnUntil }: QueryLimit): Promise<Row[]> {
    // At most `concurrency` queries hold a turn, so at most that many threads exist; they start on first use.
    const worker = this.idle.pop() ?? this.start();
    return new Promise<Row[]>((resolve, reject) => {
      const settle = () => {
        worker.off('message', onReply);
        worker.off('error', onError);
        signal.removeEventListener('abort', onAbort);
      };
      const onReply = (reply: ReportReply) => {
        settle();
        this.idle.push(worker);
        if ('rows' in reply) resolve(reply.rows as Row[]);
        else reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      };
      const onError = (err: Error) => {
        settle();
        reject(err); // the thread is gone (it failed to start, or crashed): a new one takes its place
      };
      const onAbort = () => {
        settle();
        holdTurnUntil(worker.terminate());
        reject(signal.reason);
      };
      worker.on('message', onReply);
      worker.once('error', onError);
      signal.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ sql, params } satisfies ReportTask);
    });
  }

  private start(): Worker {
    const worker = new Worker(workerFile(), { workerData: { path: this.path } });
    worker.unref(); // an idle report thread never keeps the process alive
    // A thread that fails rejects the query it ran (below) and then exits; it must not throw on the event loop.
    worker.on('error', () => {});
    this.threads.add(worker);
    worker.once('exit', () => {
      this.threads.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
    });
    return worker;
  }

  /** Not awaited: a thread inside a long statement ends when it returns, and must not hold up a shutdown. */
  async close(): Promise<void> {
    for (const worker of this.threads) void worker.terminate();
  }
}

// The built server runs the compiled worker; the tests run the sources, which Node loads as TypeScript.
function workerFile(): URL {
  const compiled = new URL('./sqlite-report-worker.js', import.meta.url);
  return existsSync(compiled) ? compiled : new URL('./sqlite-report-worker.ts', import.meta.url);
}

/** An in-memory database (`sqlite::memory:`) exists on the server's connection only: its reports run there. */
export class InlineReportRunner extends ReportQueryRunner {
  constructor(
    private readonly db: Database,
    settings: AppConfig['reports'],
  ) {
    super(settings);
  }

  protected run(sql: string, params: unknown[]): Promise<Row[]> {
    return this.db.all(sql, params);
  }

  async close(): Promise<void> {}
}
