/**
 * Offline search (/recherche/, Pagefind) in Chromium, against the built fixture site
 * (`tests/fixtures/site/`): real queries and their expected first result, accents and other
 * forms of a word, filters and their counts, the URL as the search's state, keyboard-only use,
 * the header form, the list shown without JavaScript, and no script on any other page.
 * Titles, short names and counts are read from the fixture's files where the spec needs them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { contentDir, frontMatter, loadCall } from '../helpers/content';

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] > li');

/** Opens /recherche/ with a query (and extra URL parameters) and waits for the announcement. */
async function search(page: Page, q: string, extra = ''): Promise<void> {
  await page.goto(`/recherche/?q=${encodeURIComponent(q)}${extra}`);
  await expect(status(page)).toContainText(/résultat/);
}

/** Links of the results, in order. */
async function links(page: Page): Promise<string[]> {
  return results(page)
    .locator('h3 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** A FAQ anchor must match exactly; a page may be reached at one of its sections. */
function leadsTo(href: string, expected: string): boolean {
  return expected.includes('#') ? href === expected : href === expected || href.startsWith(`${expected}#`);
}

/** « 3 résultats », « 1 résultat ». */
const counted = (n: number) => `${n} résultat${n > 1 ? 's' : ''}`;

/** A FAQ entry of the fixture, read from its file. */
interface FaqEntry {
  call: string;
  question: string;
  answer: string;
  /** Its result's link: its anchor on its call's FAQ page. */
  url: string;
}

/** Every FAQ entry of the fixture site (`faqs/<call>/<name>.md`). */
function faqEntries(): FaqEntry[] {
  const dir = join(contentDir, 'faqs');
  return readdirSync(dir).flatMap((call) =>
    readdirSync(join(dir, call))
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const file = join(dir, call, f);
        const name = f.replace(/\.md$/, '');
        const { question } = frontMatter(file) as { question: string };
        const answer = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
        return { call, question, answer, url: `/faq/${call}/#${call}-${name}` };
      }),
  );
}

const faqs = faqEntries();
function faq(call: string, name: string): FaqEntry {
  const entry = faqs.find((e) => e.url === `/faq/${call}/#${call}-${name}`);
  if (!entry) throw new Error(`no FAQ entry ${call}/${name} in the fixture`);
  return entry;
}

const AFE = loadCall('atelier-foncier');
const PNT = loadCall('pass-numerique');
const DEN = loadCall('diagnostic-energie');
const deadline = faq('atelier-foncier', 'date-limite');
const price = faq('atelier-foncier', 'cout');
const waves = faq('pass-numerique', 'vagues');
const CASE_STUDY = '/territoires/vire-au-noireau/';
const BRIEF = '/actualites/atelier-foncier-lance/';

/** Queries as EPCI staff type them, and the result that must come first. */
const firstResults: [query: string, expected: string][] = [
  ['jusqu’à quand', deadline.url],
  // A straight apostrophe and no accent: « jusqu'a » finds « jusqu’à ».
  ["jusqu'a quand", deadline.url],
  ['coût', price.url],
  // Without accents: « coute » finds « coûte ».
  ['combien coute', price.url],
  ['seconde vague', waves.url],
  ['energie', '/appels/diagnostic-energie/'],
  ['reseau', '/appels/reseau-industrie/'],
  ['entreprises industrielles', '/appels/reseau-industrie/'],
  ['bureau d’études', '/appels/diagnostic-energie/'],
  ['Caen', '/appels/club-des-maires/'],
  ['friches', CASE_STUDY],
  ['batiments vacants', CASE_STUDY],
  ['intercommunalités accompagnées', BRIEF],
];

/** A RegExp matching a URL that ends with `path`. */
const endsWith = (path: string) => new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

test.describe('search: expected results', () => {
  for (const [query, expected] of firstResults) {
    test(`« ${query} » → ${expected} first`, async ({ page }) => {
      await search(page, query);
      const [first] = await links(page);
      expect(first && leadsTo(first, expected), `first result: ${first}`).toBe(true);
    });
  }

  test('« peut-on » starts a question of two calls: both questions come first', async ({ page }) => {
    const asking = faqs.filter((e) => /peut-on/i.test(e.question)).map((e) => e.url);
    expect(new Set(faqs.filter((e) => asking.includes(e.url)).map((e) => e.call)).size).toBeGreaterThan(1);
    await search(page, 'peut-on');
    expect((await links(page)).slice(0, asking.length).sort()).toEqual([...asking].sort());
  });

  test('« jusqu’à quand » lists the AFE deadline question first, highlighted, and announces the count', async ({ page }) => {
    await page.goto(`/recherche/?q=${encodeURIComponent('jusqu’à quand')}`);
    await expect(status(page)).toHaveAttribute('role', 'status');
    await expect(status(page)).toContainText(/résultat/);
    const count = await results(page).count();
    expect(count).toBeGreaterThan(0);
    // The query is echoed as typed, with its typographic apostrophe.
    await expect(status(page)).toHaveText(`${counted(count)} pour « jusqu’à quand ».`);
    await expect(page).toHaveTitle(/jusqu’à quand/);
    const first = results(page).first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(deadline.question);
    await expect(first.getByRole('link')).toHaveAttribute('href', deadline.url);
    await expect(first).toContainText(`Question · ${AFE.shortName} · Calendrier`);
    await expect(first.locator('mark').first()).toHaveText(/^jusqu/i);
    // The excerpt is the answer, not the question again.
    await expect(first.locator('.excerpt')).toContainText('3 juillet 2026');
    await expect(first.locator('.excerpt')).not.toContainText('peut-on');
    await first.getByRole('link').click();
    await expect(page).toHaveURL(endsWith(deadline.url));
  });

  test('« friches » leads to the action areas of AFE and to the Vire au Noireau case study', async ({ page }) => {
    await search(page, 'friches');
    const top = (await links(page)).slice(0, 3);
    expect(top[0]).toBe(`${CASE_STUDY}#briques`);
    expect(top).toContain('/appels/atelier-foncier/#briques');
    const call = results(page).filter({ has: page.locator('a[href="/appels/atelier-foncier/#briques"]') });
    await expect(call.locator('mark').first()).toHaveText(/friches/i);
  });

  test('« seconde vague » leads to PNT: its question first, its call page next', async ({ page }) => {
    await search(page, 'seconde vague');
    await expect(results(page).first()).toContainText(`Question · ${PNT.shortName}`);
    const top = (await links(page)).slice(0, 2);
    expect(top[0]).toBe(waves.url);
    expect(top.some((href) => leadsTo(href, '/appels/pass-numerique/'))).toBe(true);
  });

  test('other forms of a word: « participer » finds « participation », « friche » finds « friches »', async ({ page, request }) => {
    // The price question says « participation », never « participer ».
    expect(`${price.question} ${price.answer}`).not.toMatch(/participer/i);
    await search(page, 'participer');
    expect(await links(page)).toContain(price.url);
    // The case study says « friches », never « friche ».
    expect(await (await request.get(CASE_STUDY)).text()).not.toMatch(/friche\b/i);
    await search(page, 'friche');
    expect(await links(page)).toContain(`${CASE_STUDY}#briques`);
  });

  test('a query with no result says so and suggests what to do', async ({ page }) => {
    await search(page, 'xylophone');
    await expect(status(page)).toHaveText('Aucun résultat pour « xylophone ».');
    await expect(results(page)).toHaveCount(0);
    const help = page.locator('[data-search-empty]');
    await expect(help).toBeVisible();
    await expect(help.getByRole('link', { name: 'questions fréquentes' })).toHaveAttribute('href', '/faq/');
  });
});

test.describe('search: filters and URL', () => {
  test('filtering by type « question » leaves only FAQ entries, with the count shown', async ({ page }) => {
    await search(page, 'foncier');
    const questions = page.getByRole('checkbox', { name: /^Questions \(\d+\)$/ });
    const label = await page.locator('label[for="filtre-type-question"]').innerText();
    const count = Number(/\((\d+)\)/.exec(label)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(await results(page).count()).toBeGreaterThan(count);
    await questions.check();
    await expect(page).toHaveURL(/[?&]type=question/);
    await expect(status(page)).toHaveText(`${counted(count)} pour « foncier », avec le filtre : Questions.`);
    await expect(results(page)).toHaveCount(count);
    for (const meta of await results(page).locator('.meta').allInnerTexts()) expect(meta).toMatch(/^Question · /);
    for (const href of await links(page)) expect(href).toMatch(/^\/faq\/[^/]+\/#/);
  });

  test('the type filter alone lists every question of the content, as many as the FAQ page has', async ({ page, request }) => {
    const total = faqs.length;
    const faqPage = await (await request.get('/faq/')).text();
    expect((faqPage.match(/data-faq-moved/g) ?? []).length).toBe(total);
    await page.goto('/recherche/?type=question');
    await expect(status(page)).toHaveText(`${counted(total)} avec le filtre : Questions.`);
    await expect(page.locator('label[for="filtre-type-question"]')).toContainText(`(${total})`);
    expect((await links(page)).sort()).toEqual(faqs.map((e) => e.url).sort());
  });

  test('a deep link with ?q= and filters restores the form and narrows the results', async ({ page }) => {
    await search(page, 'calendrier', '&type=question&appel=atelier-foncier');
    await expect(page.getByLabel('Mots recherchés')).toHaveValue('calendrier');
    await expect(page.locator('#filtre-type-question')).toBeChecked();
    await expect(page.locator('#filtre-appel-atelier-foncier')).toBeChecked();
    await expect(page.locator('#filtre-appel-pass-numerique')).not.toBeChecked();
    await expect(page.locator('[data-search-more-filters]')).toHaveAttribute('open', '');
    await expect(status(page)).toContainText(`avec les filtres : Questions, ${AFE.title} (${AFE.shortName})`);
    for (const meta of await results(page).locator('.meta').allInnerTexts()) expect(meta).toMatch(new RegExp(`^Question · ${AFE.shortName} · `));
    expect(await links(page)).toContain(deadline.url);
    expect(await links(page)).not.toContain(waves.url);
    // Counts in a selected group say what choosing another value would give.
    await expect(page.locator('label[for="filtre-appel-pass-numerique"]')).toContainText(/\([1-9]\d*\)/);
  });

  test('status filter: « Clos » keeps only content of closed calls', async ({ page }) => {
    const metas = async () => results(page).locator('.meta').allInnerTexts();
    await search(page, 'candidature');
    // Without the filter, other calls answer too.
    expect((await metas()).some((meta) => !meta.includes(DEN.shortName!))).toBe(true);
    await search(page, 'candidature', '&statut=clos');
    await expect(page.locator('#filtre-statut-clos')).toBeChecked();
    const closed = await metas();
    expect(closed.length).toBeGreaterThan(0);
    for (const meta of closed) expect(meta).toContain(` · ${DEN.shortName}`);
  });

  test('back and forward restore earlier searches', async ({ page }) => {
    await page.goto('/recherche/');
    const field = page.getByLabel('Mots recherchés');
    await field.fill('foncier');
    await field.press('Enter');
    await expect(page).toHaveURL(/\?q=foncier$/);
    await expect(status(page)).toContainText('« foncier »');
    await field.fill('vague');
    await field.press('Enter');
    await expect(page).toHaveURL(/\?q=vague$/);
    await expect(status(page)).toContainText('« vague »');
    await page.locator('#filtre-type-question').check();
    await expect(page).toHaveURL(/\?q=vague&type=question$/);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=vague$/);
    await expect(page.locator('#filtre-type-question')).not.toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/\?q=foncier$/);
    await expect(field).toHaveValue('foncier');
    await expect(status(page)).toContainText('« foncier »');
    await page.goForward();
    await expect(field).toHaveValue('vague');
    await expect(status(page)).toContainText('« vague »');
  });
});

test.describe('search: keyboard, header form, no script elsewhere', () => {
  test('keyboard only: type, filter, reach and open a result', async ({ page }) => {
    await page.goto('/recherche/');
    const field = page.locator('#recherche-q');
    for (let i = 0; i < 30 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(field).toBeFocused();
    expect(await field.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.type('combien coute');
    await page.keyboard.press('Enter');
    await expect(status(page)).toContainText('« combien coute »');

    const questions = page.locator('#filtre-type-question');
    for (let i = 0; i < 10 && !(await questions.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(questions).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/type=question/);
    await expect(status(page)).toContainText('avec le filtre : Questions');

    const firstLink = results(page).first().getByRole('link');
    for (let i = 0; i < 40 && !(await firstLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(firstLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(endsWith(price.url));
  });

  test('the header search field of any page leads to /recherche/?q=…', async ({ page }) => {
    await page.goto('/appels/pass-numerique/');
    const header = page.getByRole('search', { name: 'Rechercher sur le site' });
    await header.getByLabel('Rechercher sur le site').fill('combien coute');
    await header.getByLabel('Rechercher sur le site').press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=combien\+coute$/);
    await expect(page.getByLabel('Mots recherchés')).toHaveValue('combien coute');
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', price.url);
  });

  test('without JavaScript, the header search lands on a page listing every call and each call’s questions', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(CASE_STUDY);
    const field = page.getByRole('searchbox', { name: 'Rechercher sur le site' });
    await field.fill('combien coute');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=combien\+coute$/);
    const browse = page.getByRole('region', { name: 'Tout le contenu du site' });
    await expect(browse.getByRole('link', { name: 'Questions fréquentes' })).toHaveAttribute('href', '/faq/');
    // Every call of the content is listed.
    const calls = readdirSync(join(contentDir, 'calls')).filter((f) => f.endsWith('.mdx'));
    await expect(browse.locator('a[href^="/appels/"]')).toHaveCount(calls.length);
    // One link per call's FAQ page (not every question: the list stays short as the site grows).
    await expect(browse.locator('a[href^="/faq/"]:not([href="/faq/"])')).toHaveCount(new Set(faqs.map((e) => e.call)).size);
    await expect(browse.locator('a[href="/faq/atelier-foncier/"]')).toHaveText(AFE.title);
    await expect(browse.getByRole('link', { name: AFE.title, exact: true })).toHaveCount(2);
    await context.close();
  });

  test('only /recherche/ loads the search code, from the site itself, and the CSP allows it', async ({ page }) => {
    const scripts: string[] = [];
    const cspErrors: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || new URL(r.url()).pathname.startsWith('/pagefind/')) scripts.push(new URL(r.url()).pathname);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) cspErrors.push(m.text());
    });

    await search(page, 'foncier');
    const searchCode = await page.locator('script[src]').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? ''));
    expect(searchCode.length).toBeGreaterThan(0);
    expect(scripts.some((path) => path.startsWith('/pagefind/'))).toBe(true);
    for (const path of scripts) expect(path).toMatch(/^\/(_astro|pagefind)\//);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
    expect(cspErrors).toEqual([]);

    // Pages without an interactive tool load no script at all; no other page loads the search code.
    const executable = 'script:not([type="application/ld+json"])';
    for (const url of ['/', '/appels/', '/faq/', CASE_STUDY, BRIEF, '/mentions-legales/']) {
      scripts.length = 0;
      await page.goto(url);
      await expect(page.locator(executable)).toHaveCount(0);
      expect(scripts, url).toEqual([]);
    }
    for (const url of ['/appels/atelier-foncier/', '/appels/pass-numerique/']) {
      scripts.length = 0;
      await page.goto(url);
      for (const src of searchCode) await expect(page.locator(`script[src="${src}"]`)).toHaveCount(0);
      expect(scripts.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    }
  });
});
