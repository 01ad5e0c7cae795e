// Crash safety: the built server is killed with SIGKILL at a random moment while a client tracks events, then
// restarted on the same database. Nothing acknowledged may be lost, nothing may be counted twice, the usage counter
// and the rollups must still add up to the events, and retrying what was never acknowledged (same keys, same
// bodies) must not create a duplicate. Twenty rounds, on whichever database the test project uses.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir, testDatabaseUrl } from '@humanhours/test-kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseConfig, parseDatabaseUrl } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/open-database.js';
import { ROLLED_UP, ROLLUP_COLUMNS } from '../../src/reports/summed-metrics.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const KEY = `hh_live_Crash001_${'Kc9'.repeat(16)}`;
const ROUNDS = 20;
const WORKERS = 12;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);

/** mulberry32: a seeded generator, so a failing round can be replayed with CRASH_SEED. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

interface Child {
  url: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  output: string[];
}

/** Spawns the built server on the database and waits until /readyz answers (again, if another process took its port). */
async function spawnServer(databaseUrl: string, plansFile: string, attempt = 1): Promise<Child> {
  try {
    return await spawnOnce(databaseUrl, plansFile);
  } catch (err) {
    if (attempt < 3 && /EADDRINUSE/.test(String(err))) return spawnServer(databaseUrl, plansFile, attempt + 1);
    throw err;
  }
}

async function spawnOnce(databaseUrl: string, plansFile: string): Promise<Child> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      HUMANHOURS_DATABASE_URL: databaseUrl,
      HUMANHOURS_INIT_API_KEY: KEY,
      HUMANHOURS_INIT_PLAN: 'enterprise',
      // Lifts the per-key cap: a 429 would only make the load thinner, never the test stricter.
      HUMANHOURS_PLANS_FILE: plansFile,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (gone) throw new Error(`the server exited during start-up:\n${output.join('')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not become ready within 30 s:\n${output.join('')}`);
    }
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { url, process: child, exited, output };
}

/** One request as first sent: retried later with exactly these keys and bodies. */
interface Sent {
  kind: 'single' | 'batch';
  items: Array<{ key: string; body: Record<string, unknown> }>;
}

let keyCounter = 0;
const newKey = () => `crash-${SEED}-${keyCounter++}-${Math.floor(random() * 1e9).toString(36)}`;

function eventBody(): Record<string, unknown> {
  const body: Record<string, unknown> = {
    agent_id: pick(['crash-a', 'crash-b', 'crash-c']),
    task_type: pick(['email_classification', 'summarize_document']),
    outcome: pick(['success', 'success', 'failure', 'needs_review']),
    agent_duration_seconds: between(0, 600_000) / 1000,
  };
  const cost = random();
  if (cost < 0.3) body.agent_cost = between(0, 500) / 100;
  else if (cost < 0.55) Object.assign(body, { model: 'openai/gpt-4o', tokens_in: between(0, 50_000), tokens_out: between(0, 5_000) });
  if (random() < 0.5) body.metadata = { client: pick(['acme', 'globex']), run: between(1, 1e6) };
  // Spread over several hours and days, so the rollups hold many rows.
  if (random() < 0.5) body.occurred_at = new Date(Date.now() - between(0, 5 * 86_400_000)).toISOString();
  return body;
}

function newRequest(): Sent {
  if (random() < 0.7) return { kind: 'single', items: [{ key: newKey(), body: eventBody() }] };
  return { kind: 'batch', items: Array.from({ length: between(2, 8) }, () => ({ key: newKey(), body: eventBody() })) };
}

interface Outcome {
  /** Event ids the server acknowledged, by idempotency key. */
  acked: Map<string, string>;
  /** Answers that were neither a 2xx nor a dropped connection (a 5xx would be a server bug). */
  unexpected: string[];
  /** Events answered as replays (200): stored by an earlier attempt. */
  replayed: number;
  /** Requests that got an answer. */
  answered: Sent[];
}

/** Sends one request; true when it was answered (2xx or not), false when the connection was lost. */
async function send(url: string, sent: Sent, outcome: Outcome): Promise<boolean> {
  const headers: Record<string, string> = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
  let status: number;
  let body: any;
  try {
    if (sent.kind === 'single') {
      const res = await fetch(`${url}/v1/track`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': sent.items[0].key },
        body: JSON.stringify(sent.items[0].body),
      });
      status = res.status;
      body = await res.json();
    } else {
      const res = await fetch(`${url}/v1/track/batch`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ events: sent.items.map(({ key, body }) => ({ ...body, idempotency_key: key })) }),
      });
      status = res.status;
      body = await res.json();
    }
  } catch {
    return false;
  }
  outcome.answered.push(sent);
  if (sent.kind === 'single' && (status === 201 || status === 200)) {
    outcome.acked.set(sent.items[0].key, body.event_id);
    if (status === 200) outcome.replayed++;
  } else if (sent.kind === 'batch' && status === 207) {
    body.results.forEach((result: any, i: number) => {
      if (result.status === 201 || result.status === 200) outcome.acked.set(sent.items[i].key, result.event.event_id);
      if (result.status === 200) outcome.replayed++;
      else if (result.status !== 201)
        outcome.unexpected.push(`batch item ${sent.items[i].key}: ${result.status} ${JSON.stringify(result.error)}`);
    });
  } else {
    outcome.unexpected.push(`${sent.kind} ${sent.items[0].key}: ${status} ${JSON.stringify(body).slice(0, 500)}`);
  }
  return true;
}

const num = (v: unknown) => Number(v ?? 0);

/** What the events table says, and what each derived table says it should say. */
async function ledger(db: Database) {
  const events = await db.all<{ event_id: string }>('select event_id from events');
  const keys = await db.all<{ key: string; event_id: string }>('select key, event_id from idempotency_keys');
  // The events' sums as the reports' raw SQL adds them up (summed-metrics.ts), one per rollup column.
  const raw = (await db.get<Record<string, unknown>>(`select ${ROLLED_UP.map((m) => `${m.raw} as ${m.column}`).join(', ')} from events`))!;
  const rollupSql = (table: string) => `select ${ROLLUP_COLUMNS.map((c) => `sum(${c}) as ${c}`).join(', ')} from ${table}`;
  const hourly = (await db.get<Record<string, unknown>>(rollupSql('event_rollup')))!;
  const daily = (await db.get<Record<string, unknown>>(rollupSql('event_rollup_daily')))!;
  const clientModel = (await db.get<Record<string, unknown>>(rollupSql('event_rollup_daily_client_model')))!;
  const usage = await db.get<{ events: unknown }>('select sum(events) as events from org_usage');
  const agents = await db.get<{ events: unknown }>('select sum(event_count) as events from agents');
  const normalise = (row: Record<string, unknown>) =>
    Object.fromEntries(ROLLUP_COLUMNS.map((c) => [c, num(row[c])])) as Record<string, number>;
  return {
    eventIds: events.map((e) => e.event_id),
    keyToEvent: new Map(keys.map((k) => [k.key, k.event_id])),
    raw: normalise(raw),
    hourly: normalise(hourly),
    daily: normalise(daily),
    clientModel: normalise(clientModel),
    usage: num(usage?.events),
    agents: num(agents?.events),
  };
}

/** Every acknowledged event is stored exactly once, every key points at one stored event, and reports add up. */
async function expectConsistent(db: Database, acked: Map<string, string>, context: string) {
  const l = await ledger(db);
  const stored = new Map<string, number>();
  for (const id of l.eventIds) stored.set(id, (stored.get(id) ?? 0) + 1);
  expect(
    [...stored].filter(([, n]) => n !== 1),
    `${context}: event ids stored more than once`,
  ).toEqual([]);
  const lost = [...acked].filter(([key, id]) => stored.get(id) !== 1 || l.keyToEvent.get(key) !== id);
  expect(lost.slice(0, 10), `${context}: acknowledged events lost or re-pointed (${lost.length})`).toEqual([]);
  // Every request of this test carries a key, so events and keys pair up one to one.
  const dangling = [...l.keyToEvent].filter(([, id]) => !stored.has(id));
  expect(dangling.slice(0, 10), `${context}: keys pointing at no event (${dangling.length})`).toEqual([]);
  expect(l.eventIds.length, `${context}: events without an idempotency key`).toBe(l.keyToEvent.size);
  expect(l.usage, `${context}: org_usage events vs events rows`).toBe(l.raw.events);
  expect(l.agents, `${context}: agents.event_count vs events rows`).toBe(l.raw.events);
  expect(l.hourly, `${context}: event_rollup sums vs events`).toEqual(l.raw);
  expect(l.daily, `${context}: event_rollup_daily sums vs events`).toEqual(l.raw);
  expect(l.clientModel, `${context}: event_rollup_daily_client_model sums vs events`).toEqual(l.raw);
  return l;
}

const workDir = tempDir();
const plansFile = join(workDir, 'plans.json');
let databaseUrl: string;
let db: Database | undefined;
let server: Child | undefined;

beforeAll(async () => {
  writeFileSync(plansFile, JSON.stringify({ plans: { enterprise: { rate_per_second: 1_000_000 } } }));
  databaseUrl = await testDatabaseUrl(workDir);
});

afterAll(async () => {
  if (server && server.process.exitCode === null) {
    server.process.kill('SIGTERM');
    await server.exited;
  }
  await db?.close();
  rmSync(workDir, { recursive: true, force: true });
  // PostgreSQL: the round's database goes too (it holds thousands of events no other test reads).
  if (databaseUrl?.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: process.env.HUMANHOURS_TEST_PG_URL });
    await client.connect();
    await client.query(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`);
    await client.end();
  }
});

describe('crash safety: SIGKILL under load, restart, nothing lost or doubled', () => {
  it(`survives ${ROUNDS} kills at random moments (seed ${SEED})`, { timeout: 170_000 }, async () => {
    const started = Date.now();
    server = await spawnServer(databaseUrl, plansFile);
    db = await openDatabase(parseDatabaseUrl(databaseUrl) as DatabaseConfig, { migrate: false });
    const acked = new Map<string, string>();
    const sentKeys = new Set<string>();
    const stats = { requests: 0, ackedAtKill: 0, retried: 0, replayedOnRetry: 0 };

    for (let round = 1; round <= ROUNDS; round++) {
      const context = `round ${round} (CRASH_SEED=${SEED})`;
      const outcome: Outcome = { acked: new Map(), unexpected: [], replayed: 0, answered: [] };
      const unacknowledged: Sent[] = [];
      let stop = false;
      const live = server;
      const worker = async () => {
        while (!stop) {
          const sent = newRequest();
          for (const item of sent.items) sentKeys.add(item.key);
          stats.requests++;
          if (!(await send(live.url, sent, outcome))) unacknowledged.push(sent);
        }
      };
      const workers = Array.from({ length: WORKERS }, worker);
      await new Promise((resolve) => setTimeout(resolve, between(10, 300)));
      stop = true;
      live.process.kill('SIGKILL');
      await Promise.all(workers);
      await live.exited;
      expect(outcome.unexpected, `${context}: answers under load`).toEqual([]);
      for (const [key, id] of outcome.acked) acked.set(key, id);
      stats.ackedAtKill += outcome.acked.size;

      // Restart on the same database: what was acknowledged is there, once, and the derived tables agree.
      server = await spawnServer(databaseUrl, plansFile);
      await expectConsistent(db, acked, `${context}, after restart`);

      // Retry what was never acknowledged, with its original keys and bodies.
      const retry: Outcome = { acked: new Map(), unexpected: [], replayed: 0, answered: [] };
      for (const sent of unacknowledged) {
        expect(await send(server.url, sent, retry), `${context}: retry lost its connection`).toBe(true);
        stats.retried++;
      }
      expect(retry.unexpected, `${context}: answers to retries`).toEqual([]);
      for (const [key, id] of retry.acked) {
        expect(acked.has(key), `${context}: key ${key} was acknowledged before yet retried`).toBe(false);
        acked.set(key, id);
      }
      stats.replayedOnRetry += retry.replayed;
      // Replaying a few acknowledged requests answers the very same events and stores nothing new.
      const again: Outcome = { acked: new Map(), unexpected: [], replayed: 0, answered: [] };
      for (const sent of outcome.answered.slice(0, 3)) await send(server.url, sent, again);
      expect(again.unexpected, `${context}: answers to replays`).toEqual([]);
      for (const [key, id] of again.acked) expect(id, `${context}: replay of ${key}`).toBe(acked.get(key));
      const l = await expectConsistent(db, acked, `${context}, after retries`);
      expect(l.eventIds.length, `${context}: one event per key ever sent`).toBe(sentKeys.size);
      expect(acked.size, `${context}: every key acknowledged once retried`).toBe(sentKeys.size);
    }
    await expectConsistent(db, acked, 'at the end');
    console.info(`crash test: ${ROUNDS} rounds in ${((Date.now() - started) / 1000).toFixed(1)} s`, { seed: SEED, ...stats });
  });
});
