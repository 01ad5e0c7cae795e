import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Injectable } from '@nestjs/common';

/** The dashboard's build output: apps/dashboard/dist, three levels above src/dashboard and dist/dashboard. */
export const DASHBOARD_DIST = fileURLToPath(new URL('../../../dashboard/dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DashboardAsset {
  body: Buffer;
  contentType: string;
  cacheControl: string;
  etag: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * The built dashboard, read from disk once and kept in memory. Vite names everything under /assets/ after a
 * hash of its content, so those are cached for a year; index.html must be revalidated so a new build shows.
 */
@Injectable()
export class DashboardAssets {
  private root = DASHBOARD_DIST;
  private files: Map<string, DashboardAsset> | null = null;

  /** Serves another build folder (the tests point it at an empty one); drops what was cached. */
  useRoot(dir: string): void {
    this.root = dir;
    this.files = null;
  }

  /** The file at this URL path (`/assets/index-abc123.js`), or undefined. */
  file(urlPath: string): DashboardAsset | undefined {
    return this.load()?.get(urlPath);
  }

  /** index.html, or null while the dashboard has not been built. */
  index(): DashboardAsset | null {
    return this.load()?.get('/index.html') ?? null;
  }

  private load(): Map<string, DashboardAsset> | null {
    if (this.files) return this.files;
    // Not built yet: checked again on the next request, so a `pnpm build` made while the server runs shows up.
    if (!existsSync(join(this.root, 'index.html'))) return null;
    const files = new Map<string, DashboardAsset>();
    for (const path of listFiles(this.root)) {
      const urlPath = `/${relative(this.root, path).split(sep).join('/')}`;
      const body = readFileSync(path);
      files.set(urlPath, {
        body,
        contentType: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        cacheControl: urlPath.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : urlPath === '/index.html'
            ? 'no-cache'
            : 'public, max-age=3600',
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      });
    }
    this.files = files;
    return files;
  }
}
