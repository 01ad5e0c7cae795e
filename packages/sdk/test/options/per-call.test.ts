import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  APIConnectionTimeoutError,
  APIUserAbortError,
  HumanHours,
  InternalServerError,
  InvalidEventError,
  InvalidResponseError,
  ValidationError,
} from '../../src/index.js';
import { type FaultProxy, useServerBehindProxy } from '../helpers/fault-proxy.js';
import { eventCount, example, type RealServer } from '../helpers/real-server.js';

let server: RealServer;
let proxy: FaultProxy;
let client: HumanHours;
useServerBehindProxy('each', (s, p) => {
  server = s;
  proxy = p;
});
beforeEach(() => {
  client = new HumanHours({ apiKey: server.firstKey, baseUrl: proxy.url });
});

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('options on every call, as the last argument', () => {
  it('timeout: a read slower than its own timeout fails fast, the client default untouched', async () => {
    proxy.plan({ kind: 'delay-after', ms: 2000 });
    const started = performance.now();
    const error = await client.reports.usage({ timeout: 150, maxRetries: 0 }).catch((e) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toMatch(/150 ms/);
    expect(performance.now() - started).toBeLessThan(1500);
    expect((await client.reports.usage()).plan).toBe('pro');
  });

  it('maxRetries: 0 gives up at the first 503; the default retries it', async () => {
    proxy.plan({ kind: 'status', status: 503 });
    await expect(client.agents.list({}, { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(proxy.seen).toHaveLength(1);
    proxy.plan({ kind: 'status', status: 503, headers: { 'retry-after-ms': '10' } });
    await client.taskTypes.get('email_classification');
    expect(proxy.seen).toHaveLength(3);
  });

  it('signal: aborting ends the call, retries included, with APIUserAbortError', async () => {
    proxy.plan({ kind: 'delay-after', ms: 3000 });
    const controller = new AbortController();
    const call = client.reports.summary({ period: '7d' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
    expect(proxy.seen).toHaveLength(1);
  });

  it('headers: sent with the call; null removes one the SDK sets', async () => {
    const { response } = await client.org.get({ headers: { 'X-Request-Id': 'req-from-the-app', 'user-agent': null } }).withResponse();
    expect(response.requestId).toBe('req-from-the-app');
    expect(proxy.seen[0].headers['x-request-id']).toBe('req-from-the-app');
    expect(proxy.seen[0].headers['user-agent']).not.toMatch(/humanhours-sdk-js/);
  });

  it('idempotencyKey on track: reused, the second call is a visible replay of the first', async () => {
    const first = await client.track(example, { idempotencyKey: 'run-42' }).withResponse();
    const second = await client.track(example, { idempotencyKey: 'run-42' }).withResponse();
    expect(first.response).toMatchObject({ status: 201, replayed: false, idempotencyKey: 'run-42', requestId: expect.any(String) });
    expect(second.response).toMatchObject({ status: 200, replayed: true, idempotencyKey: 'run-42' });
    expect(second.data.event_id).toBe(first.data.event_id);
    expect(first.response.rateLimit).toEqual({ limit: 200, remaining: expect.any(Number), reset: expect.any(Number) });
  });
});

describe('identity and diagnostics', () => {
  it('sends User-Agent humanhours-sdk-js/<version> node/<major>', async () => {
    await client.reports.usage();
    expect(proxy.seen[0].headers['user-agent']).toBe(`humanhours-sdk-js/${version} node/${process.versions.node.split('.')[0]}`);
  });

  it('logs through the given logger at its level, never the key', async () => {
    const lines: string[] = [];
    const logger = {
      error: (m: string) => lines.push(m),
      warn: (m: string) => lines.push(m),
      info: (m: string) => lines.push(m),
      debug: (m: string) => lines.push(m),
    };
    const verbose = new HumanHours({ apiKey: server.firstKey, baseUrl: proxy.url, logger, logLevel: 'debug' });
    proxy.plan({ kind: 'status', status: 503, headers: { 'retry-after-ms': '10' } });
    await verbose.reports.usage();
    expect(lines).toEqual([
      expect.stringMatching(/GET \/v1\/reports\/usage → 503/),
      expect.stringMatching(/retry 1\/2/),
      expect.stringMatching(/GET \/v1\/reports\/usage → 200/),
    ]);
    expect(lines.join('\n')).not.toContain(server.firstKey);
    const quiet: string[] = [];
    const silent = new HumanHours({
      apiKey: server.firstKey,
      baseUrl: proxy.url,
      logger: { ...logger, warn: (m) => quiet.push(m) },
      logLevel: 'off',
    });
    silent.enqueue({ ...example, metadata: { big: 1n } as never });
    expect(quiet).toEqual([]);
  });

  it('a track() body JSON cannot encode rejects with InvalidEventError, sending nothing', async () => {
    const error = await client.track({ ...example, metadata: { n: 1n } as never }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidEventError);
    expect(error.message).toMatch(/BigInt/);
    expect(proxy.seen).toHaveLength(0);
  });

  it('a 200 text/html answer is an InvalidResponseError, not a string', async () => {
    proxy.plan(
      ...Array.from({ length: 3 }, () => ({ kind: 'body', status: 200, contentType: 'text/html', body: '<html>Sign in</html>' }) as const),
    );
    const error = await client.track(example).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, idempotencyKey: expect.any(String) });
    expect(error.message).toMatch(/expected JSON, got text\/html/);
    expect(proxy.seen).toHaveLength(3); // retried with the same key: safe
  });

  it('a JSON body cut short is an InvalidResponseError; a non-envelope error page keeps its status class', async () => {
    proxy.plan({ kind: 'body', status: 200, contentType: 'application/json', body: '{"plan":"pr' });
    await expect(client.reports.usage({ maxRetries: 0 })).rejects.toBeInstanceOf(InvalidResponseError);
    proxy.plan({ kind: 'body', status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' });
    const error = await client.reports.usage({ maxRetries: 0 }).catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, code: undefined });
  });
});

describe('trackBatch() and list iteration', () => {
  it('trackBatch returns the per-item results, in input order', async () => {
    const result = await client.trackBatch([
      example,
      { ...example, task_type: 'no_such_task' },
      { ...example, idempotency_key: 'own-key' },
    ]);
    expect(result.results.map((r) => r.status)).toEqual([201, 422, 201]);
    expect(result.summary).toMatchObject({ accepted: 2, failed: 1 });
    const sent = JSON.parse(proxy.seen[0].body).events.map((e: { idempotency_key: string }) => e.idempotency_key);
    expect(sent[2]).toBe('own-key');
    expect(sent[0]).toMatch(/\.0$/);
  });

  it('for await walks every page of agents, with the same query and options', async () => {
    for (let i = 0; i < 5; i++) await client.track({ ...example, agent_id: `iter-${i}` });
    const seen: string[] = [];
    for await (const agent of client.agents.list({ limit: 2, search: 'iter-' }, { headers: { 'x-request-id': 'paging' } }))
      seen.push(agent.agent_id);
    expect(seen.sort()).toEqual(['iter-0', 'iter-1', 'iter-2', 'iter-3', 'iter-4']);
    const pages = proxy.seen.filter((r) => r.path.startsWith('/v1/agents'));
    expect(pages).toHaveLength(3);
    expect(pages.every((r) => r.headers['x-request-id'] === 'paging' && r.path.includes('search=iter-'))).toBe(true);
    const first = await client.agents.list({ limit: 2, search: 'iter-' }); // awaited: the first page
    expect(first.data).toHaveLength(2);
    expect(first.next_cursor).toEqual(expect.any(String));
  });

  it('for await over the unpaged lists yields their items', async () => {
    let builtins = 0;
    for await (const taskType of client.taskTypes.list()) if (taskType.kind === 'builtin') builtins++;
    expect(builtins).toBe(50);
    const keys = [];
    for await (const key of client.apiKeys.list()) keys.push(key.id);
    expect(keys.length).toBeGreaterThanOrEqual(1);
  });

  it('errors are typed and carry the request id', async () => {
    const error = await client.track({ ...example, task_type: 'interpretive_dance' }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 422, code: 'unknown_task_type', field: 'task_type', requestId: expect.any(String) });
    expect(await eventCount(server, 'never')).toBe(0);
  });
});
