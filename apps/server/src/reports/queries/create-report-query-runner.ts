import type { AppConfig } from '../../config/config.js';
import type { Database } from '../../db/database.js';
import type { ReportQueryRunner } from './report-query-runner.js';

// Apart from report-query-runner.ts: the runners extend the base class there, and only the one in use is loaded.
/** The runner for this database: SQLite worker threads, or the PostgreSQL pool with a statement timeout. */
export async function createReportQueryRunner(db: Database, config: AppConfig): Promise<ReportQueryRunner> {
  if (config.database.kind === 'postgresql') {
    const { PostgresReportRunner } = await import('./postgres-report-runner.js');
    const pool = (await db.orm.em.getConnection().getNativeClient()) as import('pg').Pool;
    return new PostgresReportRunner(pool, config.reports);
  }
  const { SqliteReportRunner, InlineReportRunner } = await import('./sqlite-report-runner.js');
  // Worker threads cannot see an in-memory database: it is read where it lives, on the event loop.
  if (config.database.path === ':memory:') return new InlineReportRunner(db, config.reports);
  return new SqliteReportRunner(config.database.path, config.reports);
}
