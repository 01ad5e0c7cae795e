import { Migration } from '@mikro-orm/migrations';

export class Migration20261201165240_workspaces extends Migration {

  override name = 'Migration20261201165240_workspaces';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_log" ("id" varchar(26) not null, "org_id" varchar(40) not null, "actor" varchar(8) not null, "action" varchar(40) not null, "target_type" varchar(20) not null, "target_id" varchar(200) not null, "details" jsonb not null, "at" bigint not null, primary key ("id"));`);
    this.addSql(`create index "audit_log_org_id_id_index" on "audit_log" ("org_id", "id");`);

    this.addSql(`create table "share_links" ("id" varchar(30) not null, "org_id" varchar(40) not null, "token_hash" varchar(64) not null, "name" varchar(200) null, "view" varchar(20) not null, "period" varchar(10) null, "from_ms" bigint null, "to_ms" bigint null, "filters" jsonb not null, "expires_at" bigint null, "created_at" bigint not null, "created_by" varchar(8) not null, "revoked_at" bigint null, "access_count" bigint not null, "last_opened_at" bigint null, primary key ("id"));`);
    this.addSql(`alter table "share_links" add constraint "share_links_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "share_links_org_id_id_index" on "share_links" ("org_id", "id");`);

    this.addSql(`alter table "orgs" add "parent_org_id" varchar(40) null, add "closed_at" bigint null;`);
    this.addSql(`create index "orgs_parent_org_id_index" on "orgs" ("parent_org_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_log" cascade;`);
    this.addSql(`drop table if exists "share_links" cascade;`);

    this.addSql(`drop index "orgs_parent_org_id_index";`);
    this.addSql(`alter table "orgs" drop column "parent_org_id", drop column "closed_at";`);
  }

}
