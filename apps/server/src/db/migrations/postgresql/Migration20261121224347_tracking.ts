import { Migration } from '@mikro-orm/migrations';

export class Migration20261121224347_tracking extends Migration {

  override name = 'Migration20261121224347_tracking';

  override up(): void | Promise<void> {
    this.addSql(`create table "custom_task_types" ("org_id" varchar(40) not null, "key" varchar(64) not null, "display_name" varchar(200) not null, "category" varchar(20) not null, "default_baseline_minutes" double precision not null, "baseline_source" text not null, "source_url" varchar(2000) null, "created_at" bigint not null, "created_by" varchar(8) not null, "archived_at" bigint null, primary key ("org_id", "key"));`);

    this.addSql(`create table "events" ("event_id" varchar(30) not null, "org_id" varchar(40) not null, "agent_id" varchar(200) not null, "task_type" varchar(200) not null, "outcome" varchar(12) not null, "client" varchar(200) null, "model" varchar(200) null, "occurred_at" bigint not null, "received_at" bigint not null, "agent_duration_ms" bigint null, "baseline_minutes" double precision not null, "baseline_source" varchar(10) not null, "hourly_rate_minor" bigint not null, "currency" varchar(3) not null, "hours_saved_milli" bigint not null, "cost_saved_minor" bigint not null, "agent_cost_minor" bigint null, "cost_source" varchar(10) not null, "net_saved_minor" bigint not null, "tokens_in" bigint null, "tokens_out" bigint null, "input_usd_per_mtok" double precision null, "output_usd_per_mtok" double precision null, "price_book_as_of" bigint null, "fx_rate" double precision null, "fx_as_of" varchar(10) null, "metadata" jsonb null, "audit_sample" jsonb null, primary key ("event_id"));`);
    this.addSql(`create index "events_org_id_occurred_at_index" on "events" ("org_id", "occurred_at");`);

    this.addSql(`create table "idempotency_keys" ("org_id" varchar(40) not null, "key" varchar(255) not null, "request_hash" varchar(64) not null, "event_id" varchar(30) not null, "response" text not null, "created_at" bigint not null, primary key ("org_id", "key"));`);
    this.addSql(`create index "idempotency_keys_created_at_index" on "idempotency_keys" ("created_at");`);

    this.addSql(`create table "task_type_history" ("id" varchar(26) not null, "org_id" varchar(40) not null, "key" varchar(200) not null, "action" varchar(20) not null, "old_baseline_minutes" double precision null, "new_baseline_minutes" double precision null, "reason" text null, "actor" varchar(8) not null, "at" bigint not null, primary key ("id"));`);
    this.addSql(`create index "task_type_history_org_id_key_at_index" on "task_type_history" ("org_id", "key", "at");`);

    this.addSql(`create table "task_type_overrides" ("org_id" varchar(40) not null, "key" varchar(200) not null, "baseline_minutes" double precision not null, "reason" text not null, "created_at" bigint not null, "created_by" varchar(8) not null, primary key ("org_id", "key"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "custom_task_types" cascade;`);
    this.addSql(`drop table if exists "events" cascade;`);
    this.addSql(`drop table if exists "idempotency_keys" cascade;`);
    this.addSql(`drop table if exists "task_type_history" cascade;`);
    this.addSql(`drop table if exists "task_type_overrides" cascade;`);
  }

}
