import { Migration } from '@mikro-orm/migrations';

export class Migration20261121223501_initial extends Migration {

  override name = 'Migration20261121223501_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "agents" ("org_id" varchar(40) not null, "agent_id" varchar(200) not null, "display_name" varchar(200) null, "hourly_rate_override_minor" bigint null, "event_count" bigint not null default '0', "first_seen_at" bigint null, "last_seen_at" bigint null, primary key ("org_id", "agent_id"));`);

    this.addSql(`create table "api_keys" ("id" varchar(8) not null, "org_id" varchar(40) not null, "name" varchar(100) not null, "mode" varchar(4) not null, "secret_hash" varchar(64) not null, "scopes" varchar(100) not null, "created_at" bigint not null, "last_used_at" bigint null, "revoked_at" bigint null, primary key ("id"));`);
    this.addSql(`create index "api_keys_org_id_index" on "api_keys" ("org_id");`);

    this.addSql(`create table "orgs" ("id" varchar(40) not null, "name" varchar(200) not null, "plan" varchar(20) not null, "currency" varchar(3) not null, "default_hourly_rate_minor" bigint not null, "timezone" varchar(64) not null, "needs_review_credit" double precision not null, "fallback_baseline_minutes" double precision null, "usd_fx_rate_override" double precision null, "included_events" bigint null, "created_at" bigint not null, primary key ("id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "agents" cascade;`);
    this.addSql(`drop table if exists "api_keys" cascade;`);
    this.addSql(`drop table if exists "orgs" cascade;`);
  }

}
