/**
 * What the browser gates visit: every URL of the built site's sitemap (read from the files
 * the test server serves: the build of the fixture site, dist-fixture/), plus the 404 page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureDist } from '../../helpers/fixture';

export const distDir = fixtureDist;

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** URL paths listed by the sitemap (an index and its parts, or a single sitemap.xml). */
export function sitemapPaths(dir = distDir): string[] {
  const start = ['sitemap-index.xml', 'sitemap.xml'].find((f) => existsSync(join(dir, f)));
  if (!start) throw new Error(`no sitemap in ${dir}: build the site first (npm run build)`);
  const paths = new Set<string>();
  const read = (file: string, depth: number) => {
    const xml = readFileSync(join(dir, file), 'utf8');
    for (const loc of locs(xml)) {
      const path = new URL(loc).pathname;
      if (/<sitemapindex\b/.test(xml)) {
        if (depth < 3) read(path.replace(/^\//, ''), depth + 1);
      } else paths.add(path);
    }
  };
  read(start, 0);
  return [...paths].sort();
}

/** Every page the browser gates visit. */
export function pagesToVisit(dir = distDir): string[] {
  const pages = sitemapPaths(dir);
  if (existsSync(join(dir, '404.html'))) pages.push('/404.html');
  return pages;
}

/** Whether the site has the Pagefind search (its bundle and its page). */
export const hasSearch =
  existsSync(join(distDir, 'pagefind', 'pagefind.js')) && existsSync(join(distDir, 'recherche', 'index.html'));
