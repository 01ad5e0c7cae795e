// The published declarations must stand alone: the API types inlined from the private contract package, and no
// dependence on @types/node (edge and browser users do not have it). Run after `pnpm build`.
import { readFileSync } from 'node:fs';

let failed = false;
for (const file of ['dist/index.d.ts', 'dist/index.d.cts']) {
  const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  for (const [pattern, why] of [
    [/@humanhours\/contract/, 'imports the private contract package'],
    [/reference types="node"|NodeJS\./, 'needs @types/node'],
  ]) {
    if (pattern.test(text)) {
      console.error(`${file} ${why}`);
      failed = true;
    }
  }
  if (!/interface components/.test(text)) {
    console.error(`${file} does not inline the generated API types`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log('dist/index.d.ts and dist/index.d.cts are self-contained');
