import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The browser tests drive the built dashboard: build it when `pnpm build` has not (a bare `vitest run --project dashboard`). */
export default async function setup() {
  if (!existsSync(`${root}dist/index.html`)) {
    await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn' });
  }
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error("The dashboard's browser tests drive Debian's Chromium: apt-get install chromium (.ci/run does)");
  }
}
