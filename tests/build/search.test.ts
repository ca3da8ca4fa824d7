/**
 * Build-output tests for search: the Pagefind bundle in dist/pagefind/, what each page gives
 * the index (body, filters, ignored blocks), the FAQ records, the search page.
 */
import { bytesOnDisk } from '../helpers/files';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../helpers/content';
import { built, dist, page } from '../helpers/dist';
import { searchIndexSize } from '../../src/lib/search/index';

const faqCount = readdirSync(join(contentDir, 'faqs'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
const filtersOf = (url: string) =>
  page(url)
    .querySelectorAll('[data-pagefind-filter]')
    .map((el) => el.getAttribute('data-pagefind-filter'));

describe.skipIf(!built)('search index in dist/', () => {
  it('writes dist/pagefind/ with one French index of the pages and FAQ entries', () => {
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    const pages = readdirSync(join(dist, 'appels')).length - 1 + readdirSync(join(dist, 'territoires')).length - 1 + readdirSync(join(dist, 'actualites')).length - 1;
    expect(entry.languages.fr.page_count).toBe(pages + faqCount);
    const size = searchIndexSize(dist);
    expect(size.indexBytes).toBeGreaterThan(0);
    expect(size.bytes).toBe(bytesOnDisk(join(dist, 'pagefind')));
    // Pagefind's own ready-made interfaces are not shipped: the search page has its own.
    expect(existsSync(join(dist, 'pagefind', 'pagefind-ui.js'))).toBe(false);
  });

  it('indexes the main content of calls, case studies and briefs, with their filters', () => {
    const call = page('/appels/atelier-foncier/');
    expect(call.querySelector('article[data-pagefind-body]')).not.toBeNull();
    expect(call.querySelector('header [data-pagefind-body], footer [data-pagefind-body], nav [data-pagefind-body]')).toBeNull();
    expect(call.querySelector('section[aria-labelledby="questions"]')?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(filtersOf('/appels/atelier-foncier/')).toEqual(
      expect.arrayContaining(['type:appel', 'appel:atelier-foncier', 'brique:inventaire']),
    );
    expect(filtersOf('/territoires/vire-au-noireau/')).toEqual(
      expect.arrayContaining(['type:territoire', 'appel:atelier-foncier', 'brique:inventaire']),
    );
    expect(filtersOf('/actualites/atelier-foncier-lance/')).toContain('type:actualite');
    for (const url of ['/', '/faq/', '/appels/', '/recherche/', '/mentions-legales/']) {
      expect(page(url).querySelector('[data-pagefind-body]'), url).toBeNull();
    }
  });

  it('gives every FAQ entry its anchor on its call’s FAQ page, where search results lead', () => {
    const entries = readdirSync(join(contentDir, 'faqs'), { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
    expect(entries).toHaveLength(faqCount);
    for (const file of entries) {
      const id = file.replace(/\.md$/, '').split(/[\\/]/);
      const anchor = id.join('-');
      expect(page(`/faq/${id[0]}/`).querySelector(`[id="${anchor}"]`), file).not.toBeNull();
    }
    const deadline = page('/faq/atelier-foncier/').querySelector('#atelier-foncier-date-limite');
    expect(deadline?.text).toMatch(/Jusqu’à quand peut-on candidater/);
    expect(deadline?.text).toContain('3 juillet 2026');
  });

  it('gives every page a search form leading to /recherche/, without any script', () => {
    for (const url of ['/', '/faq/', '/territoires/vire-au-noireau/']) {
      const form = page(url).querySelector('header form[role="search"]');
      expect(form?.getAttribute('action')).toBe('/recherche/');
      expect(form?.getAttribute('method')).toBe('get');
      expect(form?.querySelector('input[name="q"]')?.getAttribute('id')).toBe('site-search-q');
      expect(page(url).querySelector('label[for="site-search-q"]')).not.toBeNull();
    }
  });

  it('builds /recherche/ with one external script and a fallback listing every call’s FAQ page', () => {
    const search = page('/recherche/');
    const scripts = search.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('src')).toMatch(/^\/_astro\/.+\.js$/);
    expect(search.querySelector('[data-search-status]')?.getAttribute('role')).toBe('status');
    const faqPages = readdirSync(join(dist, 'faq'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/faq/${d.name}/`);
    expect(faqPages.length).toBeGreaterThan(0);
    const listed = search.querySelectorAll('[data-search-browse] a[href^="/faq/"]').map((a) => a.getAttribute('href'));
    expect(listed.filter((href) => href !== '/faq/').sort()).toEqual(faqPages.sort());
  });

  it('keeps every old /faq/#<entry> anchor on the /faq/ index, linking to the entry’s new page', () => {
    const index = page('/faq/');
    const moved = index.querySelectorAll('a[data-faq-moved]');
    expect(moved).toHaveLength(faqCount);
    for (const link of moved) {
      const anchor = link.parentNode?.getAttribute('id');
      expect(link.getAttribute('href')).toMatch(new RegExp(`^/faq/[^/]+/#${anchor}$`));
    }
    expect(index.querySelector('[id="atelier-foncier-date-limite"] a')?.getAttribute('href')).toBe(
      '/faq/atelier-foncier/#atelier-foncier-date-limite',
    );
  });
});
