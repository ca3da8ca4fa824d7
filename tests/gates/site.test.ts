/**
 * The quality gates over the built site (dist/, or GUICHET_DIST): each must find no problem.
 * A failure prints the gate's report, page by page. `npm run verify` prints the same.
 */
import { describe, it } from 'vitest';
import { Dist } from '../../scripts/gates/dist';
import { GATES } from '../../scripts/gates/index';
import { built, dist, expectNoProblem, siteUrl } from './helpers';

describe.skipIf(!built)('quality gates over the built site', () => {
  const site = built ? new Dist(dist) : undefined;
  for (const gate of GATES) {
    it(`${gate.id}: ${gate.title}`, { timeout: 300_000 }, () => {
      expectNoProblem(gate.run(site!, { siteUrl }));
    });
  }
});
