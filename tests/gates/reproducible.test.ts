/**
 * Reproducible builds: the content is built twice with the real pipeline (scripts/build.ts),
 * each time into a fresh folder with an empty cache and under another time zone; the two
 * trees must be identical, file by file (SHA-256). A failure lists what differs and where.
 * Costs about two builds. GUICHET_SKIP_REPRODUCIBLE=1 skips it (quick local runs).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReproducible } from '../../scripts/gates/reproducible';
import { contentDir, root } from '../helpers/content';
import { expectNoProblem } from './helpers';

describe.skipIf(process.env['GUICHET_SKIP_REPRODUCIBLE'] === '1')('reproducible builds', () => {
  it('two clean builds give identical dist/ trees', { timeout: 900_000 }, async () => {
    const work = join(tmpdir(), `guichet-reproducible-${process.pid}`);
    try {
      const result = await checkReproducible({
        root,
        work,
        contentDir: process.env['GUICHET_CONTENT_DIR'] ?? contentDir,
      });
      expect(result.files).toBeGreaterThan(10);
      expectNoProblem(result.problems);
      expect(result.digests[0]).toBe(result.digests[1]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
