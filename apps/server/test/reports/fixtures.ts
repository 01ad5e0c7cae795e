import { bearer, type TestServer } from '@humanhours/test-kit';

const HOUR = 3_600_000;

/** A varied, deterministic set of events over the last ~20 days: agents, task types, clients, models, outcomes, costs. */
export function sampleEvents(now = Date.now()) {
  const agents = ['support-bot', 'sales-bot', 'ops-bot'];
  const tasks = ['email_classification', 'summarize_document', 'bug_triage'];
  const clients = ['acme', 'globex', '=HYPERLINK("x")', undefined];
  const models = ['openai/gpt-4o', 'acme/private-llm', undefined];
  const outcomes = ['success', 'success', 'needs_review', 'failure'];
  return Array.from({ length: 120 }, (_, i) => {
    const event: Record<string, unknown> = {
      agent_id: agents[i % 3],
      task_type: tasks[(i * 7) % 3],
      outcome: outcomes[i % 4],
      agent_duration_seconds: i % 5 === 0 ? undefined : (i % 13) * 1.5,
      occurred_at: new Date(now - ((i * 37) % 480) * HOUR - (i % 60) * 60_000).toISOString(),
    };
    const client = clients[i % 4];
    if (client) event.metadata = { client, region: i % 2 ? 'eu' : 'us', ticket: i };
    const model = models[i % 3];
    if (model) event.model = model;
    if (model) event.tokens_in = 1000 + i * 10;
    if (i % 6 === 0) event.agent_cost = 0.01 * (i % 7);
    if (i % 9 === 0) event.human_baseline_minutes = 12.5;
    return JSON.parse(JSON.stringify(event));
  });
}

/** Tracks the events through the API and returns the stored events as the API answered them. */
export async function trackAll(server: TestServer, key: string, events: object[]) {
  const res = await server.http.post('/v1/track/batch').set(bearer(key)).send({ events });
  if (res.status !== 207 || res.body.summary.failed) throw new Error(`tracking failed: ${JSON.stringify(res.body).slice(0, 500)}`);
  return res.body.results.map((r: { event: Record<string, any> }) => r.event);
}

/**
 * Writes `count` events of one org straight into the database (no rollup: only raw-fallback reports, those grouped
 * or filtered by metadata, see them), spread over the last `count` × 20 s, each with metadata `{"team": "t0"…"t6"}`.
 * Tens of thousands of events in well under a second, on either database, to make a report heavy.
 */
export async function seedRawEvents(server: TestServer, orgId: string, count: number, now = Date.now()) {
  const metadata = server.db.kind === 'postgresql' ? "jsonb_build_object('team', 't' || (i % 7))" : "json_object('team', 't' || (i % 7))";
  await server.db.run(
    `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
     insert into events (event_id, org_id, agent_id, task_type, outcome, occurred_at, received_at, baseline_minutes, baseline_source,
       hourly_rate_minor, currency, hours_saved_milli, cost_saved_minor, cost_source, net_saved_minor, metadata)
     select 'evt_seed' || ? || i, ?, 'agent-' || (i % 5), 'email_classification', 'success', ? - i * 20000, ? - i * 20000, 4, 'builtin',
       4500, 'EUR', 67, 300, 'none', 300, ${metadata}
     from n`,
    [count, orgId.slice(-8), orgId, now, now],
  );
}
