import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/corpus/**/*.test.ts', 'tests/validator/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/gates/**/*.test.ts', 'tests/fidelity/**/*.test.ts'],
    environment: 'node',
    // Some tests run the real validator or build in a child process; on 2 cores shared with
    // other test files that takes more than Vitest's default 5 s.
    testTimeout: 60_000,
  },
});
