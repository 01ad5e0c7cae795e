import { Migration } from '@mikro-orm/migrations';

export class Migration20261121230214_rollup extends Migration {

  override name = 'Migration20261121230214_rollup';

  override up(): void | Promise<void> {
    // Without rowid: clustered by the key, so a report's range scan reads consecutive pages.
    this.addSql(`create table \`event_rollup\` (\`org_id\` text not null, \`hour\` bigint not null, \`agent_id\` text not null, \`task_type\` text not null, \`client\` text not null, \`model\` text not null, \`outcome\` text not null, \`events\` bigint not null, \`hours_saved_milli\` bigint not null, \`cost_saved_minor\` bigint not null, \`agent_cost_minor\` bigint not null, \`net_saved_minor\` bigint not null, \`tokens_in\` bigint not null, \`tokens_out\` bigint not null, \`duration_ms\` bigint not null, \`duration_count\` bigint not null, primary key (\`org_id\`, \`hour\`, \`agent_id\`, \`task_type\`, \`client\`, \`model\`, \`outcome\`)) without rowid;`);

    this.addSql(`create table \`event_rollup_daily\` (\`org_id\` text not null, \`day\` bigint not null, \`agent_id\` text not null, \`task_type\` text not null, \`outcome\` text not null, \`events\` bigint not null, \`hours_saved_milli\` bigint not null, \`cost_saved_minor\` bigint not null, \`agent_cost_minor\` bigint not null, \`net_saved_minor\` bigint not null, \`tokens_in\` bigint not null, \`tokens_out\` bigint not null, \`duration_ms\` bigint not null, \`duration_count\` bigint not null, primary key (\`org_id\`, \`day\`, \`agent_id\`, \`task_type\`, \`outcome\`)) without rowid;`);
    // Events tracked before the rollups existed: sum them in, so reports read the same from every source.
    this.addSql(`insert into event_rollup (org_id, hour, agent_id, task_type, client, model, outcome, events, hours_saved_milli, cost_saved_minor, agent_cost_minor, net_saved_minor, tokens_in, tokens_out, duration_ms, duration_count)
      select org_id, occurred_at - (occurred_at % 3600000), agent_id, task_type, coalesce(client, ''), coalesce(model, ''), outcome,
        count(*), sum(hours_saved_milli), sum(cost_saved_minor), sum(coalesce(agent_cost_minor, 0)), sum(net_saved_minor),
        sum(coalesce(tokens_in, 0)), sum(coalesce(tokens_out, 0)), sum(coalesce(agent_duration_ms, 0)), count(agent_duration_ms)
      from events group by 1, 2, 3, 4, 5, 6, 7;`);
    this.addSql(`insert into event_rollup_daily (org_id, day, agent_id, task_type, outcome, events, hours_saved_milli, cost_saved_minor, agent_cost_minor, net_saved_minor, tokens_in, tokens_out, duration_ms, duration_count)
      select org_id, occurred_at - (occurred_at % 86400000), agent_id, task_type, outcome,
        count(*), sum(hours_saved_milli), sum(cost_saved_minor), sum(coalesce(agent_cost_minor, 0)), sum(net_saved_minor),
        sum(coalesce(tokens_in, 0)), sum(coalesce(tokens_out, 0)), sum(coalesce(agent_duration_ms, 0)), count(agent_duration_ms)
      from events group by 1, 2, 3, 4, 5;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`event_rollup\`;`);
    this.addSql(`drop table if exists \`event_rollup_daily\`;`);
  }

}
