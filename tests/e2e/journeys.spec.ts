import { expect, test } from '@playwright/test';

test.describe('reader journeys', () => {
  test('from the home page to a call and its deadline', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('link', { name: 'Atelier du foncier économique' }).first().click();
    await expect(page).toHaveURL(/\/appels\/atelier-foncier\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atelier du foncier économique');
    const deadline = page.locator('#date-limite');
    await expect(deadline).toHaveText('vendredi 3 juillet 2026 à 17\u202Fh\u202F00');
    await expect(deadline).toBeVisible();
  });

  test('from a call page to a case study and back to the call', async ({ page }) => {
    await page.goto('/appels/atelier-foncier/');
    await page.getByRole('region', { name: 'Territoires lauréats' }).getByRole('link', { name: /Vire au Noireau/ }).click();
    await expect(page).toHaveURL(/\/territoires\/vire-au-noireau\/$/);
    await expect(page.getByText(/SIREN \d{9}/)).toBeVisible();
    await page.locator('#lien-appel').click();
    await expect(page).toHaveURL(/\/appels\/atelier-foncier\/$/);
  });

  test('the skip link moves the keyboard focus to the main content', async ({ page }) => {
    await page.goto('/appels/club-des-maires/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('a call’s FAQ page answers without JavaScript and each entry has its own anchor', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/faq/atelier-foncier/#atelier-foncier-date-limite');
    const entry = page.locator('#atelier-foncier-date-limite');
    await expect(entry.getByRole('heading')).toContainText('Jusqu’à quand');
    await expect(entry).toContainText('3 juillet 2026');
    // An old address of the entry, from when every answer was on /faq/, lands on its link.
    await page.goto('/faq/#atelier-foncier-date-limite');
    await expect(page.locator('#atelier-foncier-date-limite a')).toHaveAttribute(
      'href',
      '/faq/atelier-foncier/#atelier-foncier-date-limite',
    );
    await context.close();
  });


  test('a call page prints as a dossier without navigation', async ({ page }) => {
    await page.goto('/appels/atelier-foncier/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('#date-limite')).toBeVisible();
  });

  test('an unknown address shows the French 404 page', async ({ page }) => {
    const response = await page.goto('/appels/nexiste-pas/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  });
});
