// Copies every table of one HumanHours database into another, empty one (SQLite → PostgreSQL, or back): the
// operator's path from one file to a database server. Rows go in key order, in chunks, each chunk in one
// transaction; the counts are compared at the end.
import type { Database } from './database.js';

const CHUNK = 2_000;

export interface TablePlan {
  table: string;
  columns: string[];
  keys: string[];
}

/** The tables of the schema (from the entities), with their columns and primary keys. */
export function tablesOf(db: Database): TablePlan[] {
  const tables: TablePlan[] = [];
  for (const meta of db.orm.getMetadata()) {
    if (meta.embeddable || meta.virtual || !meta.tableName) continue;
    const columns = meta.props.flatMap((p) => p.fieldNames ?? []);
    const keys = meta.primaryKeys.flatMap((k) => meta.properties[k].fieldNames);
    tables.push({ table: meta.tableName, columns, keys });
  }
  return tables.sort((a, b) => a.table.localeCompare(b.table));
}

async function count(db: Database, table: string): Promise<number> {
  return (await db.get<{ n: number }>(`select count(*) as n from ${table}`))!.n;
}

// JSON columns come back parsed from PostgreSQL and as text from SQLite; both take text in.
const portable = (value: unknown) =>
  value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value) ? JSON.stringify(value) : value;

export async function copyDatabase(
  source: Database,
  target: Database,
  log: (line: string) => void = () => {},
): Promise<Record<string, number>> {
  const tables = tablesOf(source);
  const nonEmpty: string[] = [];
  for (const { table } of tables) if ((await count(target, table)) > 0) nonEmpty.push(table);
  if (nonEmpty.length) throw new Error(`the target database is not empty (${nonEmpty.join(', ')}): copy into a fresh database`);

  const copied: Record<string, number> = {};
  for (const { table, columns, keys } of tables) {
    let after: unknown[] | null = null;
    let rows = 0;
    const keyList = keys.join(', ');
    for (;;) {
      const where: string = after ? ` where (${keyList}) > (${keys.map(() => '?').join(', ')})` : '';
      const chunk: Array<Record<string, unknown>> = await source.all<Record<string, unknown>>(
        `select ${columns.join(', ')} from ${table}${where} order by ${keyList} limit ${CHUNK}`,
        after ?? [],
      );
      if (!chunk.length) break;
      const values = chunk.flatMap((row) => columns.map((c) => portable(row[c])));
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      await target.orm.em.getConnection().transactional(async (trx) => {
        await target.orm.em
          .getConnection()
          .execute(`insert into ${table} (${columns.join(', ')}) values ${chunk.map(() => tuple).join(', ')}`, values, 'run', trx);
      });
      rows += chunk.length;
      const last: Record<string, unknown> = chunk.at(-1)!;
      after = keys.map((k) => last[k]);
    }
    const [from, to] = [await count(source, table), await count(target, table)];
    if (from !== to) throw new Error(`${table}: ${from} rows in the source but ${to} in the target after the copy`);
    copied[table] = rows;
    log(`${table}: ${rows} rows`);
  }
  return copied;
}
