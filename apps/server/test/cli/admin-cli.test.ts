import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bearer, startServer, tempDir, testDatabaseUrl } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI as operators run it: the built entry point (`pnpm test` builds first).
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const dir = tempDir();
// The same database the test server of `dir` uses (SQLite, or PostgreSQL in the server-pg project).
const env: NodeJS.ProcessEnv = { ...process.env };
beforeAll(async () => {
  env.HUMANHOURS_DATABASE_URL = await testDatabaseUrl(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; json: any; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env });
    return { code: 0, json: JSON.parse(stdout), stderr };
  } catch (err: any) {
    return { code: err.code, json: null, stderr: err.stderr };
  }
}

describe('humanhours-admin (offline operator CLI)', () => {
  let orgId: string;

  it('creates an org with a first key, on an empty database', async () => {
    const res = await cli('orgs', 'create', '--name', 'Acme', '--plan', 'enterprise', '--currency', 'USD', '--hourly-rate', '70');
    expect(res.code).toBe(0);
    expect(res.json.org).toMatchObject({ name: 'Acme', plan: 'enterprise', currency: 'USD', default_hourly_rate: 70 });
    expect(res.json.api_key.secret).toMatch(/^hh_live_/);
    orgId = res.json.org.id;
  });

  it('creates, lists and revokes keys; the server honours them', async () => {
    const created = await cli('keys', 'create', '--org', orgId, '--name', 'ci', '--scopes', 'track:write,read:reports');
    expect(created.json.scopes).toEqual(['track:write', 'read:reports']);
    const server = await startServer({}, { dir });
    try {
      expect(server.printed).toEqual([]); // the org exists: no default org, no banner
      expect((await server.http.get('/v1/org').set(bearer(created.json.secret))).body.id).toBe(orgId);
      const listed = await cli('keys', 'list', '--org', orgId);
      expect(JSON.stringify(listed.json)).not.toContain(created.json.secret);
      expect(listed.json.map((k: { id: string }) => k.id)).toContain(created.json.id);
      expect((await cli('keys', 'revoke', created.json.id)).json.revoked_at).not.toBeNull();
      await new Promise((r) => setTimeout(r, 5_100)); // another process revoked it: the cache bound
      expect((await server.http.get('/v1/org').set(bearer(created.json.secret))).body.error.code).toBe('key_revoked');
    } finally {
      await server.close();
    }
  });

  it('lists orgs and changes a plan', async () => {
    expect((await cli('orgs', 'set-plan', orgId, 'free')).json.plan).toBe('free');
    const list = await cli('orgs', 'list');
    expect(list.json.map((o: { name: string; plan: string }) => [o.name, o.plan])).toEqual([['Acme', 'free']]);
  });

  it('explains its usage on a bad command, exit code 2', async () => {
    for (const args of [
      [],
      ['orgs', 'frobnicate'],
      ['orgs', 'create'],
      ['orgs', 'set-plan', orgId, 'gold'],
      ['keys', 'create', '--org', orgId, '--scopes', 'root'],
    ]) {
      const res = await cli(...args);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr).toMatch(/usage: humanhours-admin/);
    }
  });
});
