import { Migration } from '@mikro-orm/migrations';

export class Migration20261201165238_workspaces extends Migration {

  override name = 'Migration20261201165238_workspaces';

  override up(): void | Promise<void> {
    this.addSql(`create table \`audit_log\` (\`id\` text not null primary key, \`org_id\` text not null, \`actor\` text not null, \`action\` text not null, \`target_type\` text not null, \`target_id\` text not null, \`details\` json not null, \`at\` bigint not null);`);
    this.addSql(`create index \`audit_log_org_id_id_index\` on \`audit_log\` (\`org_id\`, \`id\`);`);

    this.addSql(`create table \`share_links\` (\`id\` text not null primary key, \`org_id\` text not null, \`token_hash\` text not null, \`name\` text null, \`view\` text not null, \`period\` text null, \`from_ms\` bigint null, \`to_ms\` bigint null, \`filters\` json not null, \`expires_at\` bigint null, \`created_at\` bigint not null, \`created_by\` text not null, \`revoked_at\` bigint null, \`access_count\` bigint not null, \`last_opened_at\` bigint null);`);
    this.addSql(`create unique index \`share_links_token_hash_unique\` on \`share_links\` (\`token_hash\`);`);
    this.addSql(`create index \`share_links_org_id_id_index\` on \`share_links\` (\`org_id\`, \`id\`);`);

    this.addSql(`alter table \`orgs\` add column \`parent_org_id\` text null;`);
    this.addSql(`alter table \`orgs\` add column \`closed_at\` bigint null;`);
    this.addSql(`create index \`orgs_parent_org_id_index\` on \`orgs\` (\`parent_org_id\`);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`audit_log\`;`);
    this.addSql(`drop table if exists \`share_links\`;`);

    this.addSql(`drop index \`orgs_parent_org_id_index\`;`);
    this.addSql(`alter table \`orgs\` drop column \`parent_org_id\`;`);
    this.addSql(`alter table \`orgs\` drop column \`closed_at\`;`);
  }

}
