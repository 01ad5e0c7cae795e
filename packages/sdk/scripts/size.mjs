// Prints the minified + gzipped size of the ESM bundle (what an app that imports the SDK ships). Goal: ≤ 10 KB (every operation of the spec has a method; webhooks, alerts, workspaces and share links came with 1.0).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const GOAL = 10 * 1024;
const result = await build({
  entryPoints: [new URL('../dist/index.js', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const code = result.outputFiles[0].contents;
const gzipped = gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`@humanhours/sdk ESM: ${kb(code.length)} minified, ${kb(gzipped)} minified + gzipped (goal ≤ ${kb(GOAL)})`);
if (gzipped > GOAL) process.exitCode = 1;
