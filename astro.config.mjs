// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { parse } from 'yaml';
import { noRawHtmlIntegration, satteriNoRawHtml } from './src/lib/markdown/remark-no-raw-html.ts';

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
  // Content is data: raw HTML in a body (<script>, <iframe>, on…=, javascript:) stops the build
  // (rule contenu/html-interdit). Astro 7 renders .md and .mdx with Sätteri, so the guard is a
  // Sätteri plugin; the integration fails the build when Astro only logged a refused .md entry.
  markdown: { processor: satteri({ mdastPlugins: [satteriNoRawHtml] }) },
  // The sitemap lists the HTML pages (not the 404 page, not files such as kits or feeds);
  // robots.txt (src/pages/robots.txt.ts) points to it.
  integrations: [noRawHtmlIntegration(), mdx(), sitemap({ filter: (url) => url.endsWith('/') })],
  devToolbar: { enabled: false },
});
