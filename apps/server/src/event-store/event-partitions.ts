// PostgreSQL's events table is partitioned by calendar month (UTC) of occurred_at: one partition per month,
// `events_pYYYY_MM`, plus `events_default` for any month without one, so an event is never refused for want of a
// partition. The server opens the months the API can receive ahead of time (at start and hourly); retention drops
// whole months. Months are numbered year * 12 + (month - 1).
import type { Pool, PoolClient } from 'pg';
import { MIGRATION_LOCK } from '../db/database.js';
import { MONTH_OF_OCCURRED_AT, monthStart, partitionMonthsToOpen, partitionName } from '../db/event-partition-months.js';

/** Rows moved or deleted per statement in the default partition. */
const CHUNK_ROWS = 10_000;

const NAME = /^events_p(\d{4})_(\d{2})$/;
const monthOfName = (name: string): number | null => {
  const m = NAME.exec(name);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
};

/**
 * Opens and drops month partitions. Each change is its own short transaction under the migration advisory lock
 * (never concurrent with a migration or another process's maintenance), with a lock timeout: a change that would
 * queue behind a long report gives up and is retried on the next run instead of stalling ingest behind it.
 */
export class EventPartitions {
  constructor(private readonly pool: Pool) {}

  /** The months that have a partition. */
  async months(): Promise<number[]> {
    const { rows } = await this.pool.query<{ name: string }>(
      "select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'events'::regclass",
    );
    return rows
      .map((r) => monthOfName(r.name))
      .filter((m): m is number => m !== null)
      .sort((a, b) => a - b);
  }

  /**
   * Opens every accepted month that has no partition yet, and every month of the last 10 years that has rows in the
   * default partition (history copied in by `humanhours db copy`, say); answers the months opened.
   */
  async openAhead(now = Date.now()): Promise<number[]> {
    const existing = new Set(await this.months());
    const { rows } = await this.pool.query<{ month: number }>(`select distinct ${MONTH_OF_OCCURRED_AT} as month from events_default`);
    const opened: number[] = [];
    for (const month of partitionMonthsToOpen(
      now,
      rows.map((r) => r.month),
    )) {
      if (existing.has(month)) continue;
      if (await this.inTransaction((client) => this.open(client, month))) opened.push(month);
    }
    return opened;
  }

  /**
   * A month's rows may already sit in the default partition (an event far ahead, or a month retention skipped):
   * they move into the new partition before it is attached, since PostgreSQL refuses a partition whose rows the
   * default partition holds.
   */
  private async open(client: PoolClient, month: number): Promise<boolean> {
    const name = partitionName(month);
    const { rows } = await client.query('select 1 from pg_inherits i join pg_class c on c.oid = i.inhrelid where c.relname = $1', [name]);
    if (rows.length) return false; // another process opened it while this one waited for the lock
    const [from, to] = [monthStart(month), monthStart(month + 1)];
    await client.query(`create table "${name}" (like "events" including defaults)`);
    // The check lets ATTACH skip scanning the new table; the default partition is scanned (it should be small).
    await client.query(`alter table "${name}" add constraint "${name}_range" check (occurred_at >= ${from} and occurred_at < ${to})`);
    await client.query(
      `with moved as (delete from events_default where occurred_at >= $1 and occurred_at < $2 returning *)
      insert into "${name}" select * from moved`,
      [from, to],
    );
    await client.query(`alter table "events" attach partition "${name}" for values from (${from}) to (${to})`);
    await client.query(`alter table "${name}" drop constraint "${name}_range"`);
    return true;
  }

  /** Drops every month partition before `month`, and the default partition's rows before it; answers the months dropped. */
  async dropBefore(month: number): Promise<number[]> {
    const dropped: number[] = [];
    for (const m of await this.months()) {
      if (m >= month) continue;
      await this.inTransaction(async (client) => {
        await client.query(`alter table "events" detach partition "${partitionName(m)}"`);
        await client.query(`drop table "${partitionName(m)}"`);
      });
      dropped.push(m);
    }
    const before = monthStart(month);
    for (;;) {
      const { rowCount } = await this.pool.query(
        `delete from events_default where ctid in (select ctid from events_default where occurred_at < $1 limit ${CHUNK_ROWS})`,
        [before],
      );
      if (!rowCount) break;
    }
    return dropped;
  }

  private async inTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query("set local lock_timeout = '1s'");
      await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const result = await fn(client);
      await client.query('commit');
      return result;
    } catch (err) {
      await client.query('rollback').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }
}
