import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  AuthenticationError,
  ConflictError,
  HumanHours,
  HumanHoursError,
  NotFoundError,
  PermissionDeniedError,
  QuotaExceededError,
  ValidationError,
} from '../../src/index.js';
import { startFaultProxy } from '../helpers/fault-proxy.js';
import { eventCount, example, type RealServer, startServer } from '../helpers/real-server.js';

let server: RealServer;
let client: HumanHours;
beforeAll(async () => {
  server = await startServer();
  client = new HumanHours({ apiKey: server.firstKey, baseUrl: server.url });
});
afterAll(async () => server.close());

describe('track()', () => {
  it('resolves with the stored event and its valuation: the documented example', async () => {
    const before = await eventCount(server);
    const event = await client.track(example);
    expect(event).toMatchObject({
      agent_id: 'support-classifier',
      task_type: 'email_classification',
      outcome: 'success',
      resolved_baseline_minutes: 4,
      resolved_baseline_source: 'builtin',
      resolved_hourly_rate: 45,
      currency: 'EUR',
      agent_duration_seconds: 4,
      hours_saved: 0.066,
      cost_saved: 2.97,
      agent_cost: null,
      resolved_cost_source: 'none',
      net_saved: 2.97,
    });
    expect(event.event_id).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(await eventCount(server)).toBe(before + 1);
  });

  it('sends a fresh UUID idempotency key per call, so two calls are two events', async () => {
    const proxy = await startFaultProxy(server.url);
    try {
      const viaProxy = new HumanHours({ apiKey: server.firstKey, baseUrl: proxy.url });
      const [a, b] = await Promise.all([viaProxy.track(example), viaProxy.track(example)]);
      expect(a.event_id).not.toBe(b.event_id);
      const keys = proxy.seen.map((r) => r.headers['idempotency-key']);
      expect(keys).toHaveLength(2);
      for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(keys[0]).not.toBe(keys[1]);
    } finally {
      await proxy.close();
    }
  });

  it('resolves a replay (200, Idempotent-Replayed) exactly like the original 201', async () => {
    const before = await eventCount(server);
    const first = await client.track(example, { idempotencyKey: 'sdk-replay-1' });
    const again = await client.track(example, { idempotencyKey: 'sdk-replay-1' });
    expect(again).toEqual(first);
    expect(await eventCount(server)).toBe(before + 1);
  });

  it('computes the run cost from model and tokens', async () => {
    const event = await client.track({
      ...example,
      model: 'openai/gpt-4o',
      tokens_in: 2000,
      tokens_out: 500,
      metadata: { client: 'acme' },
    });
    expect(event).toMatchObject({ resolved_cost_source: 'computed', client: 'acme', model: 'openai/gpt-4o' });
    expect(event.agent_cost).toBeGreaterThan(0);
  });
});

describe('typed errors from the real server', () => {
  it('a bad key is an AuthenticationError, raised at once (never retried)', async () => {
    const proxy = await startFaultProxy(server.url);
    try {
      const bad = new HumanHours({ apiKey: 'hh_live_nope', baseUrl: proxy.url });
      const error = await bad.track(example).catch((e) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ status: 401, code: 'invalid_api_key', name: 'AuthenticationError' });
      expect(error.requestId).toEqual(expect.any(String));
      expect(error.headers.get('x-request-id')).toBe(error.requestId);
      expect(proxy.seen).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('a validation failure is a ValidationError naming the field', async () => {
    const before = await eventCount(server);
    const cases: Array<[object, string]> = [
      [{ ...example, agent_id: '' }, 'agent_id'],
      [{ ...example, outcome: 'ok' }, 'outcome'],
      [{ ...example, audit_sample: { input_excerpt: 'x'.repeat(2001) } }, 'audit_sample.input_excerpt'],
    ];
    for (const [body, field] of cases) {
      const error = await client.track(body as never).catch((e) => e);
      expect(error, field).toBeInstanceOf(ValidationError);
      expect(error, field).toMatchObject({ status: 422, code: 'validation_error', field });
      expect(error.message).toEqual(expect.any(String));
    }
    const unknown = await client.track({ ...example, task_type: 'interpretive_dance' }).catch((e) => e);
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(unknown).toMatchObject({ code: 'unknown_task_type', field: 'task_type', hint: expect.any(String) });
    expect(await eventCount(server)).toBe(before);
  });

  it('a key reused with another body is a ConflictError (final)', async () => {
    await client.track(example, { idempotencyKey: 'sdk-409' });
    const error = await client.track({ ...example, agent_duration_seconds: 5 }, { idempotencyKey: 'sdk-409' }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: 'idempotency_key_reused', field: 'Idempotency-Key' });
  });

  it('a key without the scope is a PermissionDeniedError', async () => {
    const reader = await client.apiKeys.create({ name: 'reader', scopes: ['read:reports'] });
    const error = await new HumanHours({ apiKey: reader.secret, baseUrl: server.url }).track(example).catch((e) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, code: 'insufficient_scope' });
  });

  it('an unknown resource is a NotFoundError', async () => {
    const error = await client.taskTypes.get('no_such_task_type').catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('no server at all is an APIConnectionError once the retries are spent', async () => {
    const nowhere = new HumanHours({ apiKey: server.firstKey, baseUrl: 'http://127.0.0.1:9', maxRetries: 1 });
    const error = await nowhere.track(example).catch((e) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.status).toBeUndefined();
    expect(error.cause).toBeDefined();
  });

  it('refuses to start without an API key', () => {
    const saved = process.env.HUMANHOURS_API_KEY;
    delete process.env.HUMANHOURS_API_KEY;
    try {
      expect(() => new HumanHours()).toThrow(HumanHoursError);
    } finally {
      if (saved !== undefined) process.env.HUMANHOURS_API_KEY = saved;
    }
  });
});

describe('the free plan’s monthly cap', () => {
  it('quota_exceeded is a QuotaExceededError at once, not a days-long retry; per batch item too', async () => {
    const free = await startServer({ HUMANHOURS_INIT_PLAN: 'free' });
    const proxy = await startFaultProxy(free.url);
    try {
      const failures: Array<[Error, unknown[]]> = [];
      const sdk = new HumanHours({ apiKey: free.firstKey, baseUrl: proxy.url, onError: (e, events) => failures.push([e, events]) });
      for (let i = 0; i < 501; i++) sdk.enqueue({ ...example, agent_id: `cap-${i}` });
      await sdk.flush();
      expect(await eventCount(free)).toBe(500);
      expect(failures).toHaveLength(1);
      expect(failures[0][0]).toBeInstanceOf(QuotaExceededError);
      expect(failures[0][1]).toEqual([expect.objectContaining({ agent_id: 'cap-500', idempotency_key: expect.any(String) })]);

      const requests = proxy.seen.length;
      const started = performance.now();
      const error = await sdk.track(example).catch((e) => e);
      expect(error).toBeInstanceOf(QuotaExceededError);
      expect(error).toMatchObject({ status: 429, code: 'quota_exceeded' });
      expect(error.retryAfter).toBeGreaterThan(60);
      expect(proxy.seen.length - requests).toBe(1);
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      await proxy.close();
      await free.close();
    }
  });
});
