import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['development'] },
  test: { name: 'test-kit', include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
