/**
 * Build-output tests of the open data feeds and the eligibility lookup: each JSON feed is
 * parsed back and validated against its published JSON Schema, the RSS feed is parsed and
 * linked from every page, and the lookup's data and script stay where they belong.
 * Skipped when nothing is built (run `npm run build`; GUICHET_DIST or GUICHET_OUT_DIR names
 * another output folder).
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { DOMParser } from '@xmldom/xmldom';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { decodeData } from '../../src/lib/shared/eligibility';
import { contentDir, loadCall, norm, root } from '../helpers/content';
import { callSlugs } from '../unit/kit-fixtures';

const dist = process.env['GUICHET_DIST'] ?? process.env['GUICHET_OUT_DIR'] ?? join(root, 'dist');
const built = existsSync(join(dist, 'api', 'appels.json'));
if (!built)
  console.warn(`tests/build/feeds.test.ts ignoré : ${join(dist, 'api')} n’existe pas (lancez « npm run build »).`);

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as unknown;
const SITE = 'https://appels.val-d-ouve.example';
const faqFiles = readdirSync(join(contentDir, 'faqs'), { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
const territorySlugs = readdirSync(join(contentDir, 'territories')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** Every HTML page of the build, as site paths ("/appels/atelier-foncier/"). */
function htmlPages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlPages(full);
    if (!name.endsWith('.html')) return [];
    return [`/${relative(dist, full).replace(/index\.html$/, '')}`];
  });
}

describe.skipIf(!built)('open data feeds', () => {
  it('/api/appels.json validates against /schemas/appels.schema.json, each call against /schemas/appel.schema.json', () => {
    const ajv = validator();
    const appel = json('schemas/appel.schema.json') as { $id: string };
    const appels = json('schemas/appels.schema.json') as { $id: string; items: { $ref: string } };
    expect(appels.$id).toBe(`${SITE}/schemas/appels.schema.json`);
    expect(appels.items.$ref).toBe(appel.$id);
    ajv.addSchema(appel);
    const data = json('api/appels.json') as { slug: string; title: string }[];
    const validateAll = ajv.compile(appels);
    expect(validateAll(data), ajv.errorsText(validateAll.errors)).toBe(true);
    const validateOne = ajv.getSchema(appel.$id)!;
    for (const call of data)
      expect(validateOne(call), `${call.slug}: ${ajv.errorsText(validateOne.errors)}`).toBe(true);
    expect(data.map((c) => c.slug).sort()).toEqual(callSlugs());
    expect(data).toHaveLength(5);
  });

  it('/api/appels.json holds each call exactly as its kit’s appel.json', () => {
    const data = json('api/appels.json') as { slug: string }[];
    for (const call of data) expect(call).toEqual(json(`kits/${call.slug}/appel.json`));
    expect((data.find((c) => c.slug === 'reseau-industrie') as { title?: string } | undefined)?.title).toBe(
      loadCall('reseau-industrie').title,
    );
  });

  it('/api/faq.json validates against /schemas/faq.schema.json', () => {
    const ajv = validator();
    const schema = json('schemas/faq.schema.json') as { $id: string };
    expect(schema.$id).toBe(`${SITE}/schemas/faq.schema.json`);
    const validate = ajv.compile(schema);
    const data = json('api/faq.json') as { id: string; call: string; question: string; answer: string; url: string }[];
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data).toHaveLength(faqFiles.length);
    expect(data.map((f) => f.id).sort()).toEqual(faqFiles.map((f) => f.replace(/\.md$/, '').split(/[\\/]/).join('/')).sort());
    const deadline = data.find((f) => f.id === 'atelier-foncier/date-limite');
    expect(deadline?.answer).toContain('3 juillet 2026');
    expect(deadline?.url).toBe(`${SITE}/faq/atelier-foncier/#atelier-foncier-date-limite`);
    // Every anchor exists on /faq/.
    const faqPage = parse(read('faq/index.html'));
    for (const f of data) expect(faqPage.getElementById(f.url.split('#')[1]!), f.id).not.toBeNull();
  });

  it('/api/territoires.json validates against /schemas/territoires.schema.json', () => {
    const ajv = validator();
    const schema = json('schemas/territoires.schema.json') as { $id: string };
    const validate = ajv.compile(schema);
    const data = json('api/territoires.json') as { slug: string; epcis: { siren: string }[]; url: string }[];
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data.map((t) => t.slug).sort()).toEqual(territorySlugs.sort());
    expect(data.find((t) => t.slug === 'vire-au-noireau')?.epcis[0]?.siren).toBe('200068799');
    for (const t of data) expect(existsSync(join(dist, 'territoires', t.slug, 'index.html'))).toBe(true);
  });

  it('rejects a feed that breaks its schema (the schemas are not vacuous)', () => {
    const ajv = validator();
    ajv.addSchema(json('schemas/appel.schema.json') as object);
    const validate = ajv.compile(json('schemas/appels.schema.json') as object);
    const [first] = json('api/appels.json') as Record<string, unknown>[];
    // Only the area is wrong: an unknown area type.
    expect(validate([{ ...first, eligibility: { ...(first!['eligibility'] as object), area: { type: 'monde' } } }])).toBe(false);
    expect(validate([first])).toBe(true);
    const faq = ajv.compile(json('schemas/faq.schema.json') as object);
    expect(
      faq([{ id: 'a/b', call: 'a', question: 'Sans point', theme: 'cout', order: 1, answer: 'x', url: `${SITE}/` }]),
    ).toBe(false);
  });
});

describe.skipIf(!built)('RSS feed', () => {
  const doc = () => new DOMParser().parseFromString(read('rss.xml'), 'text/xml');

  it('parses as RSS 2.0 with every call and brief, newest first, and stable dates', () => {
    const rss = doc();
    expect(rss.documentElement?.nodeName).toBe('rss');
    expect(rss.documentElement?.getAttribute('version')).toBe('2.0');
    const items = Array.from(rss.getElementsByTagName('item'));
    const links = items.map((i) => i.getElementsByTagName('link')[0]?.textContent);
    expect(links.sort()).toEqual(
      [`${SITE}/actualites/atelier-foncier-lance/`, ...callSlugs().map((slug) => `${SITE}/appels/${slug}/`)].sort(),
    );
    // Items with a published date come first, newest first; an item whose content gives no date
    // (the calls with no opening: one undated, one rolling) has no pubDate at all: none comes from a default.
    const pubDates = items.map((i) => i.getElementsByTagName('pubDate')[0]?.textContent);
    const firstUndated = pubDates.findIndex((d) => d === undefined);
    const dated = (firstUndated === -1 ? pubDates : pubDates.slice(0, firstUndated)).map((d) => Date.parse(d ?? ''));
    expect(dated.every((d) => !Number.isNaN(d))).toBe(true);
    expect([...dated].sort((a, b) => b - a)).toEqual(dated);
    if (firstUndated !== -1) expect(pubDates.slice(firstUndated).every((d) => d === undefined)).toBe(true);
    const undated = items.filter((i) => i.getElementsByTagName('pubDate').length === 0);
    expect(undated.map((i) => i.getElementsByTagName('link')[0]?.textContent).sort()).toEqual(
      [`${SITE}/appels/club-des-maires/`, `${SITE}/appels/reseau-industrie/`].sort(),
    );
    // A call is dated by its opening: lundi 4 mai 2026 for atelier-foncier.
    const opened = items.find((i) => i.getElementsByTagName('link')[0]?.textContent?.endsWith('/appels/atelier-foncier/'));
    expect(opened?.getElementsByTagName('pubDate')[0]?.textContent).toBe('Mon, 04 May 2026 00:00:00 GMT');
    expect(read('rss.xml')).not.toMatch(/lastBuildDate/);
  });

  it('is linked from the head of every page', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
      const link = parse(readFileSync(file, 'utf8')).querySelector(
        'head link[rel="alternate"][type="application/rss+xml"]',
      );
      expect(link?.getAttribute('href'), path).toBe('/rss.xml');
    }
  });
});

describe.skipIf(!built)('eligibility lookup output', () => {
  it('ships every EPCI of France in a compact file, and says which population it uses', () => {
    const raw = readFileSync(join(dist, 'eligibilite', 'epci.json'));
    const data = decodeData(JSON.parse(raw.toString('utf8')));
    expect(data.epcis.length).toBeGreaterThan(1200);
    expect(data.source).toMatch(/^@etalab\/decoupage-administratif \d/);
    expect(gzipSync(raw).length).toBeLessThan(40 * 1024);
    const coutances = data.epcis.find((e) => e.siren === '200067023');
    expect(coutances).toMatchObject({
      name: 'CC Coutances Mer et Bocage',
      population: 49_869,
      populationMunicipale: 47_755,
      regions: ['28'],
    });
  });

  it('lists the 69 EPCIs of Normandie without JavaScript, and the EPCIs of every other region', () => {
    const page = parse(read('eligibilite/index.html'));
    const normandie = page.getElementById('region-28');
    expect(normandie?.tagName).toBe('DETAILS');
    expect(normandie?.hasAttribute('open')).toBe(true);
    expect(normandie?.querySelectorAll('tbody tr')).toHaveLength(69);
    expect(page.querySelector('[data-region-count="28"]')?.getAttribute('data-count')).toBe('69');
    expect(page.querySelectorAll('details[id^="region-"]').length).toBe(18);
    expect(page.querySelectorAll('tbody tr[id^="epci-"]').length).toBe(
      decodeData(json('eligibilite/epci.json')).epcis.length,
    );
    const coutances = page.getElementById('epci-200067023');
    // The open regional call and the national one, with its bracket, are listed.
    expect(norm(coutances?.text ?? '')).toContain('AFE');
    expect(norm(coutances?.text ?? '')).toContain('RTID');
    expect(norm(coutances?.text ?? '')).toContain('« < 50 000 habitants »');
    // The closed call is never listed under « Peut candidater à » (issue 11).
    expect(coutances?.text).not.toContain('DEN');
    const toulouse = page.getElementById('epci-243100518');
    expect(toulouse?.text).toContain('RTID');
    expect(toulouse?.text).not.toContain('AFE');
    // A cross-border EPCI counted elsewhere is listed in Normandie too.
    expect(normandie?.querySelector('a[href="#epci-200040277"]')).not.toBeNull();
  });

  it('keeps the page weight reasonable', () => {
    const html = readFileSync(join(dist, 'eligibilite', 'index.html'));
    expect(gzipSync(html).length).toBeLessThan(60 * 1024);
  });

  it('loads its script on /eligibilite/ and the call pages only', () => {
    const withScript = htmlPages().filter((path) => {
      const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
      return parse(readFileSync(file, 'utf8'))
        .querySelectorAll('script[src]')
        .some((s) => /EpciPicker/.test(s.getAttribute('src') ?? ''));
    });
    // Every call open to EPCIs has the check; the one open to communes only does not.
    expect(withScript.sort()).toEqual(
      [...callSlugs().filter((slug) => slug !== 'club-des-maires').map((slug) => `/appels/${slug}/`), '/eligibilite/'].sort(),
    );
  });

  it('puts the check in the “Qui peut candidater” section of each call page', () => {
    for (const slug of callSlugs().filter((s) => s !== 'club-des-maires')) {
      const page = parse(read(`appels/${slug}/index.html`));
      const section = page.querySelector('section[aria-labelledby="eligibilite"]');
      const root = section?.querySelector('[data-elig-root]');
      expect(root?.getAttribute('data-calls')).toBe(slug);
      expect(section?.querySelector('a[href="/eligibilite/"]')).not.toBeNull();
    }
  });
});
