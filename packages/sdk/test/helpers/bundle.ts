import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** The SDK's source as one plain ESM file, `<dir>/sdk.mjs`, built as the package is (neutral platform, its version). */
export async function bundleSdk(dir: string): Promise<void> {
  await build({
    entryPoints: [new URL('../../src/index.ts', import.meta.url).pathname],
    outfile: join(dir, 'sdk.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    define: { __SDK_VERSION__: JSON.stringify(version) },
  });
}
