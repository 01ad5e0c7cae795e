import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type TestServer } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardAssets } from '../../src/dashboard/dashboard-assets.js';

// A stand-in for apps/dashboard/dist, so these tests neither need nor touch the real build.
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12.js"></script></head><body></body></html>';
let server: TestServer;
let dist: string;
let empty: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'hh-dashboard-dist-'));
  empty = mkdtempSync(join(tmpdir(), 'hh-dashboard-empty-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-Ab12.js'), 'console.log("app")');
  writeFileSync(join(dist, 'assets', 'index-Cd34.css'), 'body{margin:0}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = await startServer();
  server.app.get(DashboardAssets).useRoot(dist);
});
afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function expectHtmlSecurityHeaders(headers: Record<string, string>) {
  expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
  expect(headers['content-security-policy']).not.toMatch(/unsafe-eval|\*|https?:/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
}

function expectJsonNotFound(res: { status: number; body: any; headers: Record<string, string> }) {
  expect(res.status).toBe(404);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.body).toEqual({ error: expect.objectContaining({ code: 'not_found', message: expect.any(String) }) });
}

describe('the dashboard at /', () => {
  it('answers index.html at / with security headers and no caching', async () => {
    const res = await server.http.get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toBe(INDEX);
    expectHtmlSecurityHeaders(res.headers);
  });

  it('answers index.html for the client-side routes, with their query strings', async () => {
    for (const path of ['/agents?period=7d&tz=Europe/Berlin', '/task-types', '/clients', '/models', '/usage', '/keys/', '/index.html']) {
      const res = await server.http.get(path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).toBe(INDEX);
      expectHtmlSecurityHeaders(res.headers);
    }
  });

  it('serves the built files with their content types; hashed assets are cached for a year', async () => {
    const js = await server.http.get('/assets/index-Ab12.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.text).toBe('console.log("app")');
    const css = await server.http.get('/assets/index-Cd34.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const svg = await server.http.get('/favicon.svg');
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers 304 to a revalidation of an unchanged file', async () => {
    const first = await server.http.get('/');
    const again = await server.http.get('/').set('if-none-match', first.headers.etag);
    expect(again.status).toBe(304);
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await server.http.head('/agents');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('never answers index.html for a missing file a page loads (a script, an image: no text/html)', async () => {
    for (const path of ['/assets/index-Zz99.js', '/assets/nothing', '/robots.txt', '/favicon.ico']) {
      expectJsonNotFound(await server.http.get(path).set('accept', '*/*'));
      expectJsonNotFound(await server.http.get(path).set('accept', 'image/avif,image/webp,*/*'));
      expectJsonNotFound(await server.http.get(path));
    }
  });

  it('keeps the API’s JSON errors under /v1, /api and the other API paths, even for a browser', async () => {
    for (const path of ['/v1/nope', '/api/v1/nope', '/api/nope', '/v1', '/docs/nope', '/mcp/nope', '/.well-known/nope', '/openapi.txt']) {
      expectJsonNotFound(await server.http.get(path).set(html));
      expectJsonNotFound(await server.http.get(path));
    }
    const wrongMethod = await server.http.get('/v1/track');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body.error.code).toBe('method_not_allowed');
    expect(wrongMethod.headers.allow).toBe('POST');
    expect((await server.http.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await server.http.get('/openapi.json')).body.openapi).toBe('3.1.0');
    expect((await server.http.get('/docs')).text).toContain('HumanHours API reference');
  });

  it('answers a mistyped page with the app (status 404, its not-found view) to a browser and the JSON 404 to an API client', async () => {
    for (const path of [
      '/nope',
      '/agnets',
      '/agents/support-bot',
      '/Usage',
      '/usage.html',
      '/keys/new?x=1',
      '/assets/old-page',
      '/a/b/c/',
    ]) {
      expectJsonNotFound(await server.http.get(path));
      expectJsonNotFound(await server.http.get(path).set('accept', 'application/json'));
      const page = await server.http.get(path).set(html);
      expect(page.status, path).toBe(404);
      expect(page.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(page.text, path).toBe(INDEX);
      expectHtmlSecurityHeaders(page.headers);
      // Never cached as if it were the page: the next build's not-found view shows.
      expect(page.headers['cache-control'], path).toBe('no-cache');
      const head = await server.http.head(path).set(html);
      expect(head.status, path).toBe(404);
    }
  });

  it('answers only GET and HEAD', async () => {
    expectJsonNotFound(await server.http.post('/').send({}));
    expectJsonNotFound(await server.http.delete('/agents'));
  });

  it('reads the files once and answers from memory', async () => {
    writeFileSync(join(dist, 'assets', 'index-Ab12.js'), 'changed on disk');
    expect((await server.http.get('/assets/index-Ab12.js')).text).toBe('console.log("app")');
  });
});

describe('before the dashboard is built', () => {
  beforeAll(() => server.app.get(DashboardAssets).useRoot(empty));
  afterAll(() => server.app.get(DashboardAssets).useRoot(dist));

  it('answers a short page saying to run pnpm build, never a 500', async () => {
    for (const path of ['/', '/agents']) {
      const res = await server.http.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('pnpm build');
      expectHtmlSecurityHeaders(res.headers);
    }
    expectJsonNotFound(await server.http.get('/assets/index-Ab12.js'));
  });

  it('serves the build as soon as it appears', async () => {
    const later = mkdtempSync(join(tmpdir(), 'hh-dashboard-later-'));
    try {
      server.app.get(DashboardAssets).useRoot(later);
      expect((await server.http.get('/')).text).toContain('pnpm build');
      writeFileSync(join(later, 'index.html'), INDEX);
      expect((await server.http.get('/')).text).toBe(INDEX);
    } finally {
      server.app.get(DashboardAssets).useRoot(empty);
      rmSync(later, { recursive: true, force: true });
    }
  });
});
