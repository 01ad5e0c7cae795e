// Runs review-plan's statements in one transaction on the configured database.
import type { Database as NativeSqlite, Statement } from 'better-sqlite3';
import type { Pool } from 'pg';
import type { Database } from '../db/database.js';
import { pgTransaction, retriedOnConflict } from '../db/pg-transaction.js';
import type { Sql, SqlResult } from '../tracking/ingest-plan.js';
import { runSteps } from '../tracking/postgres-ingest-store.js';
import { type ReviewInput, type ReviewResult, reviewSteps } from './review-plan.js';

export interface ReviewStore {
  review(input: ReviewInput): Promise<ReviewResult>;
}

/** SQLite: one synchronous native transaction, so nothing interleaves with it (a concurrent review runs after). */
class SqliteReviewStore implements ReviewStore {
  private readonly statements = new Map<string, Statement>();
  private readonly run: (input: ReviewInput) => ReviewResult;

  constructor(private readonly native: NativeSqlite) {
    this.run = native.transaction((input: ReviewInput) => {
      const steps = reviewSteps(input);
      let next = steps.next();
      while (!next.done) next = steps.next(this.execute(next.value));
      return next.value;
    });
  }

  async review(input: ReviewInput): Promise<ReviewResult> {
    // As the ingest store does: never join a transaction the ORM holds open on the shared connection.
    while (this.native.inTransaction) await new Promise((resolve) => setImmediate(resolve));
    return this.run(input);
  }

  private execute({ sql, params, mode }: Sql): SqlResult {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.native.prepare(sql);
      this.statements.set(sql, prepared);
    }
    if (mode === 'get') return { changes: 0, row: prepared.get(...params) as Record<string, any> | undefined };
    return { changes: prepared.run(...params).changes, row: undefined };
  }
}

/** PostgreSQL: a transaction on one pooled connection; the claim's row lock orders concurrent reviews. */
class PostgresReviewStore implements ReviewStore {
  constructor(private readonly pool: Pool) {}

  review(input: ReviewInput): Promise<ReviewResult> {
    // A refusal changed nothing (its claim matched no row): committing it is as good as rolling it back. A review
    // and an ingest flush may lock the same two rollup rows in either order: a deadlock runs the review again.
    return retriedOnConflict(() => pgTransaction(this.pool, (client) => runSteps(client, reviewSteps(input))));
  }
}

export async function createReviewStore(db: Database): Promise<ReviewStore> {
  const native = await db.orm.em.getConnection().getNativeClient();
  if (db.kind === 'sqlite') return new SqliteReviewStore(native as NativeSqlite);
  return new PostgresReviewStore(native as Pool);
}

export const REVIEW_STORE = Symbol('REVIEW_STORE');
