import type pg from 'pg';
import type { AppConfig } from '../../config/config.js';
import { type QueryLimit, ReportQueryRunner, ReportTimeout, type Row } from './report-query-runner.js';

const QUERY_CANCELED = '57014';

/**
 * Report queries on a connection of the server's pool, each in a read-only transaction whose statement_timeout is
 * what is left of its deadline: PostgreSQL itself stops a query that runs past it.
 */
export class PostgresReportRunner extends ReportQueryRunner {
  constructor(
    private readonly pool: pg.Pool,
    settings: AppConfig['reports'],
  ) {
    super(settings);
  }

  protected async run(sql: string, params: unknown[], { deadline }: QueryLimit): Promise<Row[]> {
    const client = await this.pool.connect();
    // What is left once a turn and a connection were had (at least 1 ms: 0 would mean no timeout at all).
    const budget = Math.max(1, Math.floor(deadline - Date.now()));
    let broken: Error | undefined;
    try {
      // No JIT: a report reads thousands of rollup rows or a range of events, where compiling its expressions
      // with LLVM (tens to hundreds of ms, paid again for every statement) costs more than it could save.
      await client.query(`begin read only; set local statement_timeout = ${budget}; set local jit = off`);
      const { rows } = await client.query(positional(sql), params);
      await client.query('commit');
      return rows;
    } catch (err) {
      await client.query('rollback').catch((e: Error) => (broken = e));
      if ((err as { code?: string }).code === QUERY_CANCELED) throw new ReportTimeout();
      throw err;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {} // the pool is the ORM's, closed with it
}

/** `?` placeholders (as Database takes them) to PostgreSQL's `$1, $2, …`, leaving quoted text alone. */
export function positional(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (match) => (match === '?' ? `$${++n}` : match));
}
