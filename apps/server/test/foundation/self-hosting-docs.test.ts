import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES } from '../../src/config/config.js';

const root = join(import.meta.dirname, '../../../..');

describe('docs/self-hosting.md', () => {
  it('documents exactly the variables the server reads, with their defaults', () => {
    const doc = readFileSync(join(root, 'docs/self-hosting.md'), 'utf8');
    const table = doc.slice(doc.indexOf('<!-- env:start -->'), doc.indexOf('<!-- env:end -->'));
    const rows = [...table.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(?:`([^`]*)`|—)\s*\|/gm)].map((m) => [m[1], m[2] ?? '']);
    expect(rows).toEqual(Object.entries(ENV_VARIABLES).map(([name, v]) => [name, v.default]));
  });

  it('matches what config.ts actually reads', () => {
    const source = readFileSync(join(root, 'apps/server/src/config/config.ts'), 'utf8');
    const read = new Set([...source.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]));
    expect([...read].sort()).toEqual(Object.keys(ENV_VARIABLES).sort());
  });
});
