// The boundaries docs/architecture.md promises and dependency-cruiser cannot see: each table's SQL lives in the
// folder of the domain that owns it (the folder of its entity), and every controller is in its folder's module.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/**
 * The documented exceptions (docs/architecture.md, "One owner per table"): the ingest path writes an event's rows
 * in one statement per table inside one transaction (on PostgreSQL one statement for a whole flush), for speed; and
 * the agents' rates are read with their org's currency in one statement, so a currency change never pairs them wrong.
 */
const EXCEPTIONS: Record<string, string[]> = {
  // (the rollup upserts are built from table names, which this check cannot see: see ROLLUPS in ingest-plan.ts)
  'tracking/ingest-plan.ts': ['idempotency_keys'],
  'tracking/event-row.ts': ['events'],
  'tracking/postgres-ingest-store.ts': ['events', 'idempotency_keys', 'agents', 'orgs', 'org_usage', 'webhook_deliveries'],
  'agents/agent.repository.ts': ['orgs'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({
  file: relative(SRC, path),
  // Comments may name a table freely.
  code: readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, ''),
}));
const folderOf = (file: string) => (file.includes('/') ? dirname(file) : '.');

/** Table name and entity schema → the folder of its entity file. */
const owners = files
  .filter((f) => f.file.endsWith('.entity.ts'))
  .flatMap(({ file, code }) =>
    [...code.matchAll(/export const (\w+Schema) = defineEntity\(\{[\s\S]*?tableName: '(\w+)'/g)].map(([, schema, table]) => ({
      schema: schema!,
      table: table!,
      folder: folderOf(file),
    })),
  );

function touches(code: string, owner: (typeof owners)[number]): boolean {
  const sql = new RegExp(`\\b(from|into|update|join|table)\\s+"?${owner.table}\\b(?!_)`, 'i');
  const orm = new RegExp(
    `\\b(find|findOne|findOneOrFail|findAndCount|count|create|nativeDelete|nativeUpdate|upsert|upsertMany|insert|insertMany|getReference|getRepository|createQueryBuilder)\\(\\s*${owner.schema}\\b`,
  );
  return sql.test(code) || orm.test(code);
}

describe('boundaries', () => {
  it('knows every table', () => {
    expect(owners.map((o) => o.table)).toContain('events');
    expect(owners.length).toBeGreaterThanOrEqual(20);
  });

  it("runs a table's SQL only in the folder of its owner (or a documented exception)", () => {
    const outside = files
      .filter((f) => !f.file.endsWith('.entity.ts') && f.file !== 'entities.ts')
      .flatMap(({ file, code }) =>
        owners
          .filter((o) => folderOf(file) !== o.folder && touches(code, o) && !EXCEPTIONS[file]?.includes(o.table))
          .map((o) => `${file} runs SQL on ${o.table} (owned by ${o.folder}/)`),
      );
    expect(outside).toEqual([]);
  });

  it('registers every controller in the module of its own folder; app.module.ts imports modules only', () => {
    const modules = files.filter((f) => f.file.endsWith('.module.ts'));
    const unregistered = files
      .filter((f) => f.file.endsWith('.controller.ts'))
      .flatMap(({ file, code }) =>
        [...code.matchAll(/export class (\w+Controller)\b/g)]
          .map(([, name]) => name!)
          .filter(
            (name) =>
              !modules.some(
                (m) => folderOf(m.file) === folderOf(file) && new RegExp(`controllers:\\s*\\[[^\\]]*\\b${name}\\b`).test(m.code),
              ),
          )
          .map((name) => `${name} (${basename(file)})`),
      );
    expect(unregistered).toEqual([]);
    const app = files.find((f) => f.file === 'app.module.ts')!.code;
    expect(app).not.toMatch(/\b(controllers|providers):/);
  });
});
