import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import type { DatabaseConfig } from './config/config.js';
import { Database } from './db/database.js';
import { postgresqlMigrations } from './db/migrations/postgresql/index.js';
import { sqliteMigrations } from './db/migrations/sqlite/index.js';
import { parseIntegers } from './db/pg-integers.js';
import { entities } from './entities.js';

// At the root, not in db/: opening the database needs every domain's entity, and the domains need db/'s Database.

export interface PoolSettings {
  max: number;
  statementTimeoutMs: number;
}

const DEFAULT_POOL: PoolSettings = { max: 10, statementTimeoutMs: 30_000 };

export function ormOptions(db: DatabaseConfig, pool: PoolSettings = DEFAULT_POOL): Partial<Options> {
  const common: Partial<Options> = {
    entities,
    extensions: [Migrator],
    debug: false,
    allowGlobalContext: false,
    // Migrations are compiled into the bundle (no file globbing at run time) and the database itself is the
    // reference for the next one (see create-migration.ts): no snapshot files.
    migrations: {
      migrationsList: db.kind === 'sqlite' ? sqliteMigrations : postgresqlMigrations,
      snapshot: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
    },
  };
  if (db.kind === 'sqlite') {
    const { SqliteDriver } = sqliteDriverModule!;
    return { ...common, driver: SqliteDriver, dbName: db.path };
  }
  const { PostgreSqlDriver } = postgresDriverModule!;
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: db.url,
    pool: { min: 0, max: pool.max },
    // pg's own per-connection settings: a runaway report cannot hold a connection forever.
    driverOptions: {
      statement_timeout: pool.statementTimeoutMs || undefined,
      application_name: 'humanhours',
      // Bigints and sums arrive as numbers (db/pg-integers.ts), on every path: the ORM, Database, the ingest store
      // and the report runner all share this pool.
      onPoolCreated: parseIntegers,
    },
  };
}

// Only the driver in use is loaded: a SQLite install never needs pg, and the reverse.
let sqliteDriverModule: typeof import('@mikro-orm/sqlite') | undefined;
let postgresDriverModule: typeof import('@mikro-orm/postgresql') | undefined;

/** Opens the database (creating a SQLite file's folder) and applies pending migrations. */
export async function openDatabase(
  db: DatabaseConfig,
  options: { migrate?: boolean; pool?: PoolSettings; cacheTtlMs?: number } = {},
): Promise<Database> {
  if (db.kind === 'sqlite') {
    sqliteDriverModule ??= await import('@mikro-orm/sqlite');
    if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
  } else {
    postgresDriverModule ??= await import('@mikro-orm/postgresql');
  }
  const orm = await MikroORM.init(ormOptions(db, options.pool));
  const database = new Database(orm, db.kind, options.cacheTtlMs);
  if (db.kind === 'sqlite') {
    const native = (await orm.em.getConnection().getNativeClient()) as import('better-sqlite3').Database;
    // WAL lets readers (reports) run beside the writer (ingest); NORMAL is durable across process crashes.
    native.pragma('journal_mode = WAL');
    native.pragma('synchronous = NORMAL');
    native.pragma('busy_timeout = 5000');
  }
  if (options.migrate !== false) await database.migrate();
  return database;
}
