// Shared pieces of the benchmarks: start the built server as a child process, measure it, print and keep results.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_KEY = `hh_live_Bench001_${'b'.repeat(48)}`;

/**
 * Runs `script` as a child process in a fresh temporary folder, on a random loopback port, with `env(dir)`;
 * resolves once its /readyz answers. `stop()` ends it (SIGTERM) and removes the folder.
 */
export async function spawnServer(script, env) {
  const dir = mkdtempSync(join(tmpdir(), 'hh-bench-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env(dir) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    pid: child.pid,
    dir,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts apps/server/dist/main.js on a fresh SQLite file (or the given env), resolves once /readyz answers. */
export async function startServer(env = {}) {
  const server = await spawnServer(join(root, 'apps/server/dist/main.js'), (dir) => ({
    LOG_LEVEL: 'warn',
    HUMANHOURS_DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
    HUMANHOURS_INIT_API_KEY: BENCH_KEY,
    HUMANHOURS_INIT_PLAN: 'enterprise',
    // Ingest benchmarks measure the server, not the per-key cap: the bench catalogue lifts enterprise's.
    HUMANHOURS_PLANS_FILE: join(root, 'bench/plans.bench.json'),
    ...env,
  }));
  return { ...server, databasePath: join(server.dir, 'bench.db') };
}

/** Resident set size of a process, in MiB, from /proc. */
export function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

export function machine() {
  return { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function printTable(title, rows) {
  console.log(`\n${title}`);
  console.table(rows);
}

/** Keeps a run's figures under bench/results/, named by date and machine. */
export function keep(name, figures) {
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString().slice(0, 19).replace(/:/g, '');
  const file = join(dir, `${date}-${name}.json`);
  writeFileSync(file, `${JSON.stringify({ name, date: new Date().toISOString(), machine: machine(), figures }, null, 2)}\n`);
  console.log(`kept ${file.slice(root.length + 1)}`);
}
