-- time saved by agent and task type, 30 days: GET /v1/reports/time-saved?period=30d&group_by=agent,task_type
select agent_id as d0, task_type as d1, sum(events) as s0, sum(case when outcome = 'success' then events else 0 end) as s1, sum(case when outcome = 'failure' then events else 0 end) as s2, sum(case when outcome = 'needs_review' then events else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(agent_cost_minor) as s6, sum(net_saved_minor) as s7, sum(tokens_in) as s8, sum(tokens_out) as s9, sum(duration_ms) as s10, sum(duration_count) as s11 from event_rollup_daily where org_id = ? and day >= ? and day < ? group by 1, 2
-- params: ["<org>", <instant>, <instant>]

-- time saved by day in Europe/Berlin: GET /v1/reports/time-saved?period=30d&group_by=day&tz=Europe/Berlin
select hour as t, sum(events) as s0, sum(case when outcome = 'success' then events else 0 end) as s1, sum(case when outcome = 'failure' then events else 0 end) as s2, sum(case when outcome = 'needs_review' then events else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(agent_cost_minor) as s6, sum(net_saved_minor) as s7, sum(tokens_in) as s8, sum(tokens_out) as s9, sum(duration_ms) as s10, sum(duration_count) as s11 from event_rollup where org_id = ? and hour >= ? and hour < ? group by 1
-- params: ["<org>", <instant>, <instant>]

select day as t, sum(events) as s0, sum(case when outcome = 'success' then events else 0 end) as s1, sum(case when outcome = 'failure' then events else 0 end) as s2, sum(case when outcome = 'needs_review' then events else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(agent_cost_minor) as s6, sum(net_saved_minor) as s7, sum(tokens_in) as s8, sum(tokens_out) as s9, sum(duration_ms) as s10, sum(duration_count) as s11 from event_rollup_daily where org_id = ? and day >= ? and day < ? group by 1
-- params: ["<org>", <instant>, <instant>]

select hour as t, sum(events) as s0, sum(case when outcome = 'success' then events else 0 end) as s1, sum(case when outcome = 'failure' then events else 0 end) as s2, sum(case when outcome = 'needs_review' then events else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(agent_cost_minor) as s6, sum(net_saved_minor) as s7, sum(tokens_in) as s8, sum(tokens_out) as s9, sum(duration_ms) as s10, sum(duration_count) as s11 from event_rollup where org_id = ? and hour >= ? and hour < ? group by 1
-- params: ["<org>", <instant>, <instant>]

select hour as t, sum(events) as s0, sum(case when outcome = 'success' then events else 0 end) as s1, sum(case when outcome = 'failure' then events else 0 end) as s2, sum(case when outcome = 'needs_review' then events else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(agent_cost_minor) as s6, sum(net_saved_minor) as s7, sum(tokens_in) as s8, sum(tokens_out) as s9, sum(duration_ms) as s10, sum(duration_count) as s11 from event_rollup where org_id = ? and hour >= ? and hour < ? and hour in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) group by 1
-- params: ["<org>", <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>, <instant>]

-- cost saved by client: GET /v1/reports/cost-saved?group_by=client
select nullif(client, '') as d0, sum(events) as s0, sum(case when outcome = 'success' then events else 0 end) as s1, sum(case when outcome = 'failure' then events else 0 end) as s2, sum(case when outcome = 'needs_review' then events else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(agent_cost_minor) as s6, sum(net_saved_minor) as s7, sum(tokens_in) as s8, sum(tokens_out) as s9, sum(duration_ms) as s10, sum(duration_count) as s11 from event_rollup_daily_client_model where org_id = ? and day >= ? and day < ? group by 1
-- params: ["<org>", <instant>, <instant>]

-- leaderboard by events, 30 days: GET /v1/reports/leaderboard?metric=events&period=30d
select agent_id as d0, sum(events) as s0, sum(case when outcome = 'success' then events else 0 end) as s1, sum(case when outcome = 'failure' then events else 0 end) as s2, sum(case when outcome = 'needs_review' then events else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(agent_cost_minor) as s6, sum(net_saved_minor) as s7, sum(tokens_in) as s8, sum(tokens_out) as s9, sum(duration_ms) as s10, sum(duration_count) as s11 from event_rollup_daily where org_id = ? and day >= ? and day < ? group by 1
-- params: ["<org>", <instant>, <instant>]

-- summary, 7 days: GET /v1/reports/summary?period=7d
select day as t, sum(events) as s0, sum(case when outcome = 'success' then events else 0 end) as s1, sum(case when outcome = 'failure' then events else 0 end) as s2, sum(case when outcome = 'needs_review' then events else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(agent_cost_minor) as s6, sum(net_saved_minor) as s7, sum(tokens_in) as s8, sum(tokens_out) as s9, sum(duration_ms) as s10, sum(duration_count) as s11 from event_rollup_daily where org_id = ? and day >= ? and day < ? group by 1
-- params: ["<org>", <instant>, <instant>]

select agent_id as d0, task_type as d1, sum(events) as s0, sum(case when outcome = 'success' then events else 0 end) as s1, sum(case when outcome = 'failure' then events else 0 end) as s2, sum(case when outcome = 'needs_review' then events else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(agent_cost_minor) as s6, sum(net_saved_minor) as s7, sum(tokens_in) as s8, sum(tokens_out) as s9, sum(duration_ms) as s10, sum(duration_count) as s11 from event_rollup_daily where org_id = ? and day >= ? and day < ? group by 1, 2
-- params: ["<org>", <instant>, <instant>]

select nullif(client, '') as d0, nullif(model, '') as d1, sum(events) as s0, sum(case when outcome = 'success' then events else 0 end) as s1, sum(case when outcome = 'failure' then events else 0 end) as s2, sum(case when outcome = 'needs_review' then events else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(agent_cost_minor) as s6, sum(net_saved_minor) as s7, sum(tokens_in) as s8, sum(tokens_out) as s9, sum(duration_ms) as s10, sum(duration_count) as s11 from event_rollup_daily_client_model where org_id = ? and day >= ? and day < ? group by 1, 2
-- params: ["<org>", <instant>, <instant>]

-- time saved by metadata.team (raw events): GET /v1/reports/time-saved?period=30d&group_by=metadata.team
select (case when jsonb_typeof(metadata -> ?) = 'string' then metadata ->> ? end) as d0, count(*) as s0, sum(case when outcome = 'success' then 1 else 0 end) as s1, sum(case when outcome = 'failure' then 1 else 0 end) as s2, sum(case when outcome = 'needs_review' then 1 else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(coalesce(agent_cost_minor, 0)) as s6, sum(net_saved_minor) as s7, sum(coalesce(tokens_in, 0)) as s8, sum(coalesce(tokens_out, 0)) as s9, sum(coalesce(agent_duration_ms, 0)) as s10, count(agent_duration_ms) as s11 from events where org_id = ? and occurred_at >= ? and occurred_at < ? group by 1
-- params: ["team", "team", "<org>", <instant>, <instant>]

-- time saved, last 24 hours: GET /v1/reports/time-saved?period=24h
select agent_id as d0, count(*) as s0, sum(case when outcome = 'success' then 1 else 0 end) as s1, sum(case when outcome = 'failure' then 1 else 0 end) as s2, sum(case when outcome = 'needs_review' then 1 else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(coalesce(agent_cost_minor, 0)) as s6, sum(net_saved_minor) as s7, sum(coalesce(tokens_in, 0)) as s8, sum(coalesce(tokens_out, 0)) as s9, sum(coalesce(agent_duration_ms, 0)) as s10, count(agent_duration_ms) as s11 from events where org_id = ? and occurred_at >= ? and occurred_at < ? group by 1
-- params: ["<org>", <instant>, <instant>]

select agent_id as d0, sum(events) as s0, sum(case when outcome = 'success' then events else 0 end) as s1, sum(case when outcome = 'failure' then events else 0 end) as s2, sum(case when outcome = 'needs_review' then events else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(agent_cost_minor) as s6, sum(net_saved_minor) as s7, sum(tokens_in) as s8, sum(tokens_out) as s9, sum(duration_ms) as s10, sum(duration_count) as s11 from event_rollup where org_id = ? and hour >= ? and hour < ? group by 1
-- params: ["<org>", <instant>, <instant>]

select agent_id as d0, count(*) as s0, sum(case when outcome = 'success' then 1 else 0 end) as s1, sum(case when outcome = 'failure' then 1 else 0 end) as s2, sum(case when outcome = 'needs_review' then 1 else 0 end) as s3, sum(hours_saved_milli) as s4, sum(cost_saved_minor) as s5, sum(coalesce(agent_cost_minor, 0)) as s6, sum(net_saved_minor) as s7, sum(coalesce(tokens_in, 0)) as s8, sum(coalesce(tokens_out, 0)) as s9, sum(coalesce(agent_duration_ms, 0)) as s10, count(agent_duration_ms) as s11 from events where org_id = ? and occurred_at >= ? and occurred_at < ? group by 1
-- params: ["<org>", <instant>, <instant>]
