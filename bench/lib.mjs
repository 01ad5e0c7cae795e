// Shared pieces of the benchmarks: start the built server as a child process, measure it, print and keep results.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_KEY = `hh_live_Bench001_${'b'.repeat(48)}`;

/**
 * Runs `script` as a child process in a fresh temporary folder, on a random loopback port, with `env(dir)`;
 * resolves once its /readyz answers (or after `readyMs`). `stop()` ends it (SIGTERM) and removes the folder.
 */
export async function spawnServer(script, env, { readyMs = 15_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hh-bench-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env(dir) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < readyMs / 50; i++) {
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
export async function startServer(env = {}, options = {}) {
  const server = await spawnServer(
    join(root, 'apps/server/dist/main.js'),
    (dir) => ({
      LOG_LEVEL: 'warn',
      HUMANHOURS_DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
      HUMANHOURS_INIT_API_KEY: BENCH_KEY,
      HUMANHOURS_INIT_PLAN: 'enterprise',
      // Ingest benchmarks measure the server, not the per-key cap: the bench catalogue lifts enterprise's.
      HUMANHOURS_PLANS_FILE: join(root, 'bench/plans.bench.json'),
      ...env,
    }),
    options,
  );
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

/** The 1-minute load average, quoted beside each figure (the machine is shared). */
export function loadAverage() {
  return Math.round(loadavg()[0] * 10) / 10;
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

/** The PostgreSQL (and Redis) the PostgreSQL scenarios use, or null when none is configured. */
export function benchServices() {
  const pg = process.env.BENCH_PG_URL ?? process.env.HUMANHOURS_TEST_PG_URL;
  const redis = process.env.BENCH_REDIS_URL ?? process.env.HUMANHOURS_TEST_REDIS_URL;
  return pg ? { pg, redis: redis ?? null } : null;
}

const requireServer = createRequire(join(root, 'apps/server/package.json'));

/**
 * A fresh PostgreSQL database on the server at `base`, migrated by the built server's own migrations. `count(table)`
 * counts its rows; `drop()` removes it. With `name`, that database, created only if it does not exist yet (a kept one).
 */
export async function freshPgDatabase(base, { name = `hh_bench_${process.pid}_${Date.now().toString(36)}` } = {}) {
  const pg = requireServer('pg');
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount > 0;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const { openDatabase } = await import(join(root, 'apps/server/dist/open-database.js'));
  await (await openDatabase({ kind: 'postgresql', url: url.toString(), path: '' })).close();
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    url: url.toString(),
    client,
    async count(table) {
      return Number((await client.query(`select count(*) as n from ${table}`)).rows[0].n);
    },
    async drop() {
      await client.end();
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
