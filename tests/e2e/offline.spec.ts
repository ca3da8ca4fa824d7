/**
 * "Nothing leaves the site", in the browser: every page of the sitemap is loaded (JavaScript
 * on, interactive tools started) and any request to another origin fails the test, naming the
 * page and the URL. Requests to other origins are also aborted, so nothing leaks while testing.
 * The page must also carry its Content-Security-Policy, trigger no CSP violation, raise no
 * script error, and set no cookie.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { hasSearch, pagesToVisit } from './helpers/site';

interface Watch {
  /** Requests to other origins: "page → URL". */
  foreign: string[];
  /** CSP violations and script errors: "page: message". */
  errors: string[];
}

/** Records (and aborts) requests to other origins, CSP violations and script errors. */
async function watch(context: BrowserContext, page: Page, origin: string): Promise<Watch> {
  const w: Watch = { foreign: [], errors: [] };
  const where = () => new URL(page.url() === 'about:blank' ? origin : page.url()).pathname;
  await context.route(
    (url) =>
      (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') &&
      url.origin !== origin,
    async (route) => {
      w.foreign.push(`${where()} → ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text()))
      w.errors.push(`${where()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => w.errors.push(`${where()}: script error: ${error.message}`));
  return w;
}

function report(w: Watch): string {
  return [...w.foreign.map((f) => `request to another origin: ${f}`), ...w.errors].join('\n');
}

test.describe('nothing leaves the site', () => {
  for (const path of pagesToVisit()) {
    test(`no request to another origin from ${path}`, async ({ context, page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const w = await watch(context, page, origin);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
      expect(w.foreign.length + w.errors.length, report(w)).toBe(0);
      expect(await context.cookies(), `cookies set by ${path}`).toEqual([]);
    });
  }

  test('no request to another origin while searching', async ({ context, page, baseURL }) => {
    test.skip(!hasSearch, 'no search in this build');
    const w = await watch(context, page, new URL(baseURL!).origin);
    await page.goto('/recherche/?q=date limite');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(w.foreign.length + w.errors.length, report(w)).toBe(0);
  });

  test('the gate catches a request to another origin and names the page', async ({ browser, baseURL }) => {
    // CSP bypassed here, to prove the request watch works on its own (the CSP would block first).
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const w = await watch(context, page, new URL(baseURL!).origin);
    await page.goto(new URL('/faq/', baseURL).href);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'https://cdn.tracker.example/t.js';
      document.head.append(script);
    });
    await expect.poll(() => w.foreign).toContain('/faq/ → https://cdn.tracker.example/t.js');
    await context.close();
  });

  test('the CSP blocks a script from another origin, and the gate reports it with the page', async ({
    context,
    page,
    baseURL,
  }) => {
    const w = await watch(context, page, new URL(baseURL!).origin);
    await page.goto('/faq/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'https://cdn.tracker.example/t.js';
      document.head.append(script);
    });
    await expect.poll(() => w.errors.join('\n')).toMatch(/^\/faq\/: .*Content Security Policy/m);
    expect(w.foreign).toEqual([]);
  });
});
