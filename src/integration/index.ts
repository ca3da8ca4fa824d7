/**
 * guichet as a local Astro integration, so that the plain `astro build` and `astro dev` run
 * the same pipeline as `npm run build`:
 *
 * - The content validator runs in the content loader of every collection (`./loader.ts`,
 *   used by `src/content.config.ts`), on the one parse of each file that also feeds the
 *   collections. With an error, its French report (file, line, rule, fix) is printed and the
 *   content sync fails: a build writes no page at all.
 * - `astro:build:start` and `astro:build:done`: a content body refused for raw HTML
 *   (`src/lib/markdown/remark-no-raw-html.ts`) fails the build, even where Astro only logged
 *   the error and published the entry without its text.
 * - `astro:server:setup` (dev): the loader checks every change under the content folder
 *   again; the report goes to the terminal, and its errors to the browser's error overlay.
 * - The search index: `astro:build:start` starts Pagefind's process; each page goes to it as
 *   Astro renders it (the middleware `./search-pages.ts`), and so do the FAQ records, made from
 *   the content collections when `/faq/` renders (`src/lib/search/collected.ts`). Pagefind
 *   parses them on the other core while Astro renders; `astro:build:done` writes the index to
 *   `<outDir>/pagefind/`.
 * - The application kits: `astro:build:start` starts a worker thread that builds them and
 *   writes their files into the output folder (`src/lib/kit/thread.ts`) on the other core while
 *   Astro renders; `astro:build:done` waits for the last ones and stops it. In `astro dev`, the
 *   same addresses are routes (`./routes/`) that make each kit on request.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SearchIndexer, SearchIndexError } from '../lib/search/index';
import { openLiveIndex, takeLiveIndex } from '../lib/search/collected';
import { closeKitThread, openKitThread } from '../lib/kit/thread';
import { KIT_FILE_EXTENSIONS } from '../lib/kit/files';
import { failOnRefusals } from '../lib/markdown/remark-no-raw-html';
import { registerContentLoader, shared } from './loader';

/** Absolute path of a file of guichet's, from this folder. */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default function guichet(): AstroIntegration {
  registerContentLoader();
  let outDir: string | undefined;
  return {
    name: 'guichet',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware, injectRoute }) => {
        if (command === 'build') addMiddleware({ entrypoint: here('./search-pages.ts'), order: 'post' });
        // A build has the kit worker write the kits' files; the dev server makes them on request.
        if (command === 'dev') {
          injectRoute({ pattern: '/kits/[slug].zip', entrypoint: here('./routes/kit-zip.ts'), prerender: true });
          for (const extension of KIT_FILE_EXTENSIONS) {
            injectRoute({ pattern: `/kits/[slug]/[name].${extension}`, entrypoint: here('./routes/kit-file.ts'), prerender: true });
          }
        }
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        failOnRefusals();
        openLiveIndex(await SearchIndexer.open());
        if (!outDir) throw new Error('guichet : le dossier de sortie est inconnu au début de la construction');
        openKitThread(here('../lib/kit/worker.ts'), { outDir });
      },
      // The content loader (`./loader.ts`) checks the content on every change in dev; its
      // errors also go to the browser's error overlay.
      'astro:server:setup': ({ server }) => {
        shared().showErrors = (message) => server.hot.send({ type: 'error', err: { message, stack: '' } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await closeKitThread();
        const index = takeLiveIndex<SearchIndexer>();
        try {
          failOnRefusals();
          if (!index) throw new SearchIndexError('Index de recherche : il n’a pas été ouvert au début de la construction');
          if (!index.recordsGiven) throw new SearchIndexError('Index de recherche : la page /faq/ n’a pas fourni les questions à indexer');
        } catch (error) {
          await index?.discard();
          throw error;
        }
        const out = fileURLToPath(dir);
        // A new agency's first site, with no call, brief or case study yet, has no page to index.
        const search = await index.write(out, { allowNoPage: !hasEntryPages(out) });
        const size = `${Math.round(search.bytes / 1024)} Kio, dont ${Math.round(search.indexBytes / 1024)} Kio d’index`;
        logger.info(`Index de recherche : ${search.pages} pages et ${search.records} questions (${size}), écrit en ${search.writeMs} ms après les pages, dont ${search.backlogMs} ms d’indexation en retard (ouvert ${search.ms} ms)`);
      },
    },
  };
}

/** True when the built site has at least one call, brief or case study page. */
function hasEntryPages(out: string): boolean {
  return ['appels', 'actualites', 'territoires'].some((section) => {
    try {
      return readdirSync(join(out, section), { withFileTypes: true }).some((d) => d.isDirectory());
    } catch {
      return false;
    }
  });
}
