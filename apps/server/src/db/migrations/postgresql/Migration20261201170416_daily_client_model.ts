import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170416_daily_client_model extends Migration {

  override name = 'Migration20261201170416_daily_client_model';

  override up(): void | Promise<void> {
    this.addSql(`create table "event_rollup_daily_client_model" ("org_id" varchar(40) not null, "day" bigint not null, "client" varchar(200) not null, "model" varchar(200) not null, "outcome" varchar(12) not null, "events" bigint not null, "hours_saved_milli" bigint not null, "cost_saved_minor" bigint not null, "agent_cost_minor" bigint not null, "net_saved_minor" bigint not null, "tokens_in" bigint not null, "tokens_out" bigint not null, "duration_ms" bigint not null, "duration_count" bigint not null, primary key ("org_id", "day", "client", "model", "outcome"));`);
    // Days already rolled up by the hour: summed in from the hourly rollup (the same sums, fewer keys).
    this.addSql(`insert into event_rollup_daily_client_model (org_id, day, client, model, outcome, events, hours_saved_milli, cost_saved_minor, agent_cost_minor, net_saved_minor, tokens_in, tokens_out, duration_ms, duration_count)
      select org_id, hour - (hour % 86400000), client, model, outcome, sum(events), sum(hours_saved_milli), sum(cost_saved_minor),
        sum(agent_cost_minor), sum(net_saved_minor), sum(tokens_in), sum(tokens_out), sum(duration_ms), sum(duration_count)
      from event_rollup group by 1, 2, 3, 4, 5;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "event_rollup_daily_client_model" cascade;`);
  }

}
