import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../../../..');
const script = join(repo, 'scripts/gen.mjs');
let scratch: string;

function copyRepoSubset(): string {
  scratch = mkdtempSync(join(tmpdir(), 'hh-gen-'));
  cpSync(join(repo, 'openapi.yaml'), join(scratch, 'openapi.yaml'));
  mkdirSync(join(scratch, 'packages/contract/src'), { recursive: true });
  cpSync(join(repo, 'packages/contract/src/generated'), join(scratch, 'packages/contract/src/generated'), { recursive: true });
  // the SDK's operation tables and types (written by the same script)
  cpSync(join(repo, 'packages/sdk/src/generated'), join(scratch, 'packages/sdk/src/generated'), { recursive: true });
  return scratch;
}

function runCheck(root: string): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [script, '--check'], {
      env: { ...process.env, HUMANHOURS_GEN_ROOT: root },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output };
  } catch (err: any) {
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('pnpm gen --check (run in CI)', () => {
  it('passes when the committed generated files match openapi.yaml', () => {
    expect(runCheck(copyRepoSubset()).code).toBe(0);
  });

  it('fails, naming the stale files, when openapi.yaml was edited without regenerating', () => {
    const root = copyRepoSubset();
    const yaml = readFileSync(join(root, 'openapi.yaml'), 'utf8');
    writeFileSync(join(root, 'openapi.yaml'), yaml.replace(/version: ['"]?1\.0\.0['"]?/, "version: '1.0.1'"));
    const { code, output } = runCheck(root);
    expect(code).toBe(1);
    expect(output).toMatch(/openapi\.json is out of date/);
    expect(output).toMatch(/pnpm gen/);
  });
});
