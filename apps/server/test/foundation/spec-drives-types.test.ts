// The server is typed against the contract generated from openapi.yaml, so a spec change the server does not follow
// fails `pnpm typecheck`. This test makes such a change for real: openapi.yaml with one request field and one
// response field renamed, the contract regenerated from it by `scripts/gen.mjs`, and `tsc --noEmit` run on the
// server's sources against that contract. It must fail, naming both fields. (docs/architecture.md, "The spec types
// the server".) The scratch contract lives in node_modules/.cache with tsc's incremental build info, so a rerun only
// re-checks what changed.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = join(import.meta.dirname, '../../../..');
const server = join(repo, 'apps/server');
const scratch = join(server, 'node_modules/.cache/spec-drives-types');
const tsc = join(server, 'node_modules/typescript/bin/tsc');

/** openapi.yaml as parsed, with `from` renamed to `to` in one schema's properties (and its `required`). */
function renameField(doc: any, schema: string, from: string, to: string): void {
  const node = doc.components.schemas[schema];
  node.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k === from ? to : k, v]));
  node.required = node.required?.map((k: string) => (k === from ? to : k));
}

/** Regenerates the contract from the edited spec into the scratch folder, next to the contract's own sources. */
function contractFrom(doc: unknown): string {
  rmSync(join(scratch, 'packages'), { recursive: true, force: true });
  const contractSrc = join(scratch, 'packages/contract/src');
  mkdirSync(contractSrc, { recursive: true });
  // JSON is YAML: gen.mjs reads it as it reads the real spec.
  writeFileSync(join(scratch, 'openapi.yaml'), JSON.stringify(doc));
  execFileSync(process.execPath, [join(repo, 'scripts/gen.mjs')], { env: { ...process.env, HUMANHOURS_GEN_ROOT: scratch }, stdio: 'pipe' });
  for (const file of readdirSync(join(repo, 'packages/contract/src'))) {
    if (file.endsWith('.ts')) cpSync(join(repo, 'packages/contract/src', file), join(contractSrc, file));
  }
  const modules = join(scratch, 'packages/contract/node_modules');
  if (!existsSync(modules)) symlinkSync(join(repo, 'packages/contract/node_modules'), modules, 'dir');
  return join(contractSrc, 'index.ts');
}

/** `tsc --noEmit` on the server's sources (not its tests), with `@humanhours/contract` pointing at `contract`. */
function typecheckServer(contract: string): { code: number; output: string } {
  const config = join(scratch, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(server, 'tsconfig.json'),
      compilerOptions: {
        rootDir: repo,
        noEmit: true,
        incremental: true,
        tsBuildInfoFile: join(scratch, 'server.tsbuildinfo'),
        paths: { '@humanhours/contract': [contract] },
      },
      include: [join(server, 'src')],
    }),
  );
  try {
    return {
      code: 0,
      output: execFileSync(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { encoding: 'utf8', stdio: 'pipe' }),
    };
  } catch (err: any) {
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

// Type checking touches no database: once, on the SQLite project.
describe.skipIf(process.env.HUMANHOURS_TEST_DATABASE === 'postgresql')('the spec types the server', () => {
  it('fails to compile, naming the fields, when openapi.yaml renames a request and a response field', { timeout: 240_000 }, () => {
    const doc = parse(readFileSync(join(repo, 'openapi.yaml'), 'utf8'));
    renameField(doc, 'TrackFields', 'task_type', 'task_kind'); // POST /v1/track's body
    renameField(doc, 'TrackedEventFields', 'net_saved', 'net_savings'); // its response
    const { code, output } = typecheckServer(contractFrom(doc));

    expect(code).not.toBe(0);
    const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
    // The request field: the ingest path reads `task_type` off the body, which no longer has it.
    expect(errors.some((e) => /\bsrc\/tracking\/\S+\.ts.*'task_type'/.test(e))).toBe(true);
    // The response field: the TrackedEvent built in tracking/event-row.ts writes `net_saved`, which the spec dropped.
    expect(errors.some((e) => /\bsrc\/tracking\/event-row\.ts.*'net_saved'/.test(e))).toBe(true);
  });
});
