/**
 * Offline search (/recherche/, Pagefind) in Chromium, against the built site: real queries
 * and their expected first result, filters and their counts, the URL as the search's state,
 * keyboard-only use, the header form, and no script on any other page.
 */
import { expect, test, type Page } from '@playwright/test';

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

const I2T = '/appels/impulsion-ingenierie-territoires/';

/** Queries as EPCI staff type them, and the result that must come first. */
const firstResults: [query: string, expected: string][] = [
  ['date limite', '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-date-limite'],
  ['qui peut candidater', '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-qui-peut-candidater'],
  ['coût', '/faq/terriens/#terriens-cout'],
  ['payante', '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-cout'],
  // Without accents: « duree » finds « durée ».
  ['duree accompagnement', '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-duree'],
  ['ecologie', '/faq/terriens/#terriens-accompagnants'],
  ['groupement d’EPCI', '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-groupement-epci'],
  ['habitants', '/faq/terriens/#terriens-tranches'],
  ['courriel', '/faq/terriens/#terriens-ou-envoyer'],
  ['EPR2 Penly', '/territoires/dieppe-cote-d-albatre/'],
  ['conchyliculture', '/territoires/coutances-mer-et-bocage/'],
  ['Falaises du Talou', '/territoires/dieppe-cote-d-albatre/'],
  ['Bayeux', '/territoires/bayeux-intercom/'],
  ['part de l’industrie PIB', '/actualites/impulsion-ingenierie-territoires-avenir-industriel-normand/'],
  ['foncier', '/territoires/dieppe-cote-d-albatre/'],
];

/**
 * Real ambiguity: both calls have a question that answers the query (one says what the call
 * asks, the other that its rules ask nothing of the kind), so the expected question must be
 * among the first two, not necessarily first.
 */
const amongFirstTwo: [query: string, expected: string][] = [
  ['lettre d’intention', '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-lettre-intention'],
  ['référents', '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-referents'],
  ['webinaire', '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-webinaire'],
  ['jury', '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-jury'],
];

test.describe('search: expected results', () => {
  for (const [query, expected] of firstResults) {
    test(`« ${query} » → ${expected} first`, async ({ page }) => {
      await search(page, query);
      const [first] = await links(page);
      expect(first && leadsTo(first, expected), `first result: ${first}`).toBe(true);
    });
  }

  for (const [query, expected] of amongFirstTwo) {
    test(`« ${query} » → ${expected} among the first two`, async ({ page }) => {
      await search(page, query);
      expect((await links(page)).slice(0, 2)).toContain(expected);
    });
  }

  test('« date limite » lists the I2T deadline question first, highlighted, and announces the count', async ({ page }) => {
    await page.goto('/recherche/?q=date%20limite');
    await expect(status(page)).toHaveAttribute('role', 'status');
    await expect(status(page)).toHaveText(/^\d+ résultats pour «\s?date limite\s?»\.$/);
    const first = results(page).first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText('Quelle est la date limite de dépôt des candidatures ?');
    await expect(first.getByRole('link')).toHaveAttribute('href', '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-date-limite');
    await expect(first).toContainText('Question · I2T · Calendrier');
    await expect(first.locator('mark').first()).toHaveText(/date/i);
    // The excerpt is the answer, not the question again.
    await expect(first.locator('.excerpt')).toContainText('3 novembre 2023');
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/\/faq\/impulsion-ingenierie-territoires\/#impulsion-ingenierie-territoires-date-limite$/);
  });

  test('« foncier » leads to the action area of I2T and to the Dieppe Côte d’Albâtre case study', async ({ page }) => {
    await search(page, 'foncier');
    const top = (await links(page)).slice(0, 3);
    expect(top[0]).toBe('/territoires/dieppe-cote-d-albatre/#briques');
    expect(top).toContain(`${I2T}#briques`);
    await expect(results(page).filter({ hasText: 'Les briques d’actions' }).locator('mark').first()).toHaveText(/foncier/i);
  });

  test('« France Travail » leads to TERRIENS: its collective question first, its call page next', async ({ page }) => {
    await search(page, 'France Travail');
    await expect(results(page).first()).toContainText('TERRIENS');
    expect((await links(page)).slice(0, 2).some((href) => leadsTo(href, '/appels/terriens/'))).toBe(true);
  });

  test('other forms of a word: « candidater » finds « candidature », « candidatures » finds « candidature »', async ({ page }) => {
    await search(page, 'candidater');
    expect(await links(page)).toContain('/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-depot');
    await search(page, 'candidatures');
    expect(await links(page)).toContain('/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-groupement-epci');
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
    await expect(status(page)).toHaveText(`${count} résultat${count > 1 ? 's' : ''} pour « foncier », avec le filtre : Questions.`);
    await expect(results(page)).toHaveCount(count);
    for (const meta of await results(page).locator('.meta').allInnerTexts()) expect(meta).toMatch(/^Question · /);
    for (const href of await links(page)) expect(href).toMatch(/^\/faq\/[^/]+\/#/);
  });

  test('the type filter alone lists every question, as many as the FAQ page has', async ({ page, request }) => {
    const faq = await (await request.get('/faq/')).text();
    const total = (faq.match(/data-faq-moved/g) ?? []).length;
    await page.goto('/recherche/?type=question');
    await expect(status(page)).toHaveText(`${total} résultats avec le filtre : Questions.`);
    await expect(page.locator('label[for="filtre-type-question"]')).toContainText(`(${total})`);
  });

  test('a deep link with ?q= and filters restores the form and narrows the results', async ({ page }) => {
    await search(page, 'coût', '&type=question&appel=impulsion-ingenierie-territoires');
    await expect(page.getByLabel('Mots recherchés')).toHaveValue('coût');
    await expect(page.locator('#filtre-type-question')).toBeChecked();
    await expect(page.locator('#filtre-appel-impulsion-ingenierie-territoires')).toBeChecked();
    await expect(page.locator('#filtre-appel-terriens')).not.toBeChecked();
    await expect(page.locator('[data-search-more-filters]')).toHaveAttribute('open', '');
    await expect(status(page)).toContainText('avec les filtres : Questions, Impulsion Ingénierie Territoires (I2T)');
    for (const meta of await results(page).locator('.meta').allInnerTexts()) expect(meta).toMatch(/^Question · I2T · /);
    expect(await links(page)).toContain('/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-cout');
    // Counts in a selected group say what choosing another value would give.
    await expect(page.locator('label[for="filtre-appel-terriens"]')).toContainText(/\([1-9]\d*\)/);
  });

  test('status filter: « Clos » keeps only content of closed calls', async ({ page }) => {
    await search(page, 'candidature', '&statut=clos');
    for (const meta of await results(page).locator('.meta').allInnerTexts()) expect(meta).not.toContain('TERRIENS');
  });

  test('back and forward restore earlier searches', async ({ page }) => {
    await page.goto('/recherche/');
    const field = page.getByLabel('Mots recherchés');
    await field.fill('foncier');
    await field.press('Enter');
    await expect(page).toHaveURL(/\?q=foncier$/);
    await expect(status(page)).toContainText('« foncier »');
    await field.fill('payante');
    await field.press('Enter');
    await expect(page).toHaveURL(/\?q=payante$/);
    await expect(status(page)).toContainText('« payante »');
    await page.locator('#filtre-type-question').check();
    await expect(page).toHaveURL(/\?q=payante&type=question$/);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=payante$/);
    await expect(page.locator('#filtre-type-question')).not.toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/\?q=foncier$/);
    await expect(field).toHaveValue('foncier');
    await expect(status(page)).toContainText('« foncier »');
    await page.goForward();
    await expect(field).toHaveValue('payante');
    await expect(status(page)).toContainText('« payante »');
  });
});

test.describe('search: keyboard, header form, no script elsewhere', () => {
  test('keyboard only: type, filter, reach and open a result', async ({ page }) => {
    await page.goto('/recherche/');
    const field = page.locator('#recherche-q');
    for (let i = 0; i < 30 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(field).toBeFocused();
    expect(await field.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.type('date limite');
    await page.keyboard.press('Enter');
    await expect(status(page)).toContainText('« date limite »');

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
    await expect(page).toHaveURL(/\/faq\/impulsion-ingenierie-territoires\/#impulsion-ingenierie-territoires-date-limite$/);
  });

  test('the header search field of any page leads to /recherche/?q=…', async ({ page }) => {
    await page.goto('/appels/terriens/');
    const header = page.getByRole('search', { name: 'Rechercher sur le site' });
    await header.getByLabel('Rechercher sur le site').fill('date limite');
    await header.getByLabel('Rechercher sur le site').press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=date\+limite$/);
    await expect(page.getByLabel('Mots recherchés')).toHaveValue('date limite');
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-date-limite');
  });

  test('without JavaScript, the header search lands on a page listing every call and each call’s questions', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/territoires/bayeux-intercom/');
    const field = page.getByRole('searchbox', { name: 'Rechercher sur le site' });
    await field.fill('date limite');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=date\+limite$/);
    const browse = page.getByRole('region', { name: 'Tout le contenu du site' });
    await expect(browse.getByRole('link', { name: 'Questions fréquentes' })).toHaveAttribute('href', '/faq/');
    // One link per call's FAQ page (not every question: the list stays short as the site grows).
    await expect(browse.locator('a[href="/faq/impulsion-ingenierie-territoires/"]')).toHaveText('Impulsion Ingénierie Territoires');
    await expect(browse.getByRole('link', { name: 'Impulsion Ingénierie Territoires', exact: true })).toHaveCount(2);
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
    for (const url of ['/', '/appels/', '/faq/', '/territoires/dieppe-cote-d-albatre/', '/actualites/impulsion-ingenierie-territoires-avenir-industriel-normand/', '/mentions-legales/']) {
      scripts.length = 0;
      await page.goto(url);
      await expect(page.locator(executable)).toHaveCount(0);
      expect(scripts, url).toEqual([]);
    }
    for (const url of [I2T, '/appels/terriens/']) {
      scripts.length = 0;
      await page.goto(url);
      for (const src of searchCode) await expect(page.locator(`script[src="${src}"]`)).toHaveCount(0);
      expect(scripts.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    }
  });
});
