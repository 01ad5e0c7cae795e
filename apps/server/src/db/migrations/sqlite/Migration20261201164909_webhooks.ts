import { Migration } from '@mikro-orm/migrations';

export class Migration20261201164909_webhooks extends Migration {

  override name = 'Migration20261201164909_webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create table \`alert_breaches\` (\`rule_id\` text not null, \`subject\` text not null, \`since\` bigint not null, primary key (\`rule_id\`, \`subject\`));`);

    this.addSql(`create table \`alert_rules\` (\`id\` text not null primary key, \`org_id\` text not null, \`kind\` text not null, \`agent_id\` text null, \`threshold\` bigint not null, \`window_days\` integer not null, \`enabled\` integer not null, \`description\` text null, \`last_evaluated_at\` bigint null, \`created_at\` bigint not null);`);
    this.addSql(`create index \`alert_rules_org_id_index\` on \`alert_rules\` (\`org_id\`);`);

    this.addSql(`create table \`scheduled_runs\` (\`job\` text not null, \`org_id\` text not null, \`period\` text not null, \`claimed_at\` bigint not null, \`email_payload\` text null, \`email_lease_until\` bigint null, primary key (\`job\`, \`org_id\`, \`period\`));`);

    this.addSql(`create table \`webhook_deliveries\` (\`id\` text not null primary key, \`org_id\` text not null, \`webhook_id\` text not null, \`event_id\` text not null, \`event_type\` text not null, \`payload\` text not null, \`status\` text not null, \`attempts\` integer not null, \`next_attempt_at\` bigint null, \`lease_until\` bigint null, \`last_status_code\` integer null, \`last_error\` text null, \`response_excerpt\` text null, \`last_attempt_at\` bigint null, \`delivered_at\` bigint null, \`created_at\` bigint not null);`);
    this.addSql(`create index \`webhook_deliveries_status_next_attempt_at_index\` on \`webhook_deliveries\` (\`status\`, \`next_attempt_at\`);`);
    this.addSql(`create index \`webhook_deliveries_webhook_id_id_index\` on \`webhook_deliveries\` (\`webhook_id\`, \`id\`);`);

    this.addSql(`create table \`webhook_endpoints\` (\`id\` text not null primary key, \`org_id\` text not null, \`url\` text not null, \`description\` text null, \`event_types\` text not null, \`enabled\` integer not null, \`consecutive_failures\` integer not null, \`disabled_at\` bigint null, \`secret_sealed\` text not null, \`previous_secret_sealed\` text null, \`previous_secret_expires_at\` bigint null, \`created_at\` bigint not null);`);
    this.addSql(`create index \`webhook_endpoints_org_id_index\` on \`webhook_endpoints\` (\`org_id\`);`);

    this.addSql(`alter table \`orgs\` add column \`digest_emails\` text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`alert_breaches\`;`);
    this.addSql(`drop table if exists \`alert_rules\`;`);
    this.addSql(`drop table if exists \`scheduled_runs\`;`);
    this.addSql(`drop table if exists \`webhook_deliveries\`;`);
    this.addSql(`drop table if exists \`webhook_endpoints\`;`);

    this.addSql(`alter table \`orgs\` drop column \`digest_emails\`;`);
  }

}
