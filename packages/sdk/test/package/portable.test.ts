import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The core must run on Node ≥ 18, Bun, Deno and edge runtimes: fetch and web globals only, no runtime dependency.
describe('the published package', () => {
  it('bundles for a neutral platform with no node: import, no require and no external module', async () => {
    const result = await build({
      absWorkingDir: new URL('../..', import.meta.url).pathname,
      entryPoints: ['src/index.ts'],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      metafile: true,
    });
    const code = result.outputFiles[0].text;
    expect(code).not.toMatch(/\bnode:/);
    expect(code).not.toMatch(/\brequire\(/);
    expect(Object.keys(result.metafile.inputs).every((file) => file.startsWith('src/'))).toBe(true);
    // process is only ever reached as a property of globalThis, guarded, so runtimes without it work
    expect(code).not.toMatch(/(?<![.\w$])process\s*[.[]/);
  });

  it('has no runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
  });
});
