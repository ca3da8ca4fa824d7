import { expect, test } from '@playwright/test';

test.describe('reader journeys', () => {
  test('from the home page to the I2T call and its deadline', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('link', { name: 'Impulsion Ingénierie Territoires' }).first().click();
    await expect(page).toHaveURL(/\/appels\/impulsion-ingenierie-territoires\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impulsion Ingénierie Territoires');
    const deadline = page.locator('#date-limite');
    await expect(deadline).toHaveText('vendredi 3 novembre 2023');
    await expect(deadline).toBeVisible();
  });

  test('from a call page to a case study and back to the call', async ({ page }) => {
    await page.goto('/appels/impulsion-ingenierie-territoires/');
    await page.getByRole('region', { name: 'Territoires lauréats' }).getByRole('link', { name: /Bayeux Intercom/ }).click();
    await expect(page).toHaveURL(/\/territoires\/bayeux-intercom\/$/);
    await expect(page.getByText(/SIREN \d{9}/)).toBeVisible();
    await page.locator('#lien-appel').click();
    await expect(page).toHaveURL(/\/appels\/impulsion-ingenierie-territoires\/$/);
  });

  test('the skip link moves the keyboard focus to the main content', async ({ page }) => {
    await page.goto('/appels/terriens/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('a call’s FAQ page answers without JavaScript and each entry has its own anchor', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-date-limite');
    const entry = page.locator('#impulsion-ingenierie-territoires-date-limite');
    await expect(entry.getByRole('heading')).toContainText('date limite');
    await expect(entry).toContainText('3 novembre 2023');
    // An old address of the entry, from when every answer was on /faq/, lands on its link.
    await page.goto('/faq/#impulsion-ingenierie-territoires-date-limite');
    await expect(page.locator('#impulsion-ingenierie-territoires-date-limite a')).toHaveAttribute(
      'href',
      '/faq/impulsion-ingenierie-territoires/#impulsion-ingenierie-territoires-date-limite',
    );
    await context.close();
  });


  test('a call page prints as a dossier without navigation', async ({ page }) => {
    await page.goto('/appels/impulsion-ingenierie-territoires/');
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
