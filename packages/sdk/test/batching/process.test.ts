import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSdk } from '../helpers/bundle.js';
import { eventCount, type RealServer, startServer } from '../helpers/real-server.js';

// Real processes: the SDK's source bundled as a plain ESM file, imported by a small script run with `node`.
let server: RealServer;
let dir: string;
beforeAll(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), 'hh-sdk-process-'));
  await bundleSdk(dir);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `body` as an ES module in a child node process (the key and URL come from the environment). */
function run(name: string, body: string): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, `import { HumanHours } from './sdk.mjs';\n${body}`);
  const started = performance.now();
  const child = spawn(process.execPath, [file], {
    env: { ...process.env, HUMANHOURS_API_KEY: server.firstKey, HUMANHOURS_BASE_URL: server.url },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
  });
}

describe('a process using the SDK', () => {
  it('that enqueues and calls shutdown() delivers everything and exits', async () => {
    const result = await run(
      'deliver',
      `const client = new HumanHours({ flushInterval: 60_000 });
       for (let i = 0; i < 230; i++) client.enqueue({ agent_id: 'child-deliver', task_type: 'email_classification', outcome: 'success' });
       await client.shutdown({ timeout: 10_000 });
       console.log(JSON.stringify(client.stats));`,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ queued: 0, inFlight: 0, delivered: 230, failed: 0, dropped: 0, retried: 0 });
    expect(await eventCount(server, 'child-deliver')).toBe(230);
  });

  it('with an idle client exits promptly without shutdown()', async () => {
    const result = await run('idle', `const client = new HumanHours({ flushInterval: 60_000 }); console.log('ready');`);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('ready');
    expect(result.ms).toBeLessThan(2000);
  });

  it('that flushed and then sits idle exits promptly: no timer keeps it alive', async () => {
    const result = await run(
      'flushed',
      `const client = new HumanHours({ flushInterval: 60_000 });
       client.enqueue({ agent_id: 'child-flushed', task_type: 'email_classification', outcome: 'success' });
       await client.flush();
       await client.reports.usage();
       console.log('done');`,
    );
    expect(result.code).toBe(0);
    expect(result.ms).toBeLessThan(5000); // the 60 s flush timer did not hold it
    expect(await eventCount(server, 'child-flushed')).toBe(1);
  });

  it('that forgets shutdown() still delivers what it enqueued before exiting', async () => {
    const result = await run(
      'forgot',
      `const client = new HumanHours({ flushInterval: 60_000 });
       for (let i = 0; i < 7; i++) client.enqueue({ agent_id: 'child-forgot', task_type: 'email_classification', outcome: 'success' });`,
    );
    expect(result.code).toBe(0);
    expect(result.ms).toBeLessThan(5000); // sent on beforeExit, not after the 60 s timer
    expect(await eventCount(server, 'child-forgot')).toBe(7);
  });

  it('whose server is down: the exit hook retries until its deadline, reports what is left, and the process ends', async () => {
    const result = await run(
      'deadline',
      `// a closed port: every attempt is refused. shutdownTimeout, 10 s by default, is short here to keep the test fast
       const client = new HumanHours({ baseUrl: 'http://127.0.0.1:9', shutdownTimeout: 1500,
         onError: (error, events) => console.log(JSON.stringify({ error: error.name, events: events.length })) });
       for (let i = 0; i < 4; i++) client.enqueue({ agent_id: 'child-deadline', task_type: 'email_classification', outcome: 'success' });`,
    );
    expect(result.code).toBe(0);
    expect(result.ms).toBeGreaterThanOrEqual(1500);
    expect(result.ms).toBeLessThan(8000);
    expect(JSON.parse(result.stdout)).toEqual({ error: 'ShutdownTimeoutError', events: 4 }); // once, all of them
    expect(result.stderr).toMatch(/4 event\(s\) not acknowledged within the 1500 ms shutdown deadline/);
    expect(result.stderr.match(/\[humanhours\]/g)).toHaveLength(2); // the failure episode, then what is left
  });
});
