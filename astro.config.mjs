// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { parse } from 'yaml';

const contentDir = process.env.GUICHET_CONTENT_DIR ?? fileURLToPath(new URL('./content', import.meta.url));
const site = parse(readFileSync(`${contentDir}/site.yaml`, 'utf8'));

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // GUICHET_OUT_DIR lets scripts/build.ts build into a temporary folder first, so that a
  // failed build never leaves a half-written dist/.
  outDir: process.env.GUICHET_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
