// What `pnpm pack` puts in the tarball (pnpm publish packs the same): the build, README and LICENSE, and a
// package.json without devDependencies, scripts or any workspace: / private dependency (the root .pnpmfile.cjs
// strips them). Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const out = mkdtempSync(join(tmpdir(), 'hh-sdk-pack-'));
const failures = [];
try {
  execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: pkg, stdio: 'pipe' });
  const tarball = join(
    out,
    readdirSync(out).find((f) => f.endsWith('.tgz')),
  );
  const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
  const manifest = JSON.parse(execFileSync('tar', ['xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  for (const required of [
    'package/LICENSE',
    'package/README.md',
    'package/package.json',
    'package/dist/index.js',
    'package/dist/index.cjs',
    'package/dist/admin.js',
  ]) {
    if (!files.includes(required)) failures.push(`the tarball lacks ${required}`);
  }
  for (const file of files)
    if (!/^package\/(dist\/|LICENSE$|README\.md$|package\.json$)/.test(file)) failures.push(`the tarball holds ${file}`);
  for (const field of ['devDependencies', 'scripts', 'private'])
    if (field in manifest) failures.push(`the published package.json has ${field}`);
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, spec] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|file|link):/.test(spec) || name.startsWith('@humanhours/')) failures.push(`${field} names ${name}@${spec}`);
    }
  }
  if (manifest.license !== 'MIT') failures.push(`license is ${manifest.license}`);
  if (!failures.length)
    console.log(`${manifest.name}@${manifest.version}: ${files.length} files, LICENSE included, no devDependencies or workspace packages`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (failures.length) {
  for (const failure of failures) console.error(failure);
  process.exit(1);
}
