#!/usr/bin/env node
// Regenerates everything derived from openapi.yaml. `--check` fails when the committed output drifted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

// HUMANHOURS_GEN_ROOT lets the drift test run the real script against a scratch copy.
const root = process.env.HUMANHOURS_GEN_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const spec = parse(readFileSync(join(root, 'openapi.yaml'), 'utf8'));

const banner = '// Generated from openapi.yaml by `pnpm gen`. Do not edit by hand.\n';
const outputs = new Map();
const contractDir = join(root, 'packages/contract/src/generated');
outputs.set(join(contractDir, 'openapi.json'), `${JSON.stringify(spec, null, 2)}\n`);
// defaultNonNullable: false — a request field with a default stays optional for the caller (the server fills it).
const types = astToString(await openapiTS(spec, { alphabetize: false, immutable: false, defaultNonNullable: false }));
outputs.set(join(contractDir, 'openapi.ts'), banner + types);

let drifted = 0;
for (const [file, content] of outputs) {
  let current = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current === content) continue;
  if (check) {
    drifted++;
    console.error(`drift: ${relative(root, file)} is out of date with openapi.yaml`);
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${relative(root, file)}`);
  }
}
if (drifted) {
  console.error(`\n${drifted} generated file(s) differ from openapi.yaml. Run \`pnpm gen\` and commit the result.`);
  process.exit(1);
}
if (check) console.log('generated files are up to date with openapi.yaml');
