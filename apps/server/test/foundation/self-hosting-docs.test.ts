import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES, loadConfig } from '../../src/config/config.js';

const root = join(import.meta.dirname, '../../../..');

describe('docs/self-hosting.md', () => {
  it('documents exactly the variables the server reads, with their defaults', () => {
    const doc = readFileSync(join(root, 'docs/self-hosting.md'), 'utf8');
    const table = doc.slice(doc.indexOf('<!-- env:start -->'), doc.indexOf('<!-- env:end -->'));
    const rows = [...table.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(?:`([^`]*)`|—)\s*\|/gm)].map((m) => [m[1], m[2] ?? '']);
    expect(rows).toEqual(Object.entries(ENV_VARIABLES).map(([name, v]) => [name, v.default]));
  });

  it('matches what config.ts actually reads', () => {
    // Every read of the environment is recorded: loadConfig reads the declared variables, and nothing else.
    const read = new Set<string>();
    const env = new Proxy({} as NodeJS.ProcessEnv, {
      get: (target, name) => {
        if (typeof name === 'string') read.add(name);
        return Reflect.get(target, name);
      },
    });
    loadConfig(env);
    expect([...read].sort()).toEqual(Object.keys(ENV_VARIABLES).sort());
  });

  it('documents the defaults the server applies: unset means the declared default, and every default is valid', () => {
    const asDeclared = Object.fromEntries(Object.entries(ENV_VARIABLES).map(([name, v]) => [name, v.default]));
    expect(loadConfig({})).toEqual(loadConfig(asDeclared));
    // A default the parser would refuse could never be the documented behaviour.
    for (const [name, v] of Object.entries(ENV_VARIABLES)) {
      if (v.default !== '') expect(() => loadConfig({ [name]: v.default }), name).not.toThrow();
    }
  });
});
