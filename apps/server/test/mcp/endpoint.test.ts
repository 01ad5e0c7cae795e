// The MCP endpoint as a transport: Streamable HTTP (stateless, JSON answers), authenticated and metered exactly as
// the REST API, with the REST error envelope for everything that happens before a message reaches the MCP server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, floodUntilLimited, startServer, type TestServer, tempDir, useServer } from '@humanhours/test-kit';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TOOLS, callOk, connectMcp, MCP_ACCEPT, rpc } from './mcp-client.js';

const ADMIN = 'operator-token-0123456789abcdef';
let server: TestServer;
let key: string;
useServer({ HUMANHOURS_ADMIN_TOKEN: ADMIN }, (s, k) => {
  server = s;
  key = k;
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  server.http
    .post(path)
    .set({ 'content-type': 'application/json', ...headers })
    .send(typeof body === 'string' ? body : JSON.stringify(body));

describe('Streamable HTTP, stateless', () => {
  it('initializes the SDK client, with the server’s name, capabilities and instructions', async () => {
    const client = await connectMcp(`${server.url}/mcp`, key);
    expect(client.getServerVersion()).toMatchObject({ name: 'humanhours', title: 'HumanHours' });
    expect(client.getServerCapabilities()).toMatchObject({ tools: {}, resources: {}, prompts: {} });
    expect(client.getInstructions()).toContain('track_event');
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(ALL_TOOLS);
    await client.close();
  });

  it('answers the same under /api/mcp', async () => {
    const client = await connectMcp(`${server.url}/api/mcp`, key);
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(ALL_TOOLS);
    await client.close();
  });

  it('answers a request with JSON (no session id) carrying the request id and the rate-limit headers, as the spec says', async () => {
    const res = await post(
      '/mcp',
      rpc('initialize', { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'raw', version: '0' } }),
      { ...bearer(key), ...MCP_ACCEPT, 'x-request-id': 'mcp-raw-1' },
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['mcp-session-id']).toBeUndefined();
    expect(res.headers['x-request-id']).toBe('mcp-raw-1');
    expect(Number(res.headers['x-ratelimit-limit'])).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ jsonrpc: '2.0', id: 1, result: { protocolVersion: LATEST_PROTOCOL_VERSION } });
    expect(res).toMatchApiSpec();
    const line = server.logs.find((l) => l.reqId === 'mcp-raw-1' && l.msg === 'request');
    expect(line).toMatchObject({ method: 'POST', path: '/mcp', status: 200 });
  });

  it('any request stands alone: tools/call without initialize, on a fresh connection', async () => {
    const res = await post('/mcp', rpc('tools/call', { name: 'get_usage', arguments: {} }, 7), {
      ...bearer(key),
      ...MCP_ACCEPT,
      'mcp-protocol-version': LATEST_PROTOCOL_VERSION,
    });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(7);
    expect(res.body.result.structuredContent.plan).toBe('pro');
    expect(res).toMatchApiSpec();
  });

  it('accepts a notification with 202 and no body', async () => {
    const res = await post('/mcp', rpc('notifications/initialized', undefined, null), { ...bearer(key), ...MCP_ACCEPT });
    expect(res.status).toBe(202);
    expect(res.text).toBe('');
    expect(res).toMatchApiSpec();
  });

  it('GET and DELETE answer 405 (no event stream, no session), in the envelope', async () => {
    for (const method of ['get', 'delete'] as const) {
      const res = await server.http[method]('/mcp').set(bearer(key)).set(MCP_ACCEPT);
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('POST');
      expect(res.body.error.code).toBe('method_not_allowed');
    }
  });

  it('refuses a missing Accept with the transport’s 406, an unsupported protocol version and a non-MCP message with 400', async () => {
    const noAccept = await post('/mcp', rpc('tools/list'), bearer(key));
    expect(noAccept.status).toBe(406);
    expect(noAccept.body).toMatchObject({ jsonrpc: '2.0', error: { code: -32000 }, id: null });
    expect(noAccept).toMatchApiSpec();

    const badVersion = await post('/mcp', rpc('tools/list'), { ...bearer(key), ...MCP_ACCEPT, 'mcp-protocol-version': '1999-01-01' });
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.error.message).toMatch(/protocol version/i);
    expect(badVersion).toMatchApiSpec();

    const notAMessage = await post('/mcp', { jsonrpc: '2.0', id: 1 }, { ...bearer(key), ...MCP_ACCEPT });
    expect(notAMessage.status).toBe(400);
    expect(notAMessage.body.error.code).toBe(-32700);
    expect(notAMessage).toMatchApiSpec();
  });

  it('uses the REST envelope before the MCP server: invalid JSON, a batch, a non-JSON body', async () => {
    const invalid = await post('/mcp', '{"jsonrpc":', { ...bearer(key), ...MCP_ACCEPT });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('invalid_json');
    expect(invalid).toMatchApiSpec();

    const batch = await post('/mcp', [rpc('tools/list'), rpc('tools/list', {}, 2)], { ...bearer(key), ...MCP_ACCEPT });
    expect(batch.status).toBe(422);
    expect(batch.body.error).toMatchObject({ code: 'validation_error', field: 'body' });
    expect(batch).toMatchApiSpec();

    const text = await server.http.post('/mcp').set(bearer(key)).set('content-type', 'text/plain').send('hello');
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('unsupported_media_type');
  });

  it('answers an unknown tool with a JSON-RPC error', async () => {
    const client = await connectMcp(`${server.url}/mcp`, key);
    await expect(client.callTool({ name: 'no_such_tool', arguments: {} })).rejects.toThrow(/Unknown tool/);
    await client.close();
  });
});

describe('authentication', () => {
  const challenge = (s: TestServer) => `Bearer resource_metadata="${s.url}/.well-known/oauth-protected-resource"`;

  it('answers 401 with a WWW-Authenticate pointing at the protected-resource metadata', async () => {
    const cases: Array<[Record<string, string>, string, string]> = [
      [{}, 'missing_authorization', challenge(server)],
      [{ authorization: 'Basic abc' }, 'missing_authorization', challenge(server)],
      [bearer('hh_live_nope'), 'invalid_api_key', `${challenge(server)}, error="invalid_token"`],
      [bearer(`hh_live_Unknown1_${'x'.repeat(48)}`), 'invalid_api_key', `${challenge(server)}, error="invalid_token"`],
    ];
    for (const [headers, code, header] of cases) {
      const res = await post('/mcp', rpc('tools/list'), { ...headers, ...MCP_ACCEPT });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe(code);
      expect(res.headers['www-authenticate']).toBe(header);
      expect(res).toMatchApiSpec();
    }
  });

  it('names the origin the client used, behind a proxy too', async () => {
    const proxied = await post('/mcp', rpc('tools/list'), { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'hh.example.com' });
    expect(proxied.headers['www-authenticate']).toBe(
      'Bearer resource_metadata="https://hh.example.com/.well-known/oauth-protected-resource"',
    );
    const forged = await post('/mcp', rpc('tools/list'), { 'x-forwarded-proto': 'javascript', 'x-forwarded-host': 'a"b' });
    expect(forged.headers['www-authenticate']).toBe(challenge(server));
  });

  it('serves the RFC 9728 metadata without authentication', async () => {
    const res = await server.http.get('/.well-known/oauth-protected-resource');
    expect(res.status).toBe(200);
    expect(res).toMatchApiSpec();
    expect(res.body).toEqual({
      resource: server.url,
      bearer_methods_supported: ['header'],
      scopes_supported: ['track:write', 'read:reports', 'admin', 'review:write'],
      resource_name: 'HumanHours',
      resource_documentation: `${server.url}/docs`,
    });
  });

  it('the SDK client fails to connect without a key, with the 401', async () => {
    const error = await connectMcp(`${server.url}/mcp`, null).catch((e) => e);
    expect(error).toBeInstanceOf(StreamableHTTPError);
    expect(error.code).toBe(401);
  });

  it('refuses a revoked key on its very next call', async () => {
    const created = await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'mcp-doomed' });
    const client = await connectMcp(`${server.url}/mcp`, created.body.secret);
    await callOk(client, 'get_usage');
    const revoked = await server.http.delete(`/v1/api-keys/${created.body.id}`).set(bearer(key));
    expect(revoked.status).toBe(200);
    const error = await client.callTool({ name: 'get_usage', arguments: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(StreamableHTTPError);
    expect(error.code).toBe(401);
    expect(error.message).toContain('key_revoked');
    await client.close();
  });

  it('never logs the key', () => {
    expect(server.rawLogs.join('\n')).not.toContain(key.split('_')[3]);
  });
});

describe('the rate limit is the REST one, per key', () => {
  let limited: TestServer;
  beforeAll(async () => {
    const dir = tempDir();
    const plans = join(dir, 'plans.json');
    writeFileSync(plans, JSON.stringify({ plans: { pro: { rate_per_second: 5 } } }));
    limited = await startServer({ HUMANHOURS_PLANS_FILE: plans });
  });
  afterAll(async () => limited?.close());

  it('MCP and REST requests of one key share one budget', async () => {
    const k = limited.firstKey!;
    let turn = 0;
    // Alternating REST and MCP requests: the 429s fall on both kinds, so both draw on the same budget.
    const responses = await floodUntilLimited(() => {
      turn++;
      return turn % 2
        ? limited.http.get('/v1/reports/usage').set(bearer(k))
        : limited.http
            .post('/mcp')
            .set({ ...bearer(k), ...MCP_ACCEPT, 'content-type': 'application/json' })
            .send(JSON.stringify(rpc('tools/list')));
    }, 20);
    const mcpLimited = responses.filter((r) => r.status === 429 && (r as any).req.path === '/mcp');
    expect(mcpLimited.length).toBeGreaterThan(0);
    for (const r of mcpLimited) {
      expect(r.body.error.code).toBe('rate_limited');
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(r).toMatchApiSpec({ method: 'post', url: '/mcp' });
    }
  });
});

describe('HUMANHOURS_MCP=off', () => {
  let off: TestServer;
  beforeAll(async () => {
    off = await startServer({ HUMANHOURS_MCP: 'off' });
  });
  afterAll(async () => off?.close());

  it('removes the endpoint and its metadata', async () => {
    const mcp = await off.http
      .post('/mcp')
      .set({ ...bearer(off.firstKey!), ...MCP_ACCEPT, 'content-type': 'application/json' })
      .send(JSON.stringify(rpc('tools/list')));
    expect(mcp.status).toBe(404);
    expect(mcp.body.error.code).toBe('not_found');
    const metadata = await off.http.get('/.well-known/oauth-protected-resource');
    expect(metadata.status).toBe(404);
    expect(metadata).toMatchApiSpec();
    expect((await off.http.get('/v1/org').set(bearer(off.firstKey!))).status).toBe(200);
  });
});
