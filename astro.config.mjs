// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';

const contentDir = process.env.GUICHET_CONTENT_DIR ?? fileURLToPath(new URL('./content', import.meta.url));
const site = parse(readFileSync(`${contentDir}/site.yaml`, 'utf8'));

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // GUICHET_OUT_DIR lets scripts/build.ts build into a temporary folder first, so that a
  // failed build never leaves a half-written dist/.
  outDir: process.env.GUICHET_OUT_DIR ?? './dist',
  // GUICHET_CACHE_DIR gives a build its own cache (content layer store), so that the
  // reproducibility gate and the benchmark make clean builds that do not touch the usual one.
  ...(process.env.GUICHET_CACHE_DIR ? { cacheDir: process.env.GUICHET_CACHE_DIR } : {}),
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The sitemap lists the HTML pages (not the 404 page, not files such as kits or feeds);
  // robots.txt (src/pages/robots.txt.ts) points to it.
  integrations: [mdx(), sitemap({ filter: (url) => url.endsWith('/') })],
  devToolbar: { enabled: false },
});
