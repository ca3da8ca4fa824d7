/**
 * Accessibility gate: axe-core (WCAG 2.0 and 2.1, levels A and AA) on every page of the
 * sitemap in Chromium, with JavaScript on (interactive tools started); zero violations.
 * A failure lists each rule broken, with the elements concerned and how to fix them.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hasSearch, pagesToVisit } from './helpers/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is and returns a readable report of its violations ('' when none). */
async function axeReport(page: Page, label: string): Promise<{ count: number; report: string; ids: string[] }> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const lines = violations.flatMap((v) => [
    `${label}: [${v.impact ?? 'n/a'}] ${v.id} – ${v.help} (${v.helpUrl})`,
    ...v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    ...(v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more elements`] : []),
  ]);
  return { count: violations.length, report: lines.join('\n'), ids: violations.map((v) => v.id) };
}

test.describe('axe-core, WCAG 2.1 A and AA', () => {
  for (const path of pagesToVisit()) {
    test(`no violation on ${path}`, async ({ page }) => {
      // /eligibilite/ lists every EPCI of the regions the calls accept: axe takes tens of
      // seconds over it on a busy 2-core machine, more than the default 30 s.
      test.setTimeout(120_000);
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBe(200);
      await page.waitForLoadState('networkidle');
      const { count, report } = await axeReport(page, path);
      expect(count, `axe-core violations on ${path}:\n${report}`).toBe(0);
    });
  }

  test('no violation on the search page showing results', async ({ page }) => {
    test.skip(!hasSearch, 'no search in this build');
    await page.goto('/recherche/?q=candidature');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    const { count, report } = await axeReport(page, '/recherche/?q=candidature');
    expect(count, `axe-core violations:\n${report}`).toBe(0);
  });

  test('the gate catches an image without alt text and names the page', async ({ page }) => {
    await page.goto('/appels/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/logo.svg';
      document.querySelector('main')!.append(img);
    });
    const { count, report, ids } = await axeReport(page, '/appels/');
    expect(count).toBeGreaterThan(0);
    expect(ids).toContain('image-alt');
    expect(report).toContain('/appels/: [critical] image-alt');
  });
});
