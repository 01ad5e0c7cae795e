import { randomUUID } from 'node:crypto';
import { tempDir, testDatabaseUrl } from '@humanhours/test-kit';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../helpers/process-server.js';
import { callOk, connectMcp } from './mcp-client.js';

// Two real server processes on one PostgreSQL database and one Redis, behind a round-robin "balancer": the MCP
// endpoint is stateless, so one client's requests may land on either process.
const PG = process.env.HUMANHOURS_TEST_PG_URL;
const REDIS = process.env.HUMANHOURS_TEST_REDIS_URL;
const KEY = `hh_live_TwoProcM_${'m'.repeat(48)}`;

// Run once (in the SQLite project): the processes pick their database themselves.
describe.runIf(PG && REDIS && process.env.HUMANHOURS_TEST_DATABASE !== 'postgresql')('MCP on two server processes', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let database: string;
  const hits = new Map<string, number>();

  /** A fetch that sends each request to the next process in turn, whatever URL the client was given. */
  const roundRobin = (): typeof fetch => {
    let turn = 0;
    return (input, init) => {
      const target = [a, b][turn++ % 2];
      hits.set(target.url, (hits.get(target.url) ?? 0) + 1);
      const url = new URL(input instanceof Request ? input.url : String(input));
      return fetch(`${target.url}${url.pathname}${url.search}`, init);
    };
  };

  beforeAll(async () => {
    const previous = process.env.HUMANHOURS_TEST_DATABASE;
    process.env.HUMANHOURS_TEST_DATABASE = 'postgresql';
    database = await testDatabaseUrl(tempDir());
    process.env.HUMANHOURS_TEST_DATABASE = previous;
    const env = { HUMANHOURS_DATABASE_URL: database, HUMANHOURS_REDIS_URL: REDIS!, HUMANHOURS_INIT_API_KEY: KEY };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 90_000);
  afterAll(async () => Promise.all([a?.stop(), b?.stop()]));

  async function storedEvents(agentId: string): Promise<number> {
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    try {
      return Number((await client.query('select count(*) as n from events where agent_id = $1', [agentId])).rows[0].n);
    } finally {
      await client.end();
    }
  }

  it('serves one client whose requests alternate between the processes', async () => {
    const client = await connectMcp('http://balancer.invalid/mcp', KEY, { fetch: roundRobin() });
    const tools = (await client.listTools()).tools.map((t) => t.name);
    expect(tools).toContain('track_event');
    const key = randomUUID();
    const body = {
      agent_id: 'two-proc-mcp',
      task_type: 'code_review',
      outcome: 'success',
      agent_duration_seconds: 120,
      idempotency_key: key,
    };
    // The same run retried four times, landing on both processes: one event.
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await callOk(client, 'track_event', body));
    for (const r of results.slice(1)) expect(r.structuredContent).toEqual(results[0].structuredContent);
    expect(await storedEvents('two-proc-mcp')).toBe(1);
    expect(hits.get(a.url)).toBeGreaterThan(1);
    expect(hits.get(b.url)).toBeGreaterThan(1);
    await client.close();
  });

  it('gives the same answer to a tool call on either process', async () => {
    const [onA, onB] = await Promise.all([connectMcp(`${a.url}/mcp`, KEY), connectMcp(`${b.url}/api/mcp`, KEY)]);
    for (const [tool, args] of [
      ['get_summary', { period: '7d' }],
      ['time_saved_report', { group_by: ['agent', 'task_type'] }],
      ['leaderboard', {}],
      ['get_usage', {}],
      ['list_agents', {}],
      ['estimate_savings', { task_type: 'code_review', agent_duration_seconds: 60 }],
    ] as const) {
      const [fromA, fromB] = (await Promise.all([callOk(onA, tool, args), callOk(onB, tool, args)])) as CallToolResult[];
      expect(fromA.structuredContent, tool).toEqual(fromB.structuredContent);
      expect(fromA.content, tool).toEqual(fromB.content);
    }
    await Promise.all([onA.close(), onB.close()]);
  });
});
