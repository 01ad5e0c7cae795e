import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bearer, startServer, tempDir, testDatabaseUrl } from '@humanhours/test-kit';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '../../dist/cli.js');
const PG = process.env.HUMANHOURS_TEST_PG_URL;
const READS = [
  '/v1/reports/time-saved?period=30d&group_by=agent,task_type,client',
  '/v1/reports/summary?period=30d',
  '/v1/reports/usage',
  '/v1/reports/leaderboard?metric=net_saved',
  '/v1/task-types?include_archived=true',
  '/v1/task-types/triage_plus',
  '/v1/agents',
  '/v1/api-keys',
  '/v1/org',
];

describe.runIf(PG && process.env.HUMANHOURS_TEST_DATABASE !== 'postgresql')('moving from SQLite to PostgreSQL (pnpm admin db copy)', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses nothing: every read answers the same, keys and idempotency keys keep working', async () => {
    // 1. An install on SQLite with a bit of everything.
    const sqliteUrl = `sqlite:${join(dir, 'humanhours.db')}`;
    const before = await startServer({ HUMANHOURS_DATABASE_URL: sqliteUrl });
    const key = before.firstKey!;
    const http = before.http;
    await http.post('/v1/task-types').set(bearer(key)).send({
      key: 'triage_plus',
      display_name: 'Triage+',
      category: 'support',
      default_baseline_minutes: 7,
      baseline_source: 'own timing',
    });
    await http
      .post('/v1/task-types/email_classification/override')
      .set(bearer(key))
      .send({ baseline_minutes_override: 5, reason: 'our inbox is messier' });
    await http.patch('/v1/agents/bot-1').set(bearer(key)).send({ hourly_rate_override: 60, display_name: 'Bot one' });
    const revoked = (await http.post('/v1/api-keys').set(bearer(key)).send({ name: 'old' })).body;
    await http.delete(`/v1/api-keys/${revoked.id}`).set(bearer(key));
    const events = Array.from({ length: 150 }, (_, i) => ({
      agent_id: `bot-${i % 3}`,
      task_type: i % 2 ? 'email_classification' : 'triage_plus',
      outcome: i % 7 ? 'success' : 'needs_review',
      agent_duration_seconds: i % 11,
      model: 'openai/gpt-4o',
      tokens_in: 500 + i,
      metadata: { client: `client-${i % 4}` },
      idempotency_key: `move-${i}`,
    }));
    await http.post('/v1/track/batch').set(bearer(key)).send({ events });
    const { idempotency_key: _, ...single } = events[0];
    const replayed = await http.post('/v1/track').set(bearer(key)).set('idempotency-key', 'single-1').send(single);
    expect(replayed.status).toBe(201);
    const expected = await Promise.all(READS.map(async (path) => (await http.get(path).set(bearer(key))).body));
    await before.close();

    // 2. The documented command, as an operator runs it.
    const previous = process.env.HUMANHOURS_TEST_DATABASE;
    process.env.HUMANHOURS_TEST_DATABASE = 'postgresql';
    const pgUrl = await testDatabaseUrl(join(dir, 'pg'));
    process.env.HUMANHOURS_TEST_DATABASE = previous;
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'db', 'copy', '--to', pgUrl], {
      env: { ...process.env, HUMANHOURS_DATABASE_URL: sqliteUrl },
    });
    expect(JSON.parse(stdout).copied.events).toBe(151);

    // 3. The same install on PostgreSQL.
    const after = await startServer({ HUMANHOURS_DATABASE_URL: pgUrl });
    try {
      expect(after.printed).toEqual([]); // the org came along: no new default org
      const actual = await Promise.all(READS.map(async (path) => (await after.http.get(path).set(bearer(key))).body));
      for (const [i, path] of READS.entries()) expect(actual[i], path).toEqual(expected[i]);
      const again = await after.http.post('/v1/track').set(bearer(key)).set('idempotency-key', 'single-1').send(single);
      expect(again.status).toBe(200);
      expect(again.text).toBe(replayed.text);
      expect((await after.http.get('/v1/org').set(bearer(revoked.secret))).body.error.code).toBe('key_revoked');
      // Copying into a database that already holds data is refused.
      const twice = await promisify(execFile)(process.execPath, [CLI, 'db', 'copy', '--to', pgUrl], {
        env: { ...process.env, HUMANHOURS_DATABASE_URL: sqliteUrl },
      }).catch((err) => err);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toMatch(/not empty/);
    } finally {
      await after.close();
    }
  });
});
