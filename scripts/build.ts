/**
 * `npm run build`: validate the content, build the site into a new build folder, then
 * publish it as `dist/` with one atomic rename (`src/lib/build/swap-dist.ts`: `dist` is a
 * link to the published build). When any step fails, the previous `dist/` stays as it was.
 */
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { runCheck } from './check';
import { indexBuiltSite } from '../src/lib/search/index';
import { contentDir } from '../src/lib/paths';
import { discardStaged, prepareStaging, publishStaged } from '../src/lib/build/swap-dist';

const root = resolve(import.meta.dirname, '..');
// The build sends nothing anywhere: no usage data either (it would fail offline anyway).
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
// GUICHET_DIST builds elsewhere than dist/ (tests, benchmark); the build folders sit beside
// it so that publishing is a rename on the same file system.
const dist = resolve(process.env['GUICHET_DIST'] ?? join(root, 'dist'));

async function main(): Promise<number> {
  const ok = await runCheck({ contentDir: contentDir(), format: 'text', quietWhenClean: true });
  if (!ok) {
    console.error(
      '\nLa construction est arrêtée : corrigez les erreurs ci-dessus. Le dossier dist/ n’a pas été modifié.',
    );
    return 1;
  }
  const staged = prepareStaging(dist);
  try {
    process.env['GUICHET_OUT_DIR'] = staged;
    await build({ root, outDir: staged, logLevel: process.env['CI'] ? 'warn' : 'info' });
  } catch (error) {
    discardStaged(staged);
    console.error('\nLa construction a échoué ; le dossier dist/ n’a pas été modifié.');
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
  try {
    const search = await indexBuiltSite(staged);
    const size = `${Math.round(search.bytes / 1024)} Kio, dont ${Math.round(search.indexBytes / 1024)} Kio d’index`;
    console.log(
      `Index de recherche : ${search.pages} pages et ${search.records} questions (${size}), en ${search.ms} ms`,
    );
  } catch (error) {
    discardStaged(staged);
    console.error('\nL’index de recherche n’a pas pu être construit ; le dossier dist/ n’a pas été modifié.');
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
  publishStaged(dist, staged);
  console.log(`Site construit dans ${dist}`);
  return 0;
}

process.exitCode = await main();
