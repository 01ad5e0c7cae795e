// A second client nobody here wrote: the MCP Inspector's CLI (on the SDK's v2 client packages, not the 1.x client
// the other tests use), run as a person runs it, against the real server.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bearer, type TestServer, tempDir, useServer } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';
import { ALL_TOOLS } from './mcp-client.js';

const INSPECTOR = join(import.meta.dirname, '../../node_modules/.bin/mcp-inspector');
const run = promisify(execFile);

let server: TestServer;
let key: string;
useServer({}, (s, k) => {
  server = s;
  key = k;
});

/** `mcp-inspector --cli <url> …` with the key in a header; its JSON output. A scratch HOME keeps its files away. */
async function inspector(...args: string[]): Promise<any> {
  const home = tempDir();
  const { stdout } = await run(
    INSPECTOR,
    ['--cli', `${server.url}/mcp`, '--transport', 'http', '--header', `Authorization: Bearer ${key}`, ...args],
    { env: { ...process.env, HOME: home }, timeout: 60_000 },
  );
  return JSON.parse(stdout);
}

// What it checks is the client's view of the protocol, not the database: run once, in the SQLite project.
describe.runIf(process.env.HUMANHOURS_TEST_DATABASE !== 'postgresql')('the MCP Inspector CLI', () => {
  it('lists the tools', { timeout: 90_000 }, async () => {
    const listed = await inspector('--method', 'tools/list');
    expect(listed.tools.map((t: { name: string }) => t.name)).toEqual(ALL_TOOLS);
  });

  it('calls track_event, and a retry with the same idempotency_key records nothing new', { timeout: 90_000 }, async () => {
    const call = () =>
      inspector(
        '--method',
        'tools/call',
        '--tool-name',
        'track_event',
        '--tool-arg',
        'agent_id=inspector-cli',
        'task_type=email_classification',
        'outcome=success',
        'agent_duration_seconds=4',
        'idempotency_key=inspector-run-1',
      );
    const first = await call();
    expect(first.isError).toBeFalsy();
    expect(first.structuredContent).toMatchObject({ agent_id: 'inspector-cli', hours_saved: 0.066, cost_saved: 2.97, net_saved: 2.97 });
    expect(first.content[0].text).toContain('Tracked evt_');
    const retry = await call();
    expect(retry.structuredContent).toEqual(first.structuredContent);
    expect(retry._meta['humanhours/result']).toEqual({ idempotency_key: 'inspector-run-1', replayed: true });
    const usage = await server.http.get('/v1/agents?search=inspector-cli').set(bearer(key));
    expect(usage.body.data).toMatchObject([{ agent_id: 'inspector-cli', events: 1 }]);
  });
});
