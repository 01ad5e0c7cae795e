import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bearer, startServer, startWithTwoOrgs } from '../src/index.js';

describe('the test kit', () => {
  it('starts the server on a loopback port with its seeded org and first key, and cleans up after it', async () => {
    const server = await startServer();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const org = await server.http.get('/v1/org').set(bearer(server.firstKey!));
      expect(org.status).toBe(200);
    } finally {
      await server.close();
    }
    expect(existsSync(server.dir)).toBe(false);
  });

  it('gives two orgs, each with its own key', async () => {
    const { server, keyA, keyB } = await startWithTwoOrgs();
    try {
      const [a, b] = await Promise.all([keyA, keyB].map((key) => server.http.get('/v1/org').set(bearer(key))));
      expect(b.body.name).toBe('Org B');
      expect(a.body.id).not.toBe(b.body.id);
    } finally {
      await server.close();
    }
  });
});
