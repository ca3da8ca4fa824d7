import { defineConfig } from 'vitest/config';

/**
 * `npx vitest run` and `npm run test:unit`: unit and validator tests only, on fixtures, with no
 * build. The suites that build a site or read a built one have their own projects in
 * `vitest.site.config.ts`, which `scripts/test.sh` runs by name.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/validator/**/*.test.ts'],
    environment: 'node',
    // Some tests run the real validator in a child process; on 2 cores shared with other
    // test files that takes more than Vitest's default 5 s.
    testTimeout: 60_000,
  },
});
