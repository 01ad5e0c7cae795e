import { Migration } from '@mikro-orm/migrations';
import { MONTH_OF_OCCURRED_AT, monthPartitionSql, partitionMonthsToOpen } from '../../event-partition-months.js';

/**
 * Partitions events by month of occurred_at (declarative RANGE partitioning), so inserts and range scans stay flat
 * as history grows and retention drops whole months. A partitioned table's key must hold the partition key: it
 * becomes (event_id, occurred_at), as the entity says. The existing rows are copied into the new table inside the
 * migration's transaction; every month that has rows gets its partition, and a DEFAULT partition takes any event
 * whose month has none (the server opens the months around now ahead of time, see event-store/event-partitions.ts).
 * The new table is built from the old one's definition (LIKE), so columns added by earlier migrations come along,
 * and its secondary indexes are recreated from the old ones' definitions.
 */
export class Migration20261201170000_event_partitions extends Migration {
  override name = 'Migration20261201170000_event_partitions';

  override async up(): Promise<void> {
    this.addSql('create table "raw_events_horizon" ("scope" varchar(16) not null, "kept_from" bigint not null, primary key ("scope"));');

    const indexes = await this.execute(
      "select indexdef from pg_indexes where schemaname = current_schema() and tablename = 'events' and indexname <> 'events_pkey'",
    );
    const months = await this.execute(`select distinct ${MONTH_OF_OCCURRED_AT} as month from events`);
    this.addSql('alter table "events" rename to "events_unpartitioned";');
    this.addSql('alter table "events_unpartitioned" rename constraint "events_pkey" to "events_unpartitioned_pkey";');
    for (const { indexdef } of indexes) {
      const name = /^create (?:unique )?index (\S+) /i.exec(String(indexdef))![1];
      this.addSql(`drop index ${name};`);
    }
    this.addSql('create table "events" (like "events_unpartitioned" including defaults) partition by range ("occurred_at");');
    this.addSql('create table "events_default" partition of "events" default;');
    const existing = months.map((m) => Number(m.month));
    for (const month of partitionMonthsToOpen(Date.now(), existing)) this.addSql(monthPartitionSql(month));
    this.addSql('insert into "events" select * from "events_unpartitioned";');
    this.addSql('drop table "events_unpartitioned";');
    // Built after the copy: one sort per index instead of one insert per row and index.
    this.addSql('alter table "events" add constraint "events_pkey" primary key ("event_id", "occurred_at");');
    for (const { indexdef } of indexes) this.addSql(`${String(indexdef).replace(' ON ONLY ', ' ON ').replace(/ ON (\S+\.)?events /, ' ON events ')};`);
  }
}
