// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import guichet from './src/integration/index.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { frenchSpacingPlugin } from './src/lib/french-rehype.ts';
import { contentDir } from './src/lib/paths.ts';

// Only the site's address is read here, without checking site.yaml: the validator (run by
// the guichet integration) reports a bad site.yaml in French, with its line.
const site = parse(readFileSync(join(contentDir(), 'site.yaml'), 'utf8'));

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // `npm run build` (scripts/build.ts) passes its own staging outDir; GUICHET_OUT_DIR does the
  // same for a plain `astro build`.
  outDir: process.env.GUICHET_OUT_DIR ?? './dist',
  // GUICHET_CACHE_DIR gives a build its own cache (content layer store), so that the
  // reproducibility gate and the benchmark make clean builds that do not touch the usual one.
  ...(process.env.GUICHET_CACHE_DIR ? { cacheDir: process.env.GUICHET_CACHE_DIR } : {}),
  build: { format: 'directory', inlineStylesheets: 'never' },
  // French spacing in every Markdown and MDX text (the site's own wording is written with it).
  markdown: { processor: satteri({ hastPlugins: [frenchSpacingPlugin] }) },
  // guichet first: it validates the content before anything else runs, and indexes the built
  // pages for search once they are written.
  // The sitemap lists the HTML pages (not the 404 page, not files such as kits or feeds);
  // robots.txt (src/pages/robots.txt.ts) points to it.
  integrations: [guichet({ contentDir: contentDir() }), mdx(), sitemap({ filter: (url) => url.endsWith('/') })],
  // The pages' CSP forbids inline scripts: Astro must never inline a small one.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  devToolbar: { enabled: false },
});
