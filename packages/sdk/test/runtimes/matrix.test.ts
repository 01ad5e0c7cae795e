import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSdk } from '../helpers/bundle.js';
import { type FaultProxy, useServerBehindProxy } from '../helpers/fault-proxy.js';
import { eventCount, type RealServer } from '../helpers/real-server.js';

// The SDK on every runtime it supports, against the real server (through a pass-through proxy, to see the requests):
// each one tracks, reads a report, enqueues and flushes, and meets an error. The runtimes are the SDK's pinned
// devDependencies (the npm packages node@18, node@20, bun, deno and workerd ship their binaries); Node 24 is the one
// running the tests. A runtime whose binary is missing is skipped with the reason printed; the others still run.
const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

function binary(pkg: string, file: string): string | undefined {
  try {
    const path = join(dirname(require.resolve(`${pkg}/package.json`)), file);
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const runtimes: Array<{ name: string; ua: string; command: string | undefined; args: (script: string) => string[] }> = [
  { name: 'Node 18', ua: 'node/18', command: binary('node18', 'bin/node'), args: (s) => [s] },
  { name: 'Node 20', ua: 'node/20', command: binary('node20', 'bin/node'), args: (s) => [s] },
  { name: 'Node 24', ua: `node/${process.versions.node.split('.')[0]}`, command: process.execPath, args: (s) => [s] },
  { name: 'Bun', ua: 'bun/1', command: binary('bun', 'bin/bun.exe'), args: (s) => [s] },
  // no --allow-env: a client given its options never reads the environment
  { name: 'Deno', ua: 'deno/2', command: binary('deno', 'deno'), args: (s) => ['run', '--allow-net=127.0.0.1', '--no-prompt', s] },
];
const workerd = binary('workerd', 'bin/workerd');

let server: RealServer;
let proxy: FaultProxy;
let dir: string;
useServerBehindProxy('file', (s, p) => {
  server = s;
  proxy = p;
});
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hh-sdk-runtimes-'));
  await bundleSdk(dir);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

/** The scenario every runtime runs: the client made once, as an app does, then a tracked run, a report, a batch, an error. */
const scenario = (agent: string) => `
  const tracked = await hh.track({ agent_id: '${agent}', task_type: 'email_classification', outcome: 'success', agent_duration_seconds: 4 }).withResponse();
  const report = await hh.reports.timeSaved({ group_by: ['agent'], agent_id: '${agent}' });
  for (let i = 0; i < 5; i++) hh.enqueue({ agent_id: '${agent}', task_type: 'email_classification', outcome: 'success' });
  const flushed = await hh.flush();
  const error = await hh.track({ agent_id: '${agent}', task_type: 'no_such_task', outcome: 'success' }).catch((e) => e);
  const result = {
    hours: tracked.data.hours_saved, status: tracked.response.status, requestId: typeof tracked.response.requestId,
    report: report.rows.map((r) => [r.group.agent_id, r.events]), flushed,
    error: { validation: error instanceof ValidationError, code: error.code, key: typeof error.idempotencyKey },
  };`;

/** `before`: the agent's events stored before the scenario ran; `after`: those enqueued after it. */
function expectScenario(result: any, agent: string, before = 0, after = 0) {
  expect(result).toMatchObject({ hours: 0.066, status: 201, requestId: 'string', report: [[agent, before + 1]] });
  expect(result.flushed).toEqual({ delivered: 5, failed: 0, queued: 0 });
  expect(result.error).toEqual({ validation: true, code: 'unknown_task_type', key: 'string' });
  return expect(eventCount(server, agent)).resolves.toBe(before + 6 + after);
}

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(command, args, { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

const userAgents = (from: number) => new Set(proxy.seen.slice(from).map((r) => r.headers['user-agent']));

describe('the runtime matrix', () => {
  for (const runtime of runtimes) {
    const missing = !runtime.command && `${runtime.name}: binary not installed (run pnpm install): skipped`;
    if (missing) console.warn(missing);
    it.skipIf(!!missing)(`${runtime.name}: track, a report, enqueue + flush, an error; the exit hook delivers the rest`, async () => {
      const agent = `rt-${runtime.name.replace(/\W/g, '').toLowerCase()}`;
      const script = join(dir, `${agent}.mjs`);
      writeFileSync(
        script,
        `import { HumanHours, ValidationError } from './sdk.mjs';
         const hh = new HumanHours({ apiKey: '${server.firstKey}', baseUrl: '${proxy.url}' });
         ${scenario(agent)}
         console.log(JSON.stringify(result));
         // no shutdown(): the exit hook (beforeExit) delivers these before the process ends
         hh.enqueue({ agent_id: '${agent}', task_type: 'email_classification', outcome: 'success' });
         hh.enqueue({ agent_id: '${agent}', task_type: 'email_classification', outcome: 'success' });`,
      );
      const from = proxy.seen.length;
      const { code, stdout, stderr } = await run(runtime.command!, runtime.args(script));
      expect(stderr).toBe('');
      expect(code).toBe(0);
      await expectScenario(JSON.parse(stdout), agent, 0, 2);
      expect(userAgents(from)).toEqual(new Set([`humanhours-sdk-js/${version} ${runtime.ua}`]));
    });
  }

  const missing = !workerd && 'workerd: binary not installed (run pnpm install): skipped';
  if (missing) console.warn(missing);
  it.skipIf(!!missing)('workerd: a client made at module scope serves request after request (ctx.waitUntil(hh.flush()))', async () => {
    const agent = 'rt-workerd';
    const port = await freePort();
    writeFileSync(
      join(dir, 'worker.mjs'),
      `import { HumanHours, ValidationError } from './sdk.mjs';
       // made once, at module scope, as the README shows: no I/O, timer or random value at construction
       const hh = new HumanHours({ apiKey: '${server.firstKey}', baseUrl: '${proxy.url}' });
       export default {
         async fetch(request, env, ctx) {
           const step = new URL(request.url).pathname;
           if (step === '/enqueue-past-flushAt') {
             // more than flushAt, and the request returns without flushing: nothing may be left running for later
             for (let i = 0; i < 60; i++) hh.enqueue({ agent_id: '${agent}', task_type: 'email_classification', outcome: 'success' });
             return Response.json(hh.stats);
           }
           if (step === '/wait-until') {
             hh.enqueue({ agent_id: '${agent}', task_type: 'email_classification', outcome: 'success' });
             ctx.waitUntil(hh.flush());
             return Response.json(hh.stats);
           }
           if (step === '/stats') return Response.json(hh.stats);
           ${scenario(agent)}
           return Response.json(result);
         },
       };`,
    );
    writeFileSync(
      join(dir, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
       const config :Workerd.Config = (
         services = [
           (name = "main", worker = .worker),
           (name = "loopback", network = (allow = ["private", "local"])),
         ],
         sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
       );
       const worker :Workerd.Worker = (
         modules = [(name = "worker.mjs", esModule = embed "worker.mjs"), (name = "sdk.mjs", esModule = embed "sdk.mjs")],
         compatibilityDate = "2025-01-01",
         globalOutbound = "loopback",
       );`,
    );
    const from = proxy.seen.length;
    const child: ChildProcess = spawn(workerd!, ['serve', join(dir, 'config.capnp')], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    try {
      const base = `http://127.0.0.1:${port}`;
      await expect
        .poll(
          () =>
            fetch(`${base}/stats`).then(
              (r) => r.ok,
              () => false,
            ),
          { timeout: 15_000 },
        )
        .toBe(true);
      expect(await (await fetch(`${base}/enqueue-past-flushAt`)).json()).toMatchObject({ queued: 60, inFlight: 0 });
      expect(proxy.seen.length).toBe(from); // nothing sent on its own: only flush() sends on workerd
      expect(await (await fetch(`${base}/wait-until`)).json()).toMatchObject({ queued: 0, inFlight: 61 });
      await expect.poll(() => eventCount(server, agent), { timeout: 10_000 }).toBe(61); // delivered after the answer
      const result = await (await fetch(`${base}/scenario`)).json();
      await expectScenario(result, agent, 61);
      expect(await (await fetch(`${base}/stats`)).json()).toMatchObject({ queued: 0, inFlight: 0, delivered: 66, failed: 0 });
      expect(userAgents(from)).toEqual(new Set([`humanhours-sdk-js/${version} workerd`]));
      expect(stderr).not.toMatch(/different request|Uncaught|Error/i);
    } finally {
      child.kill();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
