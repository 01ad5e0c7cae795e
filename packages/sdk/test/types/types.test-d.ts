import { describe, expectTypeOf, it } from 'vitest';
import { HumanHoursAdmin } from '../../src/admin.js';
import HumanHoursDefault, {
  type Agent,
  type APIError,
  type ErrorCode,
  type ErrorHandler,
  type FlushResult,
  HumanHours,
  type LeaderboardResponse,
  type ReportResponse,
  type ResponseInfo,
  type ShutdownResult,
  type SummaryResponse,
  type TaskType,
  type TimeSavedParams,
  type TrackBatchItem,
  type TrackedEvent,
  type TrackRequest,
  type UsageReport,
  type WithResponse,
} from '../../src/index.js';

const client = new HumanHours({ apiKey: 'hh_live_x' });
const event = { agent_id: 'a', task_type: 'email_classification', outcome: 'success' } as const;

describe('types generated from openapi.yaml', () => {
  it('the default export is the client', () => {
    expectTypeOf(HumanHoursDefault).toEqualTypeOf<typeof HumanHours>();
  });

  it('track takes a TrackRequest and resolves to a TrackedEvent', () => {
    expectTypeOf(client.track).parameter(0).toEqualTypeOf<TrackRequest>();
    expectTypeOf(client.track(event)).resolves.toEqualTypeOf<TrackedEvent>();
    expectTypeOf<TrackedEvent['hours_saved']>().toEqualTypeOf<number>();
    expectTypeOf<TrackedEvent['agent_cost']>().toEqualTypeOf<number | null>();
    expectTypeOf<TrackedEvent['resolved_baseline_source']>().toEqualTypeOf<'request' | 'override' | 'builtin' | 'custom' | 'fallback'>();
  });

  it('track rejects a missing agent_id, a wrong outcome and unknown fields', () => {
    // @ts-expect-error agent_id is required
    void client.track({ task_type: 'email_classification', outcome: 'success' });
    // @ts-expect-error outcome is an enum
    void client.track({ ...event, outcome: 'ok' });
    // @ts-expect-error no such field
    void client.track({ ...event, agent_duration: 4 });
    // @ts-expect-error idempotency keys go in the options, not the body, for track()
    void client.track(event, { idempotency_key: 'k' });
    void client.track(event, { idempotencyKey: 'run-1' });
  });

  it('enqueue takes a batch item (with an optional idempotency_key) and returns the key', () => {
    expectTypeOf(client.enqueue).parameter(0).toEqualTypeOf<TrackBatchItem>();
    expectTypeOf(client.enqueue({ ...event, idempotency_key: 'k' })).toEqualTypeOf<string | undefined>();
    // @ts-expect-error task_type is required
    client.enqueue({ agent_id: 'a', outcome: 'success' });
  });

  it('onError gets a typed error and the events', () => {
    expectTypeOf<Parameters<ErrorHandler>[1]>().toEqualTypeOf<TrackBatchItem[]>();
    expectTypeOf<APIError['code']>().toEqualTypeOf<ErrorCode | undefined>();
    expectTypeOf<APIError['status']>().toEqualTypeOf<number | undefined>();
  });

  it('report parameters are typed, metadata filters included', () => {
    expectTypeOf<TimeSavedParams['period']>().toEqualTypeOf<'24h' | '7d' | '30d' | '90d' | 'ytd' | 'all' | undefined>();
    void client.reports.timeSaved({ group_by: ['agent', 'task_type', 'metadata.queue'], top: 10, 'metadata.client': 'acme' });
    // @ts-expect-error no such period
    void client.reports.timeSaved({ period: '2w' });
    // @ts-expect-error no such parameter
    void client.reports.timeSaved({ groupBy: ['agent'] });
    // @ts-expect-error group_by is an array
    void client.reports.timeSaved({ group_by: 'agent' });
    // @ts-expect-error leaderboard ranks by a metric
    void client.reports.leaderboard({ metric: 'fun' });
  });

  it('reports resolve to their schemas, or CSV text with format csv', () => {
    expectTypeOf(client.reports.timeSaved()).resolves.toEqualTypeOf<ReportResponse>();
    expectTypeOf(client.reports.timeSaved({ format: 'json' })).resolves.toEqualTypeOf<ReportResponse>();
    expectTypeOf(client.reports.timeSaved({ format: 'csv' })).resolves.toEqualTypeOf<string>();
    expectTypeOf(client.reports.costSaved()).resolves.toEqualTypeOf<ReportResponse>();
    expectTypeOf(client.reports.leaderboard()).resolves.toEqualTypeOf<LeaderboardResponse>();
    expectTypeOf(client.reports.summary()).resolves.toEqualTypeOf<SummaryResponse>();
    expectTypeOf(client.reports.summary({ format: 'csv' })).resolves.toEqualTypeOf<string>();
    expectTypeOf(client.reports.export()).resolves.toEqualTypeOf<string>();
    expectTypeOf(client.reports.usage()).resolves.toEqualTypeOf<UsageReport>();
    const params: TimeSavedParams = { period: '7d' }; // format unknown until run time
    expectTypeOf(client.reports.timeSaved(params)).resolves.toEqualTypeOf<ReportResponse | string>();
  });

  it('resources take and return their schemas', () => {
    expectTypeOf(client.agents.update('a', { hourly_rate_override: null })).resolves.toEqualTypeOf<Agent>();
    // @ts-expect-error hourly_rate_override is a number or null
    void client.agents.update('a', { hourly_rate_override: '60' });
    expectTypeOf(client.apiKeys.create({ name: 'ci' }))
      .resolves.toHaveProperty('secret')
      .toEqualTypeOf<string>();
    // @ts-expect-error no such scope
    void client.apiKeys.create({ name: 'ci', scopes: ['write'] });
    expectTypeOf(client.taskTypes.list({ category: 'legal' })).resolves.toHaveProperty('data');
  });

  it('every method takes the request options last; only the tracking writes take an idempotencyKey', () => {
    const controller = new AbortController();
    const options = { timeout: 1000, maxRetries: 0, signal: controller.signal, headers: { 'x-request-id': 'r', 'user-agent': null } };
    void client.reports.usage(options);
    void client.reports.timeSaved({ period: '7d' }, options);
    void client.agents.list({ limit: 10 }, options);
    void client.org.get(options);
    void client.trackBatch([event], { ...options, idempotencyKey: 'batch-1' });
    // @ts-expect-error reads take no idempotency key
    void client.reports.usage({ idempotencyKey: 'k' });
    // @ts-expect-error the server has no idempotency key for creating API keys
    void client.apiKeys.create({ name: 'ci' }, { idempotencyKey: 'k' });
  });

  it('withResponse() gives the body and the response details', () => {
    expectTypeOf(client.track(event).withResponse()).resolves.toEqualTypeOf<WithResponse<TrackedEvent>>();
    expectTypeOf<ResponseInfo['replayed']>().toEqualTypeOf<boolean>();
    expectTypeOf<ResponseInfo['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<APIError['idempotencyKey']>().toEqualTypeOf<string | undefined>();
  });

  it('lists are awaitable pages and async iterables of their items', () => {
    expectTypeOf(client.agents.list()).resolves.toHaveProperty('next_cursor');
    expectTypeOf(client.agents.list()).toMatchTypeOf<AsyncIterable<Agent>>();
    expectTypeOf(client.taskTypes.list()).toMatchTypeOf<AsyncIterable<TaskType>>();
  });

  it('takes the runtime fetch as is', () => {
    void new HumanHours({ apiKey: 'k', fetch });
    void new HumanHours({ apiKey: 'k', fetch: (url, init) => fetch(url, init) });
  });

  it('flush and shutdown resolve to what they did', () => {
    expectTypeOf(client.flush()).resolves.toEqualTypeOf<FlushResult>();
    expectTypeOf(client.shutdown({ timeout: 5000 })).resolves.toEqualTypeOf<ShutdownResult>();
  });

  it('the admin client lives in its own entry', () => {
    const admin = new HumanHoursAdmin({ adminToken: 't' });
    expectTypeOf(admin.orgs.update('org', { plan: 'enterprise' })).resolves.toHaveProperty('plan');
    // @ts-expect-error the org client has no admin operations
    void client.orgs;
  });
});
