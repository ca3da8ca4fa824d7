import { defineConfig } from 'vitest/config';
import { fixtureEnv } from './tests/helpers/fixture.ts';

/**
 * The suites that build a site or read a built one, one project each, run by name from
 * `scripts/test.sh` (`npx vitest run --config vitest.site.config.ts --project build`):
 * - `corpus`: each corpus call validates, builds and keeps its snapshots and wording rules;
 * - `guard`: a build refuses bad content without touching the previous output (fixture site);
 * - `build`, `gates`: the build of the fixture site (`tests/fixtures/site/`, in `dist-fixture/`);
 * - `fidelity`: the build of the seeded content (`content/`, in `dist/`), the only suite that
 *   reads the seeded facts.
 */
const common = { environment: 'node' as const, testTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { ...common, name: 'corpus', include: ['tests/corpus/**/*.test.ts'] } },
      { test: { ...common, name: 'guard', include: ['tests/guard/**/*.test.ts'] } },
      { test: { ...common, name: 'build', include: ['tests/build/**/*.test.ts'], env: fixtureEnv } },
      { test: { ...common, name: 'gates', include: ['tests/gates/**/*.test.ts'], env: fixtureEnv } },
      { test: { ...common, name: 'fidelity', include: ['tests/fidelity/**/*.test.ts'] } },
    ],
  },
});
