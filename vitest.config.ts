import { defineConfig } from 'vitest/config';

// One run for the whole workspace: each package is a project. With HUMANHOURS_TEST_PG_URL set (CI sets it; see
// scripts/services.sh), every server test runs a second time on PostgreSQL as the `server-pg` project.
const postgres = process.env.HUMANHOURS_TEST_PG_URL
  ? [
      {
        extends: './apps/server/vitest.config.ts',
        root: './apps/server',
        test: { name: 'server-pg', env: { HUMANHOURS_TEST_DATABASE: 'postgresql' } },
      },
    ]
  : [];

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', ...postgres],
  },
});
