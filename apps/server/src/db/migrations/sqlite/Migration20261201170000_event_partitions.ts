import { Migration } from '@mikro-orm/migrations';

/**
 * The events' primary key becomes (event_id, occurred_at), as on PostgreSQL where the table is partitioned by
 * month of occurred_at. SQLite cannot change a key in place, so the table is rebuilt: a copy with the new key,
 * every row copied over, then swapped in, all inside the migration's transaction (a failure leaves the old table).
 * The copy is made from the table's own definition, so columns added by earlier migrations come along.
 */
export class Migration20261201170000_event_partitions extends Migration {
  override name = 'Migration20261201170000_event_partitions';

  override async up(): Promise<void> {
    this.addSql('create table `raw_events_horizon` (`scope` text not null primary key, `kept_from` bigint not null);');

    const [table] = await this.execute("select sql from sqlite_master where type = 'table' and name = 'events'");
    const indexes = await this.execute("select sql from sqlite_master where type = 'index' and tbl_name = 'events' and sql is not null");
    const definition = String(table!.sql);
    const rebuilt = definition
      .replace(/^create table [`"]?events[`"]?/i, 'create table `events_rebuilt`')
      .replace(/(`event_id` text not null) primary key/, '$1')
      .replace(/\)\s*$/, ', primary key (`event_id`, `occurred_at`))');
    if (rebuilt === definition || !rebuilt.includes('primary key (`event_id`, `occurred_at`)')) {
      throw new Error(`unexpected events table definition: ${definition}`);
    }
    this.addSql(rebuilt);
    // INSERT … SELECT streams inside SQLite: no rows pass through this process, however many there are.
    this.addSql('insert into `events_rebuilt` select * from `events`;');
    this.addSql('drop table `events`;');
    this.addSql('alter table `events_rebuilt` rename to `events`;');
    for (const index of indexes) this.addSql(String(index.sql));
  }
}
