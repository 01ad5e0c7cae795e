// Start-up time of the README's `npm start` in a fresh clone, to the first 200 from /healthz: the first start after
// `pnpm install` (builds the contract, the server and the dashboard), a second start with nothing changed (builds
// nothing), and a start after editing one server file (recompiles what that touches). The floor, measured in the
// same run: the built server started directly (`node apps/server/dist/main.js`: no wrapper, no build checks).
// Targets (issue 14): first ≤ 60 s, unchanged ≤ 5 s, one file edited ≤ 15 s.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keep, printTable, root } from './lib.mjs';

const TARGETS = { first: 60, unchanged: 5, oneFileEdited: 15 };

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Seconds from spawning `command` in `cwd` to its first 200 on /healthz; then stops it (its process group). */
async function timeToHealthz(command, cwd, extraEnv) {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extraEnv };
  const t0 = performance.now();
  const child = spawn(command[0], command.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let seconds = null;
  try {
    while (child.exitCode === null && performance.now() - t0 < 300_000) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) {
          seconds = (performance.now() - t0) / 1000;
          break;
        }
      } catch {}
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM'); // npm, the wrapper and the server
    await exited;
  }
  if (seconds === null) throw new Error(`${command.join(' ')} did not answer /healthz (exit ${child.exitCode})`);
  return Math.round(seconds * 100) / 100;
}

export async function start() {
  const dir = mkdtempSync(join(tmpdir(), 'hh-bench-start-'));
  const clone = join(dir, 'repo');
  try {
    execFileSync('git', ['clone', '-q', root, clone]);
    const t0 = performance.now();
    execFileSync('pnpm', ['install', '--frozen-lockfile', '--reporter=silent'], { cwd: clone, stdio: 'inherit' });
    const install = Math.round((performance.now() - t0) / 100) / 10;
    const database = { HUMANHOURS_DATABASE_URL: `sqlite:${join(dir, 'start.db')}` };
    const first = await timeToHealthz(['npm', 'start'], clone, database);
    const unchanged = await timeToHealthz(['npm', 'start'], clone, database);
    appendFileSync(join(clone, 'apps/server/src/health/health.controller.ts'), `\n// bench/start.mjs edit ${Date.now()}\n`);
    const oneFileEdited = await timeToHealthz(['npm', 'start'], clone, database);
    // The floor with the compile cache the wrapper gives the server (scripts/bootstrap.mjs), so the ratio is the
    // wrapper's and the build checks' own cost.
    const floor = await timeToHealthz([process.execPath, 'apps/server/dist/main.js'], clone, {
      ...database,
      NODE_COMPILE_CACHE: join(clone, 'node_modules/.cache/node-compile-cache'),
    });
    const row = (name, seconds) => ({
      start: name,
      seconds,
      target: TARGETS[name] ?? null,
      met: TARGETS[name] === undefined ? null : seconds <= TARGETS[name],
      'x floor': Math.round((seconds / floor) * 10) / 10,
    });
    const rows = [row('first', first), row('unchanged', unchanged), row('oneFileEdited', oneFileEdited), row('floor', floor)];
    printTable(`npm start in a fresh clone, seconds to /healthz (pnpm install before: ${install} s, warm store)`, rows);
    const figures = { installSeconds: install, first, unchanged, oneFileEdited, floor };
    keep('start', figures);
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
