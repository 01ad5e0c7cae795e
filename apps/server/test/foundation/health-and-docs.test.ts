import { readFileSync } from 'node:fs';
import { spec } from '@humanhours/contract';
import { startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe('health', () => {
  it('/healthz answers while the process is up', async () => {
    const res = await server.http.get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res).toMatchApiSpec();
  });

  it('/readyz answers 200 while the database is reachable', async () => {
    const res = await server.http.get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body.checks.database).toBe('ok');
    expect(res).toMatchApiSpec();
  });
});

describe('spec and API reference', () => {
  it('serves openapi.json equal to openapi.yaml', async () => {
    const res = await server.http.get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual(spec);
  });

  it('serves openapi.yaml byte for byte', async () => {
    const res = await server.http
      .get('/openapi.yaml')
      .buffer(true)
      .parse((r, cb) => {
        let text = '';
        r.on('data', (c: Buffer) => {
          text += c.toString();
        });
        r.on('end', () => cb(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.body).toBe(readFileSync(new URL('../../../../openapi.yaml', import.meta.url), 'utf8'));
  });

  it('renders /docs from local assets only (no CDN)', async () => {
    const page = await server.http.get('/docs');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const refs = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(2);
    for (const ref of refs) {
      expect(ref.startsWith('/'), ref).toBe(true);
      const asset = await server.http.get(ref);
      expect(asset.status, ref).toBe(200);
      expect(Number(asset.headers['content-length'] ?? asset.body.length ?? 1)).toBeGreaterThan(0);
    }
  });
});

describe('readiness without a database', () => {
  it('/readyz answers 503 when the database is gone, /healthz still 200', async () => {
    const own = await startServer();
    try {
      await own.db.close();
      const ready = await own.http.get('/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({ status: 'unavailable', checks: { database: 'error' } });
      expect(ready).toMatchApiSpec();
      expect((await own.http.get('/healthz')).status).toBe(200);
    } finally {
      await own.app.close();
    }
  });
});
