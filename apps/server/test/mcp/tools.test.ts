// The MCP tools against their REST twins, through the SDK's own client on a real server: the same answers, the same
// validation and error codes, the same access rules (scopes and plans), the same idempotency and quota.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spec } from '@humanhours/contract';
import { bearer, startServer, type TestServer, tempDir } from '@humanhours/test-kit';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { McpTools } from '../../src/mcp/mcp-tools.js';
import { ALL_TOOLS, callOk, callRefused, connectMcp } from './mcp-client.js';

const ADMIN = 'operator-token-0123456789abcdef';
const ANY_KEY_TOOLS = ['get_usage', 'list_agents', 'list_task_types', 'estimate_savings'];
const FREE_INCLUDED = 3;

let server: TestServer;
let keys: Record<'full' | 'track' | 'read' | 'admin' | 'free', string>;
const clients: Client[] = [];
const mcp = async (key: string) => {
  const client = await connectMcp(`${server.url}/mcp`, key);
  clients.push(client);
  return client;
};
let full: Client;

const now = Date.now();
const seed = Array.from({ length: 60 }, (_, i) => ({
  agent_id: `seed-${i % 3}`,
  task_type: ['email_classification', 'code_review', 'crm_update'][i % 3],
  outcome: ['success', 'success', 'needs_review', 'failure'][i % 4],
  agent_duration_seconds: 5 + (i % 40),
  occurred_at: new Date(now - (i % 20) * 86_400_000 - 60_000).toISOString(),
  ...(i % 2 ? { model: 'openai/gpt-4o', tokens_in: 900 + i, tokens_out: 120 } : { agent_cost: 0.01 * (i % 5) }),
  metadata: { client: ['acme', 'globex'][i % 2], team: `t${i % 3}` },
}));

beforeAll(async () => {
  const dir = tempDir();
  const plans = join(dir, 'plans.json');
  writeFileSync(plans, JSON.stringify({ plans: { free: { included_events: FREE_INCLUDED } } }));
  server = await startServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN, HUMANHOURS_PLANS_FILE: plans });
  const first = server.firstKey!;
  const scoped = async (scopes: string[]) =>
    (
      await server.http
        .post('/v1/api-keys')
        .set(bearer(first))
        .send({ name: scopes.join('+'), scopes })
    ).body.secret as string;
  const free = await server.http.post('/v1/admin/orgs').set(bearer(ADMIN)).send({ name: 'Free', plan: 'free' });
  keys = {
    full: first,
    track: await scoped(['track:write']),
    read: await scoped(['read:reports']),
    admin: await scoped(['admin']),
    free: free.body.api_key.secret,
  };
  expect((await server.http.post('/v1/track/batch').set(bearer(first)).send({ events: seed })).status).toBe(207);
  full = await mcp(keys.full);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server?.close();
});

const rest = (path: string, key = keys.full) => server.http.get(path).set(bearer(key));
const storedEvents = async (agentId: string) =>
  Number((await server.db.get<{ n: number }>('select count(*) as n from events where agent_id = ?', [agentId]))!.n);

describe('tools/list', () => {
  it('lists the tools each key may call, by its scopes and its org’s plan', async () => {
    const listed = async (key: string) => (await (await mcp(key)).listTools()).tools.map((t) => t.name);
    expect(await listed(keys.full)).toEqual(ALL_TOOLS);
    expect(await listed(keys.track)).toEqual(['track_event', ...ANY_KEY_TOOLS]);
    expect(await listed(keys.read)).toEqual(ALL_TOOLS.filter((t) => t !== 'track_event'));
    expect(await listed(keys.admin)).toEqual(ANY_KEY_TOOLS);
    // A free org's key has every scope, but the reports need pro.
    expect(await listed(keys.free)).toEqual(['track_event', ...ANY_KEY_TOOLS]);
  });

  it('derives each tool’s schemas from openapi.yaml, and marks the read-only ones', async () => {
    const tools = new Map((await full.listTools()).tools.map((t) => [t.name, t]));
    const schemas = spec.components.schemas;
    const track = tools.get('track_event')!;
    expect(track.inputSchema.required).toEqual(['agent_id', 'task_type', 'outcome']);
    expect((track.inputSchema.properties as any).outcome.enum).toEqual(schemas.Outcome.enum);
    expect((track.inputSchema.properties as any).idempotency_key).toMatchObject({ type: 'string', minLength: 1, maxLength: 255 });
    expect((track.inputSchema as any).additionalProperties).toBe(false);
    expect(Object.keys(track.outputSchema!.properties!)).toEqual(Object.keys(schemas.TrackedEventFields.properties));
    expect(track.annotations).toMatchObject({ readOnlyHint: false, idempotentHint: false, destructiveHint: false });

    const summary = tools.get('get_summary')!;
    expect(Object.keys(summary.inputSchema.properties!)).toEqual([
      'period',
      'from',
      'to',
      'tz',
      'agent_id',
      'task_type',
      'client',
      'model',
      'outcome',
    ]);
    expect((summary.inputSchema.properties as any).period).toMatchObject({ enum: schemas.Period.enum, default: '30d' });
    expect(Object.keys(summary.outputSchema!.properties!)).toEqual(Object.keys(schemas.SummaryResponse.properties));
    for (const name of ALL_TOOLS.filter((t) => t !== 'track_event')) expect(tools.get(name)!.annotations?.readOnlyHint, name).toBe(true);
    // Self-contained: nothing refers into a document the client does not have.
    expect(JSON.stringify([...tools.values()])).not.toContain('$ref');
  });
});

describe('docs/mcp.md', () => {
  it('lists every tool with the access rule and annotation the server applies', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../../docs/mcp.md'), 'utf8');
    const table = doc.slice(doc.indexOf('<!-- tools:start -->'), doc.indexOf('<!-- tools:end -->'));
    const rows = [...table.matchAll(/^\|\s*`([a-z_]+)`\s*\|[^|]*\|([^|]*)\|([^|]*)\|$/gm)].map((m) => [
      m[1],
      m[2].trim(),
      m[3].trim().startsWith('read-only'),
    ]);
    const needs = ({ scopes, minPlan }: { scopes: readonly string[]; minPlan: string | null }) =>
      [...scopes.map((s) => `\`${s}\``), ...(minPlan ? [`${minPlan} plan`] : [])].join(', ') || 'any key';
    expect(rows).toEqual(server.app.get(McpTools).all.map((t) => [t.name, needs(t.access), t.annotations.readOnlyHint]));
  });
});

describe('the read tools answer what REST answers', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['get_summary', {}, '/v1/reports/summary'],
    ['get_summary', { period: '7d', tz: 'Europe/Berlin', client: 'acme' }, '/v1/reports/summary?period=7d&tz=Europe/Berlin&client=acme'],
    ['time_saved_report', { group_by: ['agent', 'task_type'], top: 4 }, '/v1/reports/time-saved?group_by=agent,task_type&top=4'],
    [
      'time_saved_report',
      { group_by: ['metadata.team'], 'metadata.client': 'globex' },
      '/v1/reports/time-saved?group_by=metadata.team&metadata.client=globex',
    ],
    ['cost_saved_report', { period: '90d', group_by: ['client', 'model'] }, '/v1/reports/cost-saved?period=90d&group_by=client,model'],
    ['leaderboard', { metric: 'net_saved', top: 2 }, '/v1/reports/leaderboard?metric=net_saved&top=2'],
    ['get_usage', {}, '/v1/reports/usage'],
    ['list_agents', {}, '/v1/agents'],
    ['list_agents', { limit: 1, search: 'seed' }, '/v1/agents?limit=1&search=seed'],
    ['list_task_types', {}, '/v1/task-types'],
    ['list_task_types', { category: 'dev' }, '/v1/task-types?category=dev'],
  ];
  it.each(cases)('%s %j = GET %s', async (tool, args, path) => {
    const [result, twin] = await Promise.all([callOk(full, tool, args), rest(path)]);
    expect(twin.status).toBe(200);
    expect(result.structuredContent).toEqual(twin.body);
    const [text] = result.content;
    expect(text.type === 'text' && text.text.length).toBeGreaterThan(10);
  });

  it('writes the summary as a sentence of the REST numbers', async () => {
    const result = await callOk(full, 'get_summary', { period: '30d' });
    const { totals, currency } = result.structuredContent as any;
    const money = (n: number) => new Intl.NumberFormat('en', { style: 'currency', currency }).format(n);
    expect(result.content[0]).toEqual({
      type: 'text',
      text: expect.stringContaining(
        `and ${money(totals.cost_saved)} in the last 30 days, net ${money(totals.net_saved)} after ${money(totals.agent_cost)} agent cost`,
      ),
    });
  });

  it('lets any key read the task types and usage, as the hosted service does', async () => {
    const trackOnly = await mcp(keys.track);
    expect((await callOk(trackOnly, 'list_task_types')).structuredContent).toEqual((await rest('/v1/task-types')).body);
    expect((await callOk(trackOnly, 'get_usage')).structuredContent).toEqual((await rest('/v1/reports/usage')).body);
  });

  it('refuses what REST refuses, with the same error', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ period: 'fortnight' }, '/v1/reports/time-saved?period=fortnight'],
      [{ group_by: ['agent', 'agent'] }, '/v1/reports/time-saved?group_by=agent,agent'],
      [{ from: '2026-01-01T00:00:00Z' }, '/v1/reports/time-saved?from=2026-01-01T00:00:00Z'],
      [{ tz: 'Mars/Olympus' }, '/v1/reports/time-saved?tz=Mars/Olympus'],
      [{ top: 0 }, '/v1/reports/time-saved?top=0'],
      [{ surprise: 1 }, '/v1/reports/time-saved?surprise=1'],
    ];
    for (const [args, path] of cases) {
      const twin = await rest(path);
      expect(twin.status, path).toBe(422);
      expect(await callRefused(full, 'time_saved_report', args), path).toEqual(twin.body);
    }
    // U+0000 anywhere in a message is refused before it reaches a tool, as REST refuses it anywhere in a request.
    await expect(full.callTool({ name: 'time_saved_report', arguments: { agent_id: 'a\u0000b' } })).rejects.toThrow(
      /validation_error.*U\+0000.*params\.arguments\.agent_id/,
    );
    // REST's CSV switch has no place in a tool.
    expect((await callRefused(full, 'get_summary', { format: 'csv' })).error).toMatchObject({ code: 'validation_error', field: 'format' });
  });
});

describe('scopes and plans', () => {
  it('refuses a free org’s report tools with feature_locked, exactly as REST', async () => {
    const free = await mcp(keys.free);
    const reports: Array<[string, string]> = [
      ['get_summary', '/v1/reports/summary'],
      ['time_saved_report', '/v1/reports/time-saved'],
      ['cost_saved_report', '/v1/reports/cost-saved'],
      ['leaderboard', '/v1/reports/leaderboard'],
    ];
    for (const [tool, path] of reports) {
      const twin = await rest(path, keys.free);
      expect(twin.status).toBe(403);
      expect(twin.body.error.code).toBe('feature_locked');
      expect(await callRefused(free, tool)).toEqual(twin.body);
    }
    expect((await free.listPrompts()).prompts).toEqual([]);
  });

  it('refuses a tool outside the key’s scopes with insufficient_scope, exactly as REST', async () => {
    const trackOnly = await mcp(keys.track);
    const twin = await rest('/v1/reports/summary', keys.track);
    expect(twin.body.error.code).toBe('insufficient_scope');
    expect(await callRefused(trackOnly, 'get_summary')).toEqual(twin.body);

    const readOnly = await mcp(keys.read);
    const body = { agent_id: 'nope', task_type: 'crm_update', outcome: 'success' };
    const restTrack = await server.http.post('/v1/track').set(bearer(keys.read)).send(body);
    expect(restTrack.body.error.code).toBe('insufficient_scope');
    expect(await callRefused(readOnly, 'track_event', body)).toEqual(restTrack.body);
  });
});

describe('track_event', () => {
  const body = (agent: string) => ({ agent_id: agent, task_type: 'email_classification', outcome: 'success', agent_duration_seconds: 4 });

  it('records the event REST records: a REST retry with the same key replays the tool’s answer byte for byte', async () => {
    const key = randomUUID();
    const result = await callOk(full, 'track_event', { ...body('mcp-twin'), idempotency_key: key });
    expect(result._meta).toEqual({ 'humanhours/result': { idempotency_key: key, replayed: false } });
    expect(result.structuredContent).toMatchObject({
      hours_saved: 0.066,
      cost_saved: 2.97,
      net_saved: 2.97,
      resolved_baseline_source: 'builtin',
    });
    const replay = await server.http.post('/v1/track').set(bearer(keys.full)).set('idempotency-key', key).send(body('mcp-twin'));
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.text).toBe(JSON.stringify(result.structuredContent));
  });

  it('stores one event when retried with the same key, sequentially or concurrently', async () => {
    const key = randomUUID();
    const first = await callOk(full, 'track_event', { ...body('mcp-retry'), idempotency_key: key });
    const retries = await Promise.all(
      Array.from({ length: 6 }, async () => callOk(await mcp(keys.full), 'track_event', { ...body('mcp-retry'), idempotency_key: key })),
    );
    for (const retry of retries) {
      expect(retry.structuredContent).toEqual(first.structuredContent);
      expect(retry._meta).toEqual({ 'humanhours/result': { idempotency_key: key, replayed: true } });
      expect(retry.content[0]).toMatchObject({ text: expect.stringContaining('Already tracked') });
    }
    expect(await storedEvents('mcp-retry')).toBe(1);
  });

  it('generates and returns a key when none is given; each such call is a new event', async () => {
    const a = await callOk(full, 'track_event', body('mcp-unkeyed'));
    const b = await callOk(full, 'track_event', body('mcp-unkeyed'));
    const keyOf = (r: typeof a) => (r._meta as any)['humanhours/result'].idempotency_key as string;
    expect(keyOf(a)).toMatch(/^[0-9a-f-]{36}$/);
    expect(keyOf(a)).not.toBe(keyOf(b));
    expect(a.content[0]).toMatchObject({ text: expect.stringContaining(keyOf(a)) });
    expect(await storedEvents('mcp-unkeyed')).toBe(2);
    // The returned key retries that run.
    expect((await callOk(full, 'track_event', { ...body('mcp-unkeyed'), idempotency_key: keyOf(a) })).structuredContent).toEqual(
      a.structuredContent,
    );
    expect(await storedEvents('mcp-unkeyed')).toBe(2);
  });

  it('answers a reused key with another body with idempotency_key_reused, naming the argument', async () => {
    const key = randomUUID();
    await callOk(full, 'track_event', { ...body('mcp-reuse'), idempotency_key: key });
    const refused = await callRefused(full, 'track_event', { ...body('mcp-reuse'), outcome: 'failure', idempotency_key: key });
    const twin = await server.http
      .post('/v1/track')
      .set(bearer(keys.full))
      .set('idempotency-key', key)
      .send({ ...body('mcp-reuse'), outcome: 'failure' });
    expect(twin.status).toBe(409);
    expect(refused).toEqual({ error: { ...twin.body.error, field: 'idempotency_key' } });
  });

  it('validates the body as REST does, with the same codes and fields', async () => {
    const cases = [
      { ...body('mcp-bad'), outcome: 'great' },
      { ...body('mcp-bad'), agent_duration_seconds: -1 },
      { ...body('mcp-bad'), task_type: 'no_such_task' },
      { ...body('mcp-bad'), occurred_at: '2020-01-01T00:00:00Z' },
      { ...body('mcp-bad'), metadata: { deep: { er: { than: { five: { levels: { x: 1 } } } } } } },
      { ...body('mcp-bad'), surprise: true },
      { agent_id: 'mcp-bad', outcome: 'success' },
    ];
    for (const args of cases) {
      const twin = await server.http.post('/v1/track').set(bearer(keys.full)).send(args);
      expect(twin.status, JSON.stringify(args)).toBe(422);
      expect(await callRefused(full, 'track_event', args), JSON.stringify(args)).toEqual(twin.body);
    }
    const badKey = await callRefused(full, 'track_event', { ...body('mcp-bad'), idempotency_key: '' });
    expect(badKey.error).toMatchObject({ code: 'validation_error', field: 'idempotency_key' });
    expect(await storedEvents('mcp-bad')).toBe(0);
  });

  it('counts against the plan’s quota as REST does, and REST’s usage sees the tool’s events', async () => {
    const free = await mcp(keys.free);
    for (let i = 0; i < FREE_INCLUDED; i++) await callOk(free, 'track_event', body(`mcp-quota-${i}`));
    const refused = await callRefused(free, 'track_event', body('mcp-quota-over'));
    const twin = await server.http.post('/v1/track').set(bearer(keys.free)).send(body('mcp-quota-over'));
    expect(twin.status).toBe(429);
    expect(refused).toEqual(twin.body);
    expect(refused.error.code).toBe('quota_exceeded');
    const usage = await callOk(free, 'get_usage');
    expect(usage.structuredContent).toMatchObject({ plan: 'free', events_this_month: FREE_INCLUDED, hard_cap: true });
    expect(usage.structuredContent).toEqual((await rest('/v1/reports/usage', keys.free)).body);
  });
});

describe('estimate_savings', () => {
  it('values a run exactly as tracking it would, and stores nothing', async () => {
    const run = { task_type: 'code_review', agent_duration_seconds: 95, model: 'openai/gpt-4o', tokens_in: 12_000, tokens_out: 3_000 };
    const usageBefore = (await rest('/v1/reports/usage')).body;
    const estimate = await callOk(full, 'estimate_savings', run);
    expect(await storedEvents('estimate')).toBe(0);
    expect((await rest('/v1/reports/usage')).body).toEqual(usageBefore);

    const tracked = await server.http
      .post('/v1/track')
      .set(bearer(keys.full))
      .send({ ...run, agent_id: 'mcp-estimated', outcome: 'success' });
    expect(tracked.status).toBe(201);
    const valued = Object.fromEntries(Object.keys(estimate.structuredContent!).map((k) => [k, tracked.body[k]]));
    expect(estimate.structuredContent).toEqual(valued);
    expect(estimate.structuredContent).toMatchObject({ resolved_cost_source: 'computed', resolved_baseline_source: 'builtin' });
    expect(estimate.content[0]).toMatchObject({ text: expect.stringContaining('Nothing was stored') });
  });

  it('uses the agent’s own rate and an inline baseline, and refuses what tracking refuses', async () => {
    await server.http.patch('/v1/agents/mcp-pricey').set(bearer(keys.full)).send({ hourly_rate_override: 120 });
    const estimate = await callOk(await mcp(keys.track), 'estimate_savings', {
      task_type: 'nda_first_pass',
      human_baseline_minutes: 30,
      agent_id: 'mcp-pricey',
    });
    expect(estimate.structuredContent).toMatchObject({
      resolved_hourly_rate: 120,
      resolved_baseline_source: 'request',
      hours_saved: 0.5,
      cost_saved: 60,
    });
    const unknown = await callRefused(full, 'estimate_savings', { task_type: 'nda_first_pass' });
    expect(unknown.error).toMatchObject({ code: 'unknown_task_type', field: 'task_type' });
    expect((await callRefused(full, 'estimate_savings', { task_type: 'crm_update', tokens_in: -5 })).error).toMatchObject({
      code: 'validation_error',
      field: 'tokens_in',
    });
    expect((await callRefused(full, 'estimate_savings', { task_type: 'crm_update', outcome: 'failure' })).error.field).toBe('outcome');
  });
});

describe('resources and the roi_report prompt', () => {
  it('reads the task types and the org as REST answers them, with any key', async () => {
    for (const key of [keys.full, keys.track]) {
      const client = await mcp(key);
      expect((await client.listResources()).resources.map((r) => r.uri)).toEqual(['humanhours://task-types', 'humanhours://org']);
      const read = async (uri: string) => {
        const [content] = (await client.readResource({ uri })).contents;
        expect(content.mimeType).toBe('application/json');
        return JSON.parse((content as { text: string }).text);
      };
      const catalogue = await read('humanhours://task-types');
      expect(catalogue).toEqual((await rest('/v1/task-types')).body);
      expect(catalogue.data.find((t: any) => t.key === 'email_classification')).toMatchObject({ baseline_source: expect.any(String) });
      expect(await read('humanhours://org')).toEqual((await rest('/v1/org')).body);
    }
    await expect(full.readResource({ uri: 'humanhours://nothing' })).rejects.toThrow(/Unknown resource/);
  });

  it('offers roi_report to keys that can read reports, checking its arguments like the tools', async () => {
    expect((await full.listPrompts()).prompts).toMatchObject([
      { name: 'roi_report', arguments: [{ name: 'period' }, { name: 'group_by' }] },
    ]);
    const prompt = await full.getPrompt({ name: 'roi_report', arguments: { period: '90d', group_by: 'agent,client' } });
    const text = (prompt.messages[0].content as { text: string }).text;
    expect(text).toContain('get_summary with {"period": "90d"}');
    expect(text).toContain('"group_by": ["agent","client"]');
    expect(text).toContain('CFO');
    const defaults = await full.getPrompt({ name: 'roi_report', arguments: {} });
    expect((defaults.messages[0].content as { text: string }).text).toContain('{"period": "30d"}');
    await expect(full.getPrompt({ name: 'roi_report', arguments: { period: 'forever' } })).rejects.toThrow(/period must be one of/);
    expect((await (await mcp(keys.track)).listPrompts()).prompts).toEqual([]);
  });
});
