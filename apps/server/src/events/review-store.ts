// Runs review-plan's statements in one transaction on the configured database.
import type { Database as NativeSqlite } from 'better-sqlite3';
import type { Pool } from 'pg';
import type { Database } from '../db/database.js';
import { pgTransaction, retriedOnConflict } from '../db/pg-transaction.js';
import { runSteps } from '../tracking/postgres-ingest-store.js';
import { outsideOrmTransaction, SqliteSteps } from '../tracking/sqlite-ingest-store.js';
import { type ReviewInput, type ReviewResult, reviewSteps } from './review-plan.js';

export interface ReviewStore {
  review(input: ReviewInput): Promise<ReviewResult>;
}

/** SQLite: one synchronous native transaction, so nothing interleaves with it (a concurrent review runs after). */
class SqliteReviewStore implements ReviewStore {
  private readonly run: (input: ReviewInput) => ReviewResult;

  constructor(private readonly native: NativeSqlite) {
    const steps = new SqliteSteps(native);
    this.run = native.transaction((input: ReviewInput) => steps.run(reviewSteps(input)));
  }

  async review(input: ReviewInput): Promise<ReviewResult> {
    await outsideOrmTransaction(this.native);
    return this.run(input);
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
