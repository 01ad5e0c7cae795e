import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type AppConfig, createApp, Database, listenAndBootstrap, loadConfig } from '@humanhours/server/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll } from 'vitest';

export interface TestServer {
  app: NestFastifyApplication;
  url: string;
  config: AppConfig;
  db: Database;
  /** supertest bound to the live server on its loopback port. */
  http: ReturnType<typeof supertest>;
  /** Every JSON log line the server wrote. */
  logs: Array<Record<string, any>>;
  rawLogs: string[];
  /** The key of the default org a fresh database gets (null when the env configured an init key). */
  firstKey: string | null;
  /** What the server printed outside the structured log (the one-time first-key banner). */
  printed: string[];
  /** The folder holding the SQLite file. */
  dir: string;
  close(): Promise<void>;
}

/**
 * Starts the real server on a random loopback port, on a real SQLite file in a fresh temporary folder
 * (or on HUMANHOURS_TEST_DATABASE_URL when set), with the environment given.
 */
export async function startServer(env: Record<string, string> = {}, opts: { dir?: string } = {}): Promise<TestServer> {
  // A given dir is the caller's (e.g. to restart on the same database); a fresh one is removed on close.
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'hh-test-'));
  const config = loadConfig({
    HUMANHOURS_DATABASE_URL: await testDatabaseUrl(dir),
    LOG_LEVEL: 'info',
    ...env,
  });
  const rawLogs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      rawLogs.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const printed: string[] = [];
  const app = await createApp(config, { logStream });
  await listenAndBootstrap(app, config, { port: 0, host: '127.0.0.1', printBanner: (text) => printed.push(text) });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    url,
    config,
    db: app.get(Database),
    http: supertest(url),
    rawLogs,
    printed,
    firstKey: printed.join('\n').match(/hh_(?:live|test)_[A-Za-z0-9]{8}_[A-Za-z0-9]{48}/)?.[0] ?? null,
    get logs() {
      return rawLogs.map((line) => JSON.parse(line));
    },
    dir,
    async close() {
      await app.close();
      if (!opts.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The database of a test server: a SQLite file in its folder, or, in the `server-pg` test project, a PostgreSQL
 * database of its own on HUMANHOURS_TEST_PG_URL, named after the folder so a restart finds the same data.
 */
export async function testDatabaseUrl(dir: string): Promise<string> {
  if (process.env.HUMANHOURS_TEST_DATABASE !== 'postgresql') return `sqlite:${join(dir, 'humanhours.db')}`;
  const base = process.env.HUMANHOURS_TEST_PG_URL;
  if (!base) throw new Error('the server-pg tests need HUMANHOURS_TEST_PG_URL (see scripts/services.sh)');
  const name = `hh_${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh PostgreSQL database on HUMANHOURS_TEST_PG_URL, whichever project runs (for tests that start processes). */
export async function freshPostgresUrl(): Promise<string> {
  const previous = process.env.HUMANHOURS_TEST_DATABASE;
  process.env.HUMANHOURS_TEST_DATABASE = 'postgresql';
  try {
    return await testDatabaseUrl(tempDir());
  } finally {
    process.env.HUMANHOURS_TEST_DATABASE = previous;
  }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'hh-test-'));
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

const TWO_ORGS_ADMIN_TOKEN = 'operator-token-0123456789abcdef';

/** A server with two orgs: the default one (its first key: keyA) and "Org B", created through the admin API (keyB). */
export async function startWithTwoOrgs(env: Record<string, string> = {}) {
  const server = await startServer({ HUMANHOURS_ADMIN_TOKEN: TWO_ORGS_ADMIN_TOKEN, ...env });
  const created = await server.http.post('/v1/admin/orgs').set(bearer(TWO_ORGS_ADMIN_TOKEN)).send({ name: 'Org B' });
  return { server, keyA: server.firstKey!, keyB: created.body.api_key.secret as string };
}

/**
 * One server for a whole test file: started before the first test, closed after the last. `ready` receives it
 * (and its first key) as soon as it listens.
 */
export function useServer(env: Record<string, string>, ready: (server: TestServer, key: string) => void): void {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer(env);
    ready(server, server.firstKey!);
  });
  afterAll(async () => server?.close());
}

/**
 * Sends waves of concurrent requests until one is rate limited (a busy machine may spread one wave over several
 * rate windows), and returns every response. Fails after `maxWaves` waves without a 429.
 */
export async function floodUntilLimited<T extends { status: number }>(send: () => Promise<T>, wave = 100, maxWaves = 20): Promise<T[]> {
  const all: T[] = [];
  for (let i = 0; i < maxWaves; i++) {
    const responses = await Promise.all(Array.from({ length: wave }, send));
    all.push(...responses);
    if (responses.some((r) => r.status === 429)) return all;
  }
  throw new Error(`no request was rate limited in ${wave * maxWaves} requests`);
}
