import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type DashboardAsset, DashboardAssets } from './dashboard-assets.js';

/** The dashboard's own routes (`ROUTES` in apps/dashboard/src/router.ts): always answered with index.html. */
export const DASHBOARD_ROUTES = [
  '/',
  '/agents',
  '/task-types',
  '/clients',
  '/models',
  '/events',
  '/review',
  '/usage',
  '/keys',
  '/webhooks',
  '/share',
];
// A share link's page: never indexed (the page adds the same as a meta tag).
const SHARE_PAGE = '/share';

// Paths the API owns: an unknown one there keeps answering the JSON error envelope, never the dashboard.
const API_PATHS = /^\/(?:v1|api|docs|mcp|\.well-known)(?:\/|$)|^\/(?:openapi\.[^/]*|healthz|readyz)$/;

// Only the dashboard's own files: no inline script or style, no other origin. uPlot styles its elements
// through the CSSOM (element.style), which a style-src without 'unsafe-inline' allows.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HTML_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>HumanHours</title></head>
<body>
<main>
<h1>HumanHours</h1>
<p>The dashboard has not been built yet. Run <code>pnpm build</code> in the repository, then reload this page.</p>
<p>The API works without it: see the <a href="/docs">API reference</a>.</p>
</main>
</body>
</html>
`;

const isDashboardRoute = (path: string) => DASHBOARD_ROUTES.includes(path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);

/**
 * Serves the built dashboard (apps/dashboard/dist) at `/`: its files, and index.html for its client-side routes,
 * so a shared link such as /agents?period=7d opens the right view. A browser asking for any other page outside
 * the API's paths (a typo such as /agnets or /usage.html) gets index.html with a 404 (the app shows its not-found
 * view); an API client, or a request for a missing script or image, gets the API's JSON 404, as under /v1.
 */
@Controller()
export class DashboardController {
  constructor(@Inject(DashboardAssets) private readonly assets: DashboardAssets) {}

  @Get('*')
  serve(@Req() req: FastifyRequest, @Res() reply: FastifyReply): void {
    const path = req.url.split('?')[0];
    // Thrown as Nest's NotFoundException so the exception filter answers exactly what an unknown route gets (404 or 405).
    if (API_PATHS.test(path)) throw new NotFoundException();
    const file = this.assets.file(path);
    if (file && path !== '/index.html') {
      this.send(req, reply, file);
      return;
    }
    const known = isDashboardRoute(path) || path === '/index.html';
    // Any other path a browser opens as a page (it asks for text/html) is a mistyped dashboard address: the app
    // with a 404 shows its own not-found view. A script, image or API client (no text/html) gets the JSON 404.
    if (!known && !/\btext\/html\b/.test(req.headers.accept ?? '')) throw new NotFoundException();
    reply.headers(HTML_HEADERS).status(known ? 200 : 404);
    if (path.replace(/\/$/, '') === SHARE_PAGE) reply.header('x-robots-tag', 'noindex, nofollow');
    const index = this.assets.index();
    if (!index) {
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(NOT_BUILT_PAGE);
      return;
    }
    this.send(req, reply, index);
  }

  private send(req: FastifyRequest, reply: FastifyReply, asset: DashboardAsset): void {
    reply.header('content-type', asset.contentType).header('cache-control', asset.cacheControl).header('etag', asset.etag);
    reply.header('x-content-type-options', 'nosniff');
    if (reply.statusCode === 200 && req.headers['if-none-match'] === asset.etag) {
      reply.status(304).send();
      return;
    }
    reply.send(asset.body);
  }
}
