import { Migration } from '@mikro-orm/migrations';

export class Migration20261121224346_tracking extends Migration {

  override name = 'Migration20261121224346_tracking';

  override up(): void | Promise<void> {
    this.addSql(`create table \`custom_task_types\` (\`org_id\` text not null, \`key\` text not null, \`display_name\` text not null, \`category\` text not null, \`default_baseline_minutes\` double not null, \`baseline_source\` text not null, \`source_url\` text null, \`created_at\` bigint not null, \`created_by\` text not null, \`archived_at\` bigint null, primary key (\`org_id\`, \`key\`));`);

    this.addSql(`create table \`events\` (\`event_id\` text not null primary key, \`org_id\` text not null, \`agent_id\` text not null, \`task_type\` text not null, \`outcome\` text not null, \`client\` text null, \`model\` text null, \`occurred_at\` bigint not null, \`received_at\` bigint not null, \`agent_duration_ms\` bigint null, \`baseline_minutes\` double not null, \`baseline_source\` text not null, \`hourly_rate_minor\` bigint not null, \`currency\` text not null, \`hours_saved_milli\` bigint not null, \`cost_saved_minor\` bigint not null, \`agent_cost_minor\` bigint null, \`cost_source\` text not null, \`net_saved_minor\` bigint not null, \`tokens_in\` bigint null, \`tokens_out\` bigint null, \`input_usd_per_mtok\` double null, \`output_usd_per_mtok\` double null, \`price_book_as_of\` bigint null, \`fx_rate\` double null, \`fx_as_of\` text null, \`metadata\` json null, \`audit_sample\` json null);`);
    this.addSql(`create index \`events_org_id_occurred_at_index\` on \`events\` (\`org_id\`, \`occurred_at\`);`);

    this.addSql(`create table \`idempotency_keys\` (\`org_id\` text not null, \`key\` text not null, \`request_hash\` text not null, \`event_id\` text not null, \`response\` text not null, \`created_at\` bigint not null, primary key (\`org_id\`, \`key\`));`);
    this.addSql(`create index \`idempotency_keys_created_at_index\` on \`idempotency_keys\` (\`created_at\`);`);

    this.addSql(`create table \`task_type_history\` (\`id\` text not null primary key, \`org_id\` text not null, \`key\` text not null, \`action\` text not null, \`old_baseline_minutes\` double null, \`new_baseline_minutes\` double null, \`reason\` text null, \`actor\` text not null, \`at\` bigint not null);`);
    this.addSql(`create index \`task_type_history_org_id_key_at_index\` on \`task_type_history\` (\`org_id\`, \`key\`, \`at\`);`);

    this.addSql(`create table \`task_type_overrides\` (\`org_id\` text not null, \`key\` text not null, \`baseline_minutes\` double not null, \`reason\` text not null, \`created_at\` bigint not null, \`created_by\` text not null, primary key (\`org_id\`, \`key\`));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`custom_task_types\`;`);
    this.addSql(`drop table if exists \`events\`;`);
    this.addSql(`drop table if exists \`idempotency_keys\`;`);
    this.addSql(`drop table if exists \`task_type_history\`;`);
    this.addSql(`drop table if exists \`task_type_overrides\`;`);
  }

}
