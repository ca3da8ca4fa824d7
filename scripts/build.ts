/**
 * `npm run build`: `astro build` into a staging folder, then `dist/` replaced in one move.
 * Validation and the search index run inside Astro (the guichet integration,
 * `src/integration/index.ts`); this wrapper only adds the guarantee that a build that fails
 * at any step — including after Astro has started writing pages — leaves the previous
 * `dist/` as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'astro';

const root = resolve(import.meta.dirname, '..');
// The build sends nothing anywhere: no usage data either (it would fail offline anyway).
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
// GUICHET_DIST builds elsewhere than dist/ (tests, benchmark); the staging folder sits beside
// it so that the final move is a rename on the same file system.
const dist = resolve(process.env['GUICHET_DIST'] ?? join(root, 'dist'));
const work = join(dirname(dist), `.guichet-build-${basename(dist)}`);
const staged = join(work, 'dist');

async function main(): Promise<number> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    await build({ root, outDir: staged, logLevel: process.env['CI'] ? 'warn' : 'info' });
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    // The validator's report, when there is one, has been printed above.
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    console.error('La construction a échoué ; le dossier dist/ n’a pas été modifié.');
    return 1;
  }
  const old = join(work, 'previous');
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(staged, dist);
  rmSync(work, { recursive: true, force: true });
  console.log(`Site construit dans ${dist}`);
  return 0;
}

process.exitCode = await main();
