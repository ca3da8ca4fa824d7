/**
 * guichet as a local Astro integration, so that the plain `astro build` and `astro dev` run
 * the same pipeline as `npm run build`:
 *
 * - `astro:config:setup` (build and dev): the content validator runs before Astro reads or
 *   writes anything. With an error, its French report (file, line, rule, fix) is printed and
 *   the command stops: a build writes no file at all.
 * - `astro:build:start` and `astro:build:done`: a content body refused for raw HTML
 *   (`src/lib/markdown/remark-no-raw-html.ts`) fails the build, even where Astro only logged
 *   the error and published the entry without its text.
 * - `astro:server:setup` (dev): every change under the content folder is checked again; the
 *   report goes to the terminal, and its errors to the browser's error overlay.
 * - `astro:build:done`, then: the Pagefind index of the built pages, plus one record per FAQ entry
 *   made from the content collections while `/faq/` was rendered (`src/lib/search/collected.ts`),
 *   is written to `<outDir>/pagefind/`.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchIndex, SearchIndexError } from '../lib/search/index';
import { takeFaqRecords } from '../lib/search/collected';
import { failOnRefusals } from '../lib/markdown/remark-no-raw-html';
import { checkContent, contentErrorMessage, type ContentCheck } from './validate';

export interface GuichetOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
}

export default function guichet({ contentDir }: GuichetOptions): AstroIntegration {
  return {
    name: 'guichet',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command !== 'build' && command !== 'dev') return;
        const check = await checkContent(contentDir);
        if (check.report) process.stdout.write(check.report);
        if (!check.ok) {
          const error = new AstroError(contentErrorMessage(check, command), 'Corrigez les erreurs du rapport ci-dessus, puis relancez la commande.');
          // The report above says where the mistake is: no stack trace of our own code after it.
          error.stack = '';
          throw error;
        }
      },
      'astro:build:start': failOnRefusals,
      'astro:server:setup': ({ server, logger }) => {
        let timer: NodeJS.Timeout | undefined;
        let running: Promise<ContentCheck> | undefined;
        const recheck = () => {
          running = (running ?? Promise.resolve()).then(() => checkContent(contentDir));
          void running.then((check) => {
            if (check.report) process.stdout.write(check.report);
            else logger.info('Contenu vérifié : aucune erreur.');
            if (!check.ok) server.hot.send({ type: 'error', err: { message: `${contentErrorMessage(check, 'dev')}\n\n${check.plain}`, stack: '' } });
          });
        };
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentDir)) return;
          clearTimeout(timer);
          timer = setTimeout(recheck, 300);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        failOnRefusals();
        const records = takeFaqRecords();
        if (!records) throw new SearchIndexError('Index de recherche : la page /faq/ n’a pas fourni les questions à indexer');
        const out = fileURLToPath(dir);
        // A new agency's first site, with no call, brief or case study yet, has no page to index.
        const search = await buildSearchIndex(out, records, { allowNoPage: !hasEntryPages(out) });
        const size = `${Math.round(search.bytes / 1024)} Kio, dont ${Math.round(search.indexBytes / 1024)} Kio d’index`;
        logger.info(`Index de recherche : ${search.pages} pages et ${search.records} questions (${size}), en ${search.ms} ms`);
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
