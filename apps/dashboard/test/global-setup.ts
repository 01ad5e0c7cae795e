import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { CHROMIUM, chromiumMissing } from './browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The browser tests drive the built dashboard: build it when `pnpm build` has not (a bare `vitest run --project dashboard`). */
export default async function setup() {
  if (!existsSync(`${root}dist/index.html`)) {
    await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn' });
  }
  if (chromiumMissing) {
    console.warn(`dashboard: no browser at ${CHROMIUM}, so its browser tests are skipped (apt-get install chromium; npm test does)`);
  }
}
