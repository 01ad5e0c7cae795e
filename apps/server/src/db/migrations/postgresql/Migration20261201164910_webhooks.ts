import { Migration } from '@mikro-orm/migrations';

export class Migration20261201164910_webhooks extends Migration {

  override name = 'Migration20261201164910_webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create table "alert_breaches" ("rule_id" varchar(40) not null, "subject" varchar(200) not null, "since" bigint not null, primary key ("rule_id", "subject"));`);

    this.addSql(`create table "alert_rules" ("id" varchar(40) not null, "org_id" varchar(40) not null, "kind" varchar(40) not null, "agent_id" varchar(200) null, "threshold" bigint not null, "window_days" int not null, "enabled" boolean not null, "description" varchar(500) null, "last_evaluated_at" bigint null, "created_at" bigint not null, primary key ("id"));`);
    this.addSql(`create index "alert_rules_org_id_index" on "alert_rules" ("org_id");`);

    this.addSql(`create table "scheduled_runs" ("job" varchar(40) not null, "org_id" varchar(40) not null, "period" varchar(40) not null, "claimed_at" bigint not null, "email_payload" text null, "email_lease_until" bigint null, primary key ("job", "org_id", "period"));`);

    this.addSql(`create table "webhook_deliveries" ("id" varchar(40) not null, "org_id" varchar(40) not null, "webhook_id" varchar(40) not null, "event_id" varchar(40) not null, "event_type" varchar(40) not null, "payload" text not null, "status" varchar(10) not null, "attempts" int not null, "next_attempt_at" bigint null, "lease_until" bigint null, "last_status_code" int null, "last_error" varchar(500) null, "response_excerpt" varchar(512) null, "last_attempt_at" bigint null, "delivered_at" bigint null, "created_at" bigint not null, primary key ("id"));`);
    this.addSql(`create index "webhook_deliveries_status_next_attempt_at_index" on "webhook_deliveries" ("status", "next_attempt_at");`);
    this.addSql(`create index "webhook_deliveries_webhook_id_id_index" on "webhook_deliveries" ("webhook_id", "id");`);

    this.addSql(`create table "webhook_endpoints" ("id" varchar(40) not null, "org_id" varchar(40) not null, "url" varchar(2000) not null, "description" varchar(500) null, "event_types" varchar(300) not null, "enabled" boolean not null, "consecutive_failures" int not null, "disabled_at" bigint null, "secret_sealed" varchar(300) not null, "previous_secret_sealed" varchar(300) null, "previous_secret_expires_at" bigint null, "created_at" bigint not null, primary key ("id"));`);
    this.addSql(`create index "webhook_endpoints_org_id_index" on "webhook_endpoints" ("org_id");`);

    this.addSql(`alter table "orgs" add "digest_emails" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "alert_breaches" cascade;`);
    this.addSql(`drop table if exists "alert_rules" cascade;`);
    this.addSql(`drop table if exists "scheduled_runs" cascade;`);
    this.addSql(`drop table if exists "webhook_deliveries" cascade;`);
    this.addSql(`drop table if exists "webhook_endpoints" cascade;`);

    this.addSql(`alter table "orgs" drop column "digest_emails";`);
  }

}
