/**
 * `npm run build`: `astro build` into a new build folder, then that folder published as
 * `dist/` with one atomic rename (`src/lib/build/swap-dist.ts`: `dist` is a link to the
 * published build). Validation and the search index run inside Astro (the guichet
 * integration, `src/integration/index.ts`); this wrapper only adds the guarantee that a build
 * that fails at any step — including after Astro has started writing pages — leaves the
 * previous `dist/` as it was.
 *
 * Run by Node itself (`node --experimental-strip-types`), not through `tsx`: a loader hook on
 * every module Astro loads cost about 1.5 s per build. Hence the `.ts` in the one import below,
 * and TypeScript here and in `swap-dist.ts` that Node can strip (no enums, no parameter
 * properties).
 */
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { discardStaged, prepareStaging, publishStaged } from '../src/lib/build/swap-dist.ts';

const root = resolve(import.meta.dirname, '..');
// The build sends nothing anywhere: no usage data either (it would fail offline anyway).
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
// GUICHET_DIST builds elsewhere than dist/ (tests, benchmark); the build folders sit beside
// it so that publishing is a rename on the same file system.
const dist = resolve(process.env['GUICHET_DIST'] ?? join(root, 'dist'));

async function main(): Promise<number> {
  const staged = prepareStaging(dist);
  try {
    await build({ root, outDir: staged, logLevel: process.env['CI'] ? 'warn' : 'info' });
  } catch (error) {
    discardStaged(staged);
    // The validator's report, when there is one, has been printed above.
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    console.error('La construction a échoué ; le dossier dist/ n’a pas été modifié.');
    return 1;
  }
  publishStaged(dist, staged);
  console.log(`Site construit dans ${dist}`);
  return 0;
}

process.exitCode = await main();
