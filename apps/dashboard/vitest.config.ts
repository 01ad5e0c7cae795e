import { defineProject } from 'vitest/config';

// Browser tests: the real server in-process, the built dashboard, Debian's Chromium driven by playwright-core.
export default defineProject({
  resolve: { conditions: ['development'] },
  test: {
    name: 'dashboard',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for the page like the locators do (10 s), not vitest's default second: CI has 2 busy cores.
    expect: { poll: { timeout: 10_000 } },
  },
});
