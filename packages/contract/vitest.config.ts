import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['development'] },
  test: { name: 'contract', include: ['test/**/*.test.ts'] },
});
