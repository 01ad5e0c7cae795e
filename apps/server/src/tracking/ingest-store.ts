// The ingest store of the configured database (what recording an event means is in ingest-plan.ts).
import type { Database as NativeSqlite } from 'better-sqlite3';
import type { Pool } from 'pg';
import type { Database } from '../db/database.js';
import type { IngestStore } from './ingest-plan.js';
import { PostgresIngestStore } from './postgres-ingest-store.js';
import { SqliteIngestStore } from './sqlite-ingest-store.js';

export async function createIngestStore(db: Database): Promise<IngestStore> {
  const native = await db.orm.em.getConnection().getNativeClient();
  if (db.kind === 'sqlite') return new SqliteIngestStore(native as NativeSqlite);
  return new PostgresIngestStore(native as Pool);
}

/** Injection token of the IngestStore of the configured database. */
export const INGEST_STORE = Symbol('INGEST_STORE');
