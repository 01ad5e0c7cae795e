import { rmSync } from 'node:fs';
import { bearer, startServer, tempDir } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

const INIT_KEY = `hh_live_Init0001_${'k'.repeat(24)}${'Q'.repeat(24)}`;

describe('a fresh database', () => {
  it('gets a default org whose key is printed once and works; a restart prints nothing new', async () => {
    const dir = tempDir();
    try {
      const first = await startServer({}, { dir });
      expect(first.printed).toHaveLength(1);
      expect(first.printed[0]).toContain('shown only this once');
      const key = first.firstKey!;
      expect((await first.http.get('/v1/org').set(bearer(key))).status).toBe(200);
      await first.close();

      const second = await startServer({}, { dir });
      expect(second.printed).toHaveLength(0);
      expect((await second.http.get('/v1/org').set(bearer(key))).status).toBe(200);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never writes the printed key to the structured log', async () => {
    const server = await startServer();
    try {
      const key = server.firstKey!;
      const created = await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'another' });
      await server.http.get('/v1/api-keys').set(bearer(created.body.secret));
      await server.http.get('/v1/org').set(bearer(`${key.slice(0, -1)}X`));
      expect(server.rawLogs.length).toBeGreaterThan(3);
      for (const secret of [key, created.body.secret]) {
        const body = secret.split('_')[3];
        expect(server.rawLogs.filter((line) => line.includes(body))).toEqual([]);
      }
    } finally {
      await server.close();
    }
  });
});

describe('HUMANHOURS_INIT_API_KEY', () => {
  it('ensures an org holding exactly that key, idempotently across restarts', async () => {
    const dir = tempDir();
    const env = { HUMANHOURS_INIT_API_KEY: INIT_KEY, HUMANHOURS_INIT_PLAN: 'enterprise', HUMANHOURS_INIT_ORG_NAME: 'Ops' };
    try {
      const ids: string[] = [];
      for (let i = 0; i < 2; i++) {
        const server = await startServer(env, { dir });
        expect(server.printed).toEqual([]);
        const res = await server.http.get('/v1/org').set(bearer(INIT_KEY));
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ name: 'Ops', plan: 'enterprise' });
        ids.push(res.body.id);
        const orgs = await server.db.all('select id from orgs');
        expect(orgs).toHaveLength(1);
        await server.close();
      }
      expect(ids[0]).toBe(ids[1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a key in the wrong format, without echoing it', () => {
    try {
      loadConfig({ HUMANHOURS_INIT_API_KEY: 'hh_live_short_secretvalue' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/HUMANHOURS_INIT_API_KEY/);
      expect((err as Error).message).not.toContain('secretvalue');
    }
  });
});
