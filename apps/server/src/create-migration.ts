// Creates the next migration for one driver from the difference between the entities and a fresh database
// migrated to the latest committed migration. `--check` only reports whether such a difference exists.
//
//   node dist/create-migration.js sqlite [name]
//   HUMANHOURS_MIGRATION_PG_URL=postgres://… node dist/create-migration.js postgresql [name]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseConfig } from './config/config.js';
import { openDatabase } from './open-database.js';

const kind = process.argv[2] as DatabaseConfig['kind'];
const check = process.argv.includes('--check');
const name = process.argv.slice(3).find((a) => !a.startsWith('--'));
if (kind !== 'sqlite' && kind !== 'postgresql') {
  console.error('usage: create-migration <sqlite|postgresql> [name] [--check]');
  process.exit(2);
}
// dist → src/db/migrations/<kind>: migrations are source files, compiled with the rest.
const sourceDir = join(dirname(fileURLToPath(import.meta.url)), '../src/db/migrations', kind);

async function withScratchDatabase<T>(fn: (db: DatabaseConfig) => Promise<T>): Promise<T> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'hh-migrate-'));
    try {
      return await fn({ kind: 'sqlite', path: join(dir, 'scratch.db'), url: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const base = process.env.HUMANHOURS_MIGRATION_PG_URL;
  if (!base) throw new Error('Set HUMANHOURS_MIGRATION_PG_URL to a PostgreSQL server URL (a scratch database is created there)');
  const scratch = `hh_migrate_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgresql', url: base }, { migrate: false });
  await admin.run(`create database ${scratch}`);
  const url = new URL(base);
  url.pathname = `/${scratch}`;
  try {
    return await fn({ kind: 'postgresql', url: url.toString() });
  } finally {
    await admin.run(`drop database if exists ${scratch} with (force)`);
    await admin.close();
  }
}

function writeIndex(): void {
  const files = readdirSync(sourceDir)
    .filter((f) => /^Migration.*\.ts$/.test(f))
    .sort();
  const names = files.map((f) => f.replace(/\.ts$/, ''));
  const exportName = kind === 'sqlite' ? 'sqliteMigrations' : 'postgresqlMigrations';
  const lines = [
    '// Written by create-migration: every migration of this driver, oldest first.',
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}.js';`),
    '',
    `export const ${exportName}: MigrationObject[] = [${names.map((n) => `\n  { name: '${n}', class: ${n} },`).join('')}${names.length ? '\n' : ''}];`,
    '',
  ];
  writeFileSync(join(sourceDir, 'index.ts'), lines.join('\n'));
}

const exitCode = await withScratchDatabase(async (config) => {
  const db = await openDatabase(config);
  try {
    const result = await db.orm.migrator.create(sourceDir, false, false, name);
    const changed = result.diff.up.length > 0;
    if (check) {
      if (changed) {
        console.error(`${kind}: the entities differ from the committed migrations:\n${result.diff.up.join('\n')}`);
        console.error('Run `pnpm --filter @humanhours/server migration:create` for both drivers and commit the result.');
        rmSync(join(sourceDir, result.fileName), { force: true });
        return 1;
      }
      console.log(`${kind}: migrations match the entities`);
      return 0;
    }
    if (!changed) {
      console.log(`${kind}: no schema changes`);
      return 0;
    }
    writeIndex();
    console.log(`${kind}: wrote ${result.fileName}`);
    return 0;
  } finally {
    await db.close();
  }
});
process.exit(exitCode);
