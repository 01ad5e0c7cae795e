import { readFileSync } from 'node:fs';
import { defineProject } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineProject({
  resolve: { conditions: ['development'] },
  define: { __SDK_VERSION__: JSON.stringify(version) },
  test: {
    name: 'sdk',
    include: ['test/**/*.test.ts'],
    // Type-level tests (*.test-d.ts) are compiled by tsc, not run.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
