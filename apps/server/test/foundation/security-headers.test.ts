import { bearer, type TestServer, useServer } from '@humanhours/test-kit';
import { describe, expect, it } from 'vitest';

let server: TestServer;
let key: string;
useServer({}, (s, k) => {
  server = s;
  key = k;
});

describe('caching and security headers', () => {
  it('Cache-Control: no-store on every /v1 answer (success, error, CSV, /api/v1), the created key above all', async () => {
    const created = await server.http.post('/v1/api-keys').set(bearer(key)).send({ name: 'ci' });
    expect(created.status).toBe(201);
    const responses = [
      created,
      await server.http.get('/v1/org').set(bearer(key)),
      await server.http.get('/api/v1/agents').set(bearer(key)),
      await server.http.get('/v1/reports/time-saved?period=7d&format=csv').set(bearer(key)),
      await server.http.get('/v1/org'),
      await server.http.get('/v1/nope').set(bearer(key)),
      await server.http.get('/v1/reports/time-saved?period=nope').set(bearer(key)),
    ];
    for (const [i, res] of responses.entries()) {
      expect(res.headers['cache-control'], `response ${i} (${res.status})`).toBe('no-store');
      expect(res.headers['x-content-type-options'], `response ${i}`).toBe('nosniff');
    }
  });

  it('X-Content-Type-Options: nosniff everywhere else too', async () => {
    for (const path of [
      '/healthz',
      '/readyz',
      '/openapi.json',
      '/openapi.yaml',
      '/docs',
      '/docs/init.js',
      '/docs/assets/swagger-ui.css',
      '/',
      '/nope',
    ]) {
      const res = await server.http.get(path);
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('/docs carries a CSP that forbids framing and allows only its own files', async () => {
    const res = await server.http.get('/docs');
    expect(res.status).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("connect-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});
