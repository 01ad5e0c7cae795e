// Sizing: what a stored event costs on disk, and how fast one process takes them, on each database. HumanHours is
// loaded with batches (100 events, a fresh idempotency_key each) then single events, for BENCH_SECONDS each; then the
// bytes of each table with its indexes (and TOAST) are divided by its rows. docs/self-hosting.md quotes the table.
//   raw events:       `events` (on PostgreSQL the sum of its month partitions)
//   idempotency keys: `idempotency_keys` (one per keyed event, kept 24 h)
//   rollups:          `event_rollup` + `event_rollup_daily` (grow with distinct hour × dimensions, not events)
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load } from './compare.mjs';
import { benchServices, freshPgDatabase, keep, printTable, root, startServer } from './lib.mjs';

const require = createRequire(join(root, 'apps/server/package.json'));
const Sqlite = require('better-sqlite3');
const MIB = 2 ** 20;

/** Bytes of `table` and its indexes, from SQLite's dbstat. */
function sqliteSizes(path) {
  const db = new Sqlite(path, { readonly: true, fileMustExist: true });
  const size = (table) =>
    db
      .prepare('select coalesce(sum(pgsize), 0) as n from dbstat where name in (select name from sqlite_master where tbl_name = ?)')
      .get(table).n;
  const count = (table) => db.prepare(`select count(*) as n from ${table}`).get().n;
  return { size, count, close: () => db.close() };
}

async function measure(database, services, seconds) {
  const pg = database === 'postgresql' ? await freshPgDatabase(services.pg) : null;
  const server = await startServer(pg ? { HUMANHOURS_DATABASE_URL: pg.url } : {});
  try {
    const batch = await load(server.url, { path: '/v1/track/batch', connections: 20, duration: seconds, batch: true });
    const single = await load(server.url, { path: '/v1/track', connections: 20, duration: seconds });
    let size;
    let count;
    let close = () => {};
    if (pg) {
      size = async (table) =>
        Number(
          (
            await pg.client.query(
              'select coalesce((select sum(pg_total_relation_size(relid)) from pg_partition_tree($1)), pg_total_relation_size($1)) as n',
              [table],
            )
          ).rows[0].n,
        );
      count = (table) => pg.count(table);
    } else {
      ({ size, count, close } = sqliteSizes(server.databasePath));
    }
    const events = await count('events');
    const keys = await count('idempotency_keys');
    const rollupRows = (await count('event_rollup')) + (await count('event_rollup_daily'));
    const eventBytes = (await size('events')) / events;
    const keyBytes = (await size('idempotency_keys')) / keys;
    close();
    return {
      database,
      batchEventsPerSecond: Math.round(batch.requests.average * 100),
      singleEventsPerSecond: Math.round(single.requests.average),
      events,
      bytesPerEvent: Math.round(eventBytes),
      mibPerMillionEvents: Math.round((eventBytes * 1e6) / MIB),
      bytesPerIdempotencyKey: Math.round(keyBytes),
      mibPerMillionKeys: Math.round((keyBytes * 1e6) / MIB),
      rollupRows,
    };
  } finally {
    await server.stop();
    await pg?.drop();
  }
}

export async function sizing({
  seconds = Number(process.env.BENCH_SECONDS ?? 10),
  databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgresql').split(','),
} = {}) {
  const services = benchServices();
  if (!services) databases = databases.filter((d) => d !== 'postgresql');
  const rows = [];
  for (const database of databases) rows.push(await measure(database, services, seconds));
  printTable('sizing: events/s of one process (batches of 100, single events) and bytes on disk per stored row', rows);
  keep('sizing', { seconds, rows });
  return rows;
}
