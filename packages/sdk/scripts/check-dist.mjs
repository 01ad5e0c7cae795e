// The published declarations must stand alone and say only what each entry offers: the API types generated from
// openapi.yaml inlined, nothing from @types/node or the DOM needed, and nothing of the admin API reachable from the
// main entry. Then require() and import must give the same named exports. Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const failures = [];

/** A declaration file and every file it imports, transitively. */
function declarations(entry) {
  const seen = new Map();
  const pending = [join(pkg, 'dist', entry)];
  while (pending.length) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const [, spec] of text.matchAll(/from '(\.[^']+)'/g))
      pending.push(join(dirname(file), spec.replace(/\.c?js$/, entry.endsWith('.d.cts') ? '.d.cts' : '.d.ts')));
  }
  return seen;
}

for (const entry of ['index.d.ts', 'index.d.cts', 'admin.d.ts', 'admin.d.cts']) {
  const files = declarations(entry);
  const all = [...files.values()].join('\n');
  if (/@humanhours\/contract/.test(all)) failures.push(`${entry} imports the private contract package`);
  if (/reference (types|lib)=|NodeJS\./.test(all)) failures.push(`${entry} needs @types/node or a lib reference`);
  if (!/interface components/.test(all)) failures.push(`${entry} does not inline the generated API types`);
  if (entry.startsWith('index') && /\bAdminOrg\w*:|adminCreateOrg|\/v1\/admin\//.test(all))
    failures.push(`${entry} reaches admin API types`);
}

// A consumer with no DOM and no @types/node: the declarations must compile against the ES library alone.
const consumer = mkdtempSync(join(tmpdir(), 'hh-sdk-types-'));
try {
  writeFileSync(
    join(consumer, 'use.ts'),
    `import { HumanHours, ValidationError } from '${join(pkg, 'dist/index.js')}';
import { HumanHoursAdmin } from '${join(pkg, 'dist/admin.js')}';
const hh = new HumanHours({ apiKey: 'k', timeout: 1000 });
export const usage = hh.reports.usage({ maxRetries: 1 }).withResponse().then((r) => r.response.requestId);
export const admin = new HumanHoursAdmin({ adminToken: 't' }).orgs.list();
export const isValidation = (e: unknown) => e instanceof ValidationError;
`,
  );
  const compilerOptions = { noEmit: true, strict: true, lib: ['es2022'], types: [], module: 'nodenext', moduleResolution: 'nodenext' };
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['use.ts'] }));
  execFileSync(process.execPath, [join(pkg, 'node_modules/typescript/bin/tsc'), '-p', consumer], { stdio: 'pipe' });
} catch (error) {
  failures.push(`the declarations do not compile without DOM and @types/node:\n${error.stdout ?? error}`);
} finally {
  rmSync(consumer, { recursive: true, force: true });
}

// require() and import expose the same names.
const require = createRequire(import.meta.url);
for (const entry of ['index', 'admin']) {
  const esm = Object.keys(await import(join(pkg, `dist/${entry}.js`))).sort();
  const cjs = Object.keys(require(join(pkg, `dist/${entry}.cjs`))).sort();
  if (JSON.stringify(esm) !== JSON.stringify(cjs))
    failures.push(`${entry}: import gives ${esm.join(', ')}; require gives ${cjs.join(', ')}`);
}

// One error class identity across both builds: an error made by one is an instance of the other's class.
const esmErrors = await import(join(pkg, 'dist/index.js'));
const cjsErrors = require(join(pkg, 'dist/index.cjs'));
for (const [made, other] of [
  [new cjsErrors.ValidationError(422, undefined, undefined), esmErrors],
  [new esmErrors.ValidationError(422, undefined, undefined), cjsErrors],
]) {
  for (const name of ['ValidationError', 'APIError', 'HumanHoursError']) {
    if (!(made instanceof other[name])) failures.push(`a ValidationError of one build is not an instance of the other build's ${name}`);
  }
  if (made instanceof other.RateLimitError) failures.push('a ValidationError of one build passes as the other build’s RateLimitError');
}

if (failures.length) {
  for (const failure of failures) console.error(failure);
  process.exit(1);
}
console.log(
  'declarations self-contained (no DOM, no @types/node, no admin API in the main entry); require() and import agree; one error identity across both',
);
