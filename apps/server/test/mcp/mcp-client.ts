import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'vitest';

/** The SDK's own client, connected (initialize done) over Streamable HTTP with the key as a Bearer token. */
export async function connectMcp(url: string, key: string | null, options: { fetch?: typeof fetch } = {}): Promise<Client> {
  const client = new Client({ name: 'humanhours-test', version: '1.0.0' });
  const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers }, fetch: options.fetch }));
  return client;
}

/** Calls a tool that must succeed; its structuredContent (the SDK client has checked it against the outputSchema). */
export async function callOk(client: Client, name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
  return result;
}

/** Calls a tool that must fail; the REST error envelope its text carries. */
export async function callRefused(client: Client, name: string, args: Record<string, unknown> = {}) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  expect(result.isError, JSON.stringify(result)).toBe(true);
  expect(result.structuredContent).toBeUndefined();
  const [content] = result.content;
  return JSON.parse(content.type === 'text' ? content.text : '') as {
    error: { code: string; message: string; hint?: string; field?: string };
  };
}

/** One raw JSON-RPC message POSTed to the endpoint, as a non-SDK client would send it. */
export function rpc(method: string, params: Record<string, unknown> = {}, id: number | null = 1) {
  return { jsonrpc: '2.0', ...(id === null ? {} : { id }), method, params };
}

export const MCP_ACCEPT = { accept: 'application/json, text/event-stream' };

export const ALL_TOOLS = [
  'track_event',
  'get_summary',
  'time_saved_report',
  'cost_saved_report',
  'leaderboard',
  'get_usage',
  'list_agents',
  'list_task_types',
  'estimate_savings',
];
