// SQLite's ingest store: drives ingest-plan's steps synchronously, with group commit.
import type { Database as NativeSqlite, Statement } from 'better-sqlite3';
import type { OrgOutbox } from '../webhooks/subscriptions.js';
import { type IngestResult, type IngestStore, ingestSteps, type PendingCall, type Quota, type Sql, type SqlResult } from './ingest-plan.js';
import type { PreparedEvent } from './prepare.js';

/**
 * SQLite: synchronous native transactions, so nothing else can interleave with them. Calls arriving in the same
 * turn of the event loop share one commit (group commit: SQLite's cost is the commit, not the statements); each
 * call runs in a savepoint of its own, so one call's failure never undoes another's, and no call is answered
 * before the commit that holds it succeeded.
 */
export class SqliteIngestStore implements IngestStore {
  private readonly steps: SqliteSteps;
  private readonly call: (call: PendingCall) => IngestResult[];
  private readonly group: (calls: PendingCall[]) => Array<IngestResult[] | { error: unknown }>;
  private queue: PendingCall[] = [];

  constructor(private readonly native: NativeSqlite) {
    this.steps = new SqliteSteps(native);
    this.call = native.transaction(({ items, quota, now, outbox }: PendingCall) =>
      items.map((item) => this.steps.run(ingestSteps(item, quota, now, outbox))),
    );
    this.group = native.transaction((calls: PendingCall[]) =>
      calls.map((call) => {
        try {
          return this.call(call); // nested: a savepoint
        } catch (error) {
          return { error };
        }
      }),
    );
  }

  ingest(items: PreparedEvent[], quota: Quota, now = Date.now(), outbox: OrgOutbox | null = null): Promise<IngestResult[]> {
    return new Promise((resolve, reject) => {
      if (this.queue.push({ items, quota, now, outbox, resolve, reject }) === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    await outsideOrmTransaction(this.native);
    const calls = this.queue;
    this.queue = [];
    let outcomes: Array<IngestResult[] | { error: unknown }>;
    try {
      outcomes = this.group(calls);
    } catch (error) {
      for (const call of calls) call.reject(error);
      return;
    }
    calls.forEach((call, i) => {
      const outcome = outcomes[i];
      if ('error' in outcome) call.reject(outcome.error);
      else call.resolve(outcome);
    });
  }
}

/**
 * The ORM shares the native connection; while it is inside a transaction (awaiting between statements), a plan's
 * writes wait for it to finish rather than join it: they must commit on their own.
 */
export async function outsideOrmTransaction(native: NativeSqlite): Promise<void> {
  while (native.inTransaction) await new Promise((resolve) => setImmediate(resolve));
}

/** Drives a plan's steps (ingest-plan, review-plan) on the native connection, each statement prepared once. */
export class SqliteSteps {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly native: NativeSqlite) {}

  run<R>(steps: Generator<Sql, R, SqlResult>): R {
    let next = steps.next();
    while (!next.done) next = steps.next(this.execute(next.value));
    return next.value;
  }

  private execute({ sql, params, mode }: Sql): SqlResult {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.native.prepare(sql);
      this.statements.set(sql, statement);
    }
    if (mode === 'get') return { changes: 0, row: statement.get(...params) as Record<string, any> | undefined };
    return { changes: statement.run(...params).changes, row: undefined };
  }
}
