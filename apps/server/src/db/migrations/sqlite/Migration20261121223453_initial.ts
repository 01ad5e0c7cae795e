import { Migration } from '@mikro-orm/migrations';

export class Migration20261121223453_initial extends Migration {

  override name = 'Migration20261121223453_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table \`agents\` (\`org_id\` text not null, \`agent_id\` text not null, \`display_name\` text null, \`hourly_rate_override_minor\` bigint null, \`event_count\` bigint not null default '0', \`first_seen_at\` bigint null, \`last_seen_at\` bigint null, primary key (\`org_id\`, \`agent_id\`));`);

    this.addSql(`create table \`api_keys\` (\`id\` text not null primary key, \`org_id\` text not null, \`name\` text not null, \`mode\` text not null, \`secret_hash\` text not null, \`scopes\` text not null, \`created_at\` bigint not null, \`last_used_at\` bigint null, \`revoked_at\` bigint null);`);
    this.addSql(`create index \`api_keys_org_id_index\` on \`api_keys\` (\`org_id\`);`);

    this.addSql(`create table \`orgs\` (\`id\` text not null primary key, \`name\` text not null, \`plan\` text not null, \`currency\` text not null, \`default_hourly_rate_minor\` bigint not null, \`timezone\` text not null, \`needs_review_credit\` double not null, \`fallback_baseline_minutes\` double null, \`usd_fx_rate_override\` double null, \`included_events\` bigint null, \`created_at\` bigint not null);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`agents\`;`);
    this.addSql(`drop table if exists \`api_keys\`;`);
    this.addSql(`drop table if exists \`orgs\`;`);
  }

}
