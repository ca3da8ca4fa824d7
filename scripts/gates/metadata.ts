/**
 * Metadata gate:
 *
 * - robots.txt names the sitemap; the sitemap (an index and its parts) lists every page but
 *   the 404 page, only pages that exist, with absolute URLs of the site;
 * - every page has a title, a meta description, `lang="fr"`, one canonical URL (its own),
 *   Open Graph (type, title, description, url = canonical, locale, site name);
 * - every JSON-LD block parses, names schema.org and a type; call pages describe the call
 *   (name, funders, and the deadline the page shows: `endTime` only with the hour the page
 *   shows, none for a day alone), the FAQ page its questions with their
 *   answers, the home page the publishing organisation.
 */
import { openDist, urlOf, type Dist } from './dist';
import { tidy, type Problem } from './types';

export interface MetadataOptions {
  siteUrl: string;
}

type Json = Record<string, unknown>;

/** Pages left out of the sitemap and of the canonical check. */
const NOT_INDEXED = new Set(['/404.html']);
const CALL_PAGE = /^\/appels\/[^/]+\/$/;
/** A call's FAQ page (`/faq/<call>/`): it carries the JSON-LD FAQPage of its questions. */
const FAQ_PAGE = /^\/faq\/[^/]+\/$/;

export function checkMetadata(dist: string | Dist, options: MetadataOptions): Problem[] {
  const site = openDist(dist);
  const origin = new URL(options.siteUrl).origin;
  const problems: Problem[] = [];
  const add = (page: string, message: string) => problems.push({ page, message });

  // robots.txt and the sitemap
  const listed = new Set<string>();
  if (!site.has('robots.txt')) add('/robots.txt', 'missing robots.txt');
  else {
    const robots = site.text('robots.txt');
    if (!/^user-agent:/im.test(robots)) add('/robots.txt', 'no User-agent line');
    const sitemaps = [...robots.matchAll(/^sitemap:\s*(\S+)/gim)].map((m) => m[1]!);
    if (sitemaps.length === 0) add('/robots.txt', 'no Sitemap: line');
    for (const url of sitemaps) readSitemap(site, origin, url, '/robots.txt', listed, add, 0);
  }
  const indexed = new Set<string>();
  for (const file of site.htmlFiles) {
    const page = urlOf(file);
    const doc = site.html(file);
    const robots = doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
    if (!NOT_INDEXED.has(page) && !/noindex/i.test(robots)) indexed.add(page);
  }
  if (listed.size > 0) {
    for (const page of indexed) if (!listed.has(page)) add(page, 'page missing from the sitemap');
  }

  // Each page's head
  for (const file of site.htmlFiles) {
    const page = urlOf(file);
    const doc = site.html(file);
    const meta = (attr: string, name: string) =>
      doc.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content')?.trim() ?? '';
    if (!doc.querySelector('title')?.textContent.trim()) add(page, 'empty or missing <title>');
    if (!meta('name', 'description')) add(page, 'missing meta description');
    const lang = doc.querySelector('html')?.getAttribute('lang') ?? '';
    if (!/^fr\b/.test(lang)) add(page, `<html lang="${lang}">: the site is in French (lang="fr")`);

    const canonicals = doc.querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute('href') ?? '');
    const own = `${origin}${page}`;
    if (indexed.has(page)) {
      if (canonicals.length !== 1) add(page, `${canonicals.length} canonical links (one expected)`);
      else if (canonicals[0] !== own) add(page, `canonical URL is ${canonicals[0]}, expected ${own}`);
      for (const property of ['og:type', 'og:title', 'og:description', 'og:url', 'og:locale', 'og:site_name']) {
        if (!meta('property', property)) add(page, `missing Open Graph ${property}`);
      }
      const ogUrl = meta('property', 'og:url');
      if (ogUrl && canonicals[0] && ogUrl !== canonicals[0])
        add(page, `og:url ${ogUrl} differs from the canonical URL ${canonicals[0]}`);
    } else if (canonicals.some((c) => c !== own)) {
      add(page, `a page left out of the index must not claim another canonical URL (${canonicals.join(', ')})`);
    }

    // JSON-LD
    const items: Json[] = [];
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      let data: unknown;
      try {
        data = JSON.parse(script.textContent);
      } catch (error) {
        add(page, `JSON-LD does not parse: ${(error as Error).message}`);
        continue;
      }
      for (const item of flatten(data)) {
        const context = String(item['@context'] ?? '');
        if (!/^https?:\/\/schema\.org\/?$/.test(context))
          add(page, `JSON-LD without "@context": "https://schema.org" (${JSON.stringify(item['@context'])})`);
        if (!item['@type']) add(page, 'JSON-LD without @type');
        items.push(item);
      }
    }
    for (const message of jsonLdExpectations(
      page,
      doc.querySelector('#date-limite time')?.getAttribute('datetime'),
      doc.querySelectorAll('.faq-item').length,
      items,
      origin,
    )) {
      add(page, message);
    }
  }
  return tidy(problems);
}

/** What the JSON-LD of a page must say, according to the kind of page. */
export function jsonLdExpectations(
  page: string,
  deadline: string | undefined,
  faqCount: number,
  items: Json[],
  origin: string,
): string[] {
  const out: string[] = [];
  const ofType = (type: string) => items.filter((i) => types(i).includes(type));
  if (page === '/') {
    const org = ofType('Organization')[0] ?? ofType('GovernmentOrganization')[0];
    if (!org) out.push('no JSON-LD Organization for the publishing agency');
    else if (!org['name'] || !org['url']) out.push('JSON-LD Organization without name or url');
  }
  if (CALL_PAGE.test(page)) {
    const call = ofType('Grant')[0];
    if (!call) out.push('no JSON-LD Grant describing the call');
    else {
      if (!call['name']) out.push('JSON-LD Grant without name');
      if (call['url'] !== `${origin}${page}`)
        out.push(`JSON-LD Grant url is ${JSON.stringify(call['url'])}, expected ${origin}${page}`);
      const funders = asArray(call['funder']);
      if (funders.length === 0) out.push('JSON-LD Grant without funder');
      for (const f of funders) if (!isObject(f) || !f['name']) out.push('JSON-LD Grant funder without a name');
      const apply = asArray(call['potentialAction']).find((a) => isObject(a) && types(a).includes('ApplyAction')) as
        Json | undefined;
      const endTime = apply ? String(apply['endTime'] ?? '') : '';
      // `endTime` is a date-time: it states the deadline when the page shows its hour, and is
      // absent when the page shows a day alone (no hour is ever added to a published day).
      const timed = deadline?.includes('T');
      if (deadline && timed && !endTime.startsWith(deadline)) {
        out.push(
          `the page shows the deadline ${deadline} but JSON-LD ApplyAction endTime is ${JSON.stringify(endTime || undefined)}`,
        );
      } else if (endTime && !timed) {
        out.push(
          deadline
            ? `the page shows the deadline ${deadline} without an hour but JSON-LD ApplyAction endTime gives one (${endTime})`
            : `the page shows no deadline but JSON-LD ApplyAction endTime is ${endTime}`,
        );
      }
    }
  }
  if (FAQ_PAGE.test(page)) {
    const faq = ofType('FAQPage')[0];
    if (!faq) out.push('no JSON-LD FAQPage');
    else {
      const questions = asArray(faq['mainEntity']).filter(isObject);
      if (faqCount > 0 && questions.length !== faqCount)
        out.push(`JSON-LD FAQPage has ${questions.length} questions, the page ${faqCount}`);
      for (const q of questions) {
        const answer = q['acceptedAnswer'];
        if (!q['name'] || !isObject(answer) || !String(answer['text'] ?? '').trim()) {
          out.push(`JSON-LD Question without name or answer text: ${JSON.stringify(q['name'] ?? q)}`.slice(0, 200));
        }
      }
    }
  }
  return out;
}

function readSitemap(
  site: Dist,
  origin: string,
  url: string,
  from: string,
  listed: Set<string>,
  add: (page: string, message: string) => void,
  depth: number,
): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    add(from, `sitemap URL is not absolute: ${url}`);
    return;
  }
  if (parsed.origin !== origin) {
    add(from, `sitemap ${url} is not on the site's origin ${origin}`);
    return;
  }
  const file = site.resolve(parsed.pathname);
  if (!file) {
    add(from, `sitemap ${url} is not in dist/`);
    return;
  }
  const xml = site.text(file);
  const page = urlOf(file);
  if (!/<(urlset|sitemapindex)\b/.test(xml)) {
    add(page, 'not a sitemap (no <urlset> or <sitemapindex>)');
    return;
  }
  const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  if (/<sitemapindex\b/.test(xml)) {
    if (depth > 2) return;
    for (const loc of locs) readSitemap(site, origin, loc, page, listed, add, depth + 1);
    return;
  }
  for (const loc of locs) {
    let locUrl: URL;
    try {
      locUrl = new URL(loc);
    } catch {
      add(page, `sitemap entry is not an absolute URL: ${loc}`);
      continue;
    }
    if (locUrl.origin !== origin) add(page, `sitemap entry on another origin: ${loc}`);
    const target = site.resolve(locUrl.pathname);
    if (!target || !target.endsWith('.html')) add(page, `sitemap lists ${loc}, which is not a page of dist/`);
    else if (urlOf(target) !== locUrl.pathname)
      add(page, `sitemap lists ${loc}, whose address is ${origin}${urlOf(target)}`);
    if (listed.has(locUrl.pathname)) add(page, `sitemap lists ${loc} twice`);
    listed.add(locUrl.pathname);
  }
}

/** Top-level items of a JSON-LD document, `@graph` members included (they inherit its @context). */
function flatten(data: unknown): Json[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (!isObject(data)) return [];
  if (Array.isArray(data['@graph'])) {
    return (data['@graph'] as unknown[]).filter(isObject).map((item) => ({ '@context': data['@context'], ...item }));
  }
  return [data];
}

function types(item: Json): string[] {
  return asArray(item['@type']).map(String);
}

function asArray(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
