import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/validator/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/gates/**/*.test.ts'],
    environment: 'node',
  },
});
