// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import guichet from './src/integration/index.ts';
import { loadSite } from './src/lib/config.ts';
import { frenchSpacingPlugin } from './src/lib/french-rehype.ts';
import { satteriNoRawHtml } from './src/lib/markdown/remark-no-raw-html.ts';
import { contentDir } from './src/lib/paths.ts';

// site.yaml and the GUICHET_* variables, checked by the one configuration module: a mistake
// stops here with its French report (file, line, rule, fix) before Astro does anything.
const site = loadSite(contentDir());

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // `npm run build` (scripts/build.ts) passes its own build folder as outDir; GUICHET_OUT_DIR
  // does the same for a plain `astro build`.
  outDir: process.env.GUICHET_OUT_DIR ?? './dist',
  // GUICHET_CACHE_DIR gives a build its own cache (content layer store), so that the
  // reproducibility gate and the benchmark make clean builds that do not touch the usual one.
  ...(process.env.GUICHET_CACHE_DIR ? { cacheDir: process.env.GUICHET_CACHE_DIR } : {}),
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7 renders .md and .mdx with Sätteri. Two plugins on every content body:
  // - on the Markdown tree, raw HTML (<script>, <iframe>, on…=, javascript:) stops the build
  //   (rule contenu/html-interdit; the guichet integration fails the build when Astro only
  //   logged a refused .md entry);
  // - on the HTML tree, French spacing in every text (the site's own wording is written with it).
  markdown: { processor: satteri({ mdastPlugins: [satteriNoRawHtml], hastPlugins: [frenchSpacingPlugin] }) },
  // guichet: it refuses a build where a body was refused (the content is validated by its
  // content loader, src/content.config.ts), and indexes the built pages for search once they are written.
  // The sitemap lists the HTML pages (not the 404 page, not files such as kits or feeds);
  // robots.txt (src/pages/robots.txt.ts) points to it.
  integrations: [guichet(), mdx(), sitemap({ filter: (url) => url.endsWith('/') })],
  // The pages' CSP forbids inline scripts: Astro must never inline a small one.
  // Rolldown (Vite 8) warns (MODULE_LEVEL_DIRECTIVE) about the "use astro:head-inject" directive
  // Astro puts at the top of every MDX entry: one warning per call, brief and case study, with
  // its own colour codes even in a CI log. Astro's doing, not the author's: not shown.
  vite: {
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
