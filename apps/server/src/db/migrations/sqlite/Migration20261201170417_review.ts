import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170417_review extends Migration {

  override name = 'Migration20261201170417_review';

  override up(): void | Promise<void> {
    this.addSql(`drop index \`events_org_id_occurred_at_index\`;`);
    this.addSql(`alter table \`events\` add column \`full_credit_hours_milli\` bigint null;`);
    this.addSql(`alter table \`events\` add column \`full_credit_cost_minor\` bigint null;`);
    this.addSql(`alter table \`events\` add column \`review_decision\` text null;`);
    this.addSql(`alter table \`events\` add column \`review_note\` text null;`);
    this.addSql(`alter table \`events\` add column \`reviewed_at\` bigint null;`);
    this.addSql(`alter table \`events\` add column \`reviewed_by_key_id\` text null;`);
    this.addSql(`create index \`events_org_time\` on \`events\` (\`org_id\`, \`occurred_at\`, \`event_id\`);`);
    this.addSql(`create index \`events_org_agent_time\` on \`events\` (\`org_id\`, \`agent_id\`, \`occurred_at\`, \`event_id\`);`);
    this.addSql(`create index \`events_org_task_type_time\` on \`events\` (\`org_id\`, \`task_type\`, \`occurred_at\`, \`event_id\`);`);
    this.addSql(`create index \`events_org_client_time\` on \`events\` (\`org_id\`, \`client\`, \`occurred_at\`, \`event_id\`);`);
    this.addSql(`create index \`events_org_model_time\` on \`events\` (\`org_id\`, \`model\`, \`occurred_at\`, \`event_id\`);`);
    this.addSql(`create index \`events_org_outcome_time\` on \`events\` (\`org_id\`, \`outcome\`, \`review_decision\`, \`occurred_at\`, \`event_id\`);`);

    this.addSql(`alter table \`event_rollup\` add column \`pending_events\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup\` add column \`pending_hours_milli\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup\` add column \`pending_cost_minor\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup\` add column \`stake_hours_milli\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup\` add column \`stake_cost_minor\` bigint not null default '0';`);

    this.addSql(`alter table \`event_rollup_daily\` add column \`pending_events\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup_daily\` add column \`pending_hours_milli\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup_daily\` add column \`pending_cost_minor\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup_daily\` add column \`stake_hours_milli\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup_daily\` add column \`stake_cost_minor\` bigint not null default '0';`);

    // Every needs_review event tracked so far is pending: its full-credit value (as prepare.ts computes it) and
    // the rollups' pending and stake sums, from the events themselves.
    this.addSql(`update \`events\` set \`full_credit_hours_milli\` = cast(round(max(0, baseline_minutes - coalesce(agent_duration_ms, 0) / 60000.0) * 1000 / 60.0) as bigint) where outcome = 'needs_review';`);
    this.addSql(`update \`events\` set \`full_credit_cost_minor\` = (full_credit_hours_milli * hourly_rate_minor + 500) / 1000 where outcome = 'needs_review';`);
    this.addSql(`update \`event_rollup\` as r set pending_events = events, pending_hours_milli = hours_saved_milli, pending_cost_minor = cost_saved_minor, stake_hours_milli = (select coalesce(sum(e.full_credit_hours_milli), 0) from events e where e.org_id = r.org_id and e.occurred_at >= r.hour and e.occurred_at < r.hour + 3600000 and e.agent_id = r.agent_id and e.task_type = r.task_type and coalesce(e.client, '') = r.client and coalesce(e.model, '') = r.model and e.outcome = 'needs_review'), stake_cost_minor = (select coalesce(sum(e.full_credit_cost_minor), 0) from events e where e.org_id = r.org_id and e.occurred_at >= r.hour and e.occurred_at < r.hour + 3600000 and e.agent_id = r.agent_id and e.task_type = r.task_type and coalesce(e.client, '') = r.client and coalesce(e.model, '') = r.model and e.outcome = 'needs_review') where r.outcome = 'needs_review';`);
    this.addSql(`update \`event_rollup_daily\` as r set pending_events = events, pending_hours_milli = hours_saved_milli, pending_cost_minor = cost_saved_minor, stake_hours_milli = (select coalesce(sum(e.full_credit_hours_milli), 0) from events e where e.org_id = r.org_id and e.occurred_at >= r.day and e.occurred_at < r.day + 86400000 and e.agent_id = r.agent_id and e.task_type = r.task_type and e.outcome = 'needs_review'), stake_cost_minor = (select coalesce(sum(e.full_credit_cost_minor), 0) from events e where e.org_id = r.org_id and e.occurred_at >= r.day and e.occurred_at < r.day + 86400000 and e.agent_id = r.agent_id and e.task_type = r.task_type and e.outcome = 'needs_review') where r.outcome = 'needs_review';`);
    this.addSql(`alter table \`event_rollup_daily_client_model\` add column \`pending_events\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup_daily_client_model\` add column \`pending_hours_milli\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup_daily_client_model\` add column \`pending_cost_minor\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup_daily_client_model\` add column \`stake_hours_milli\` bigint not null default '0';`);
    this.addSql(`alter table \`event_rollup_daily_client_model\` add column \`stake_cost_minor\` bigint not null default '0';`);
    this.addSql(`update \`event_rollup_daily_client_model\` as r set pending_events = events, pending_hours_milli = hours_saved_milli, pending_cost_minor = cost_saved_minor, stake_hours_milli = (select coalesce(sum(e.full_credit_hours_milli), 0) from events e where e.org_id = r.org_id and e.occurred_at >= r.day and e.occurred_at < r.day + 86400000 and coalesce(e.client, '') = r.client and coalesce(e.model, '') = r.model and e.outcome = 'needs_review'), stake_cost_minor = (select coalesce(sum(e.full_credit_cost_minor), 0) from events e where e.org_id = r.org_id and e.occurred_at >= r.day and e.occurred_at < r.day + 86400000 and coalesce(e.client, '') = r.client and coalesce(e.model, '') = r.model and e.outcome = 'needs_review') where r.outcome = 'needs_review';`);
    this.addSql(`alter table \`orgs\` add column \`pending_review_valuation\` text not null default 'credit';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table \`event_rollup\` drop column \`pending_events\`;`);
    this.addSql(`alter table \`event_rollup\` drop column \`pending_hours_milli\`;`);
    this.addSql(`alter table \`event_rollup\` drop column \`pending_cost_minor\`;`);
    this.addSql(`alter table \`event_rollup\` drop column \`stake_hours_milli\`;`);
    this.addSql(`alter table \`event_rollup\` drop column \`stake_cost_minor\`;`);

    this.addSql(`alter table \`event_rollup_daily\` drop column \`pending_events\`;`);
    this.addSql(`alter table \`event_rollup_daily\` drop column \`pending_hours_milli\`;`);
    this.addSql(`alter table \`event_rollup_daily\` drop column \`pending_cost_minor\`;`);
    this.addSql(`alter table \`event_rollup_daily\` drop column \`stake_hours_milli\`;`);
    this.addSql(`alter table \`event_rollup_daily\` drop column \`stake_cost_minor\`;`);

    this.addSql(`drop index \`events_org_time\`;`);
    this.addSql(`drop index \`events_org_agent_time\`;`);
    this.addSql(`drop index \`events_org_task_type_time\`;`);
    this.addSql(`drop index \`events_org_client_time\`;`);
    this.addSql(`drop index \`events_org_model_time\`;`);
    this.addSql(`drop index \`events_org_outcome_time\`;`);
    this.addSql(`alter table \`events\` drop column \`full_credit_hours_milli\`;`);
    this.addSql(`alter table \`events\` drop column \`full_credit_cost_minor\`;`);
    this.addSql(`alter table \`events\` drop column \`review_decision\`;`);
    this.addSql(`alter table \`events\` drop column \`review_note\`;`);
    this.addSql(`alter table \`events\` drop column \`reviewed_at\`;`);
    this.addSql(`alter table \`events\` drop column \`reviewed_by_key_id\`;`);
    this.addSql(`create index \`events_org_id_occurred_at_index\` on \`events\` (\`org_id\`, \`occurred_at\`);`);

    this.addSql(`alter table \`event_rollup_daily_client_model\` drop column \`pending_events\`;`);
    this.addSql(`alter table \`event_rollup_daily_client_model\` drop column \`pending_hours_milli\`;`);
    this.addSql(`alter table \`event_rollup_daily_client_model\` drop column \`pending_cost_minor\`;`);
    this.addSql(`alter table \`event_rollup_daily_client_model\` drop column \`stake_hours_milli\`;`);
    this.addSql(`alter table \`event_rollup_daily_client_model\` drop column \`stake_cost_minor\`;`);
    this.addSql(`alter table \`orgs\` drop column \`pending_review_valuation\`;`);
  }

}
