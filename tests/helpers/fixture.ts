/**
 * The fixture site (`tests/fixtures/site/`): an invented agency and five invented calls, which
 * the unit, build-output, gate and browser tests read and build. The seeded content (`content/`)
 * is tested by the fidelity suite only, so that the agency can edit it without breaking a test.
 */
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The fixture content folder (what `GUICHET_CONTENT_DIR` names for its build). */
export const fixtureDir = join(root, 'tests', 'fixtures', 'site');
/** Where `scripts/test.sh` builds it (`GUICHET_DIST`). */
export const fixtureDist = join(root, 'dist-fixture');
/** Its own Astro cache, so that its build does not reuse the seeded build's content store. */
export const fixtureCache = join(root, '.cache-fixture');

/** The environment that builds or serves the fixture site. */
export const fixtureEnv = {
  GUICHET_CONTENT_DIR: fixtureDir,
  GUICHET_DIST: fixtureDist,
  GUICHET_CACHE_DIR: fixtureCache,
};
