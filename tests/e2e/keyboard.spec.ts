/**
 * Keyboard-only journey, in Chromium: the skip link, the main menu, a call's application kit
 * and deadline, then the search — with Tab, Shift+Tab, Enter and typing only. Every element
 * that takes the focus on the way must show it (an outline or a shadow) and be on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { hasSearch } from './helpers/site';

interface Focused {
  tag: string;
  name: string;
  href: string | null;
  id: string;
  indicator: boolean;
  inView: boolean;
}

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : undefined;
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') ?? label ?? el.innerText ?? el.getAttribute('name') ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 80),
      href: el.getAttribute('href'),
      id: el.id,
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      inView:
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.top < innerHeight &&
        box.right > 0 &&
        box.left < innerWidth,
    };
  });
}

/**
 * Presses `key` (Tab or Shift+Tab) until the focused element matches, checking each stop's
 * focus is visible; the stops where it is not are added to `invisible`.
 */
async function tabTo(
  page: Page,
  invisible: string[],
  wanted: (f: Focused) => boolean,
  what: string,
  { key = 'Tab', max = 120 } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (!f) continue;
    const label = `<${f.tag}${f.id ? `#${f.id}` : ''}> "${f.name}" on ${new URL(page.url()).pathname}`;
    seen.push(label);
    if (!f.indicator || !f.inView)
      invisible.push(
        `${label}: ${f.indicator ? '' : 'no focus indicator'}${!f.indicator && !f.inView ? ', ' : ''}${f.inView ? '' : 'off screen'}`,
      );
    if (wanted(f)) return f;
  }
  throw new Error(`could not reach ${what} with ${key} in ${max} presses; focus went through:\n${seen.join('\n')}`);
}

test.describe('keyboard-only journey', () => {
  test('skip link, menu, a call’s kit and deadline, then the search', async ({ page }) => {
    const invisible: string[] = [];
    await page.goto('/');

    // The first Tab reaches the skip link, shown on screen; Enter moves the focus to the main content.
    const skip = await tabTo(page, invisible, () => true, 'the first focusable element', { max: 1 });
    expect(skip.name).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    // The main menu: "Appels".
    await page.goto('/');
    await tabTo(page, invisible, (f) => f.href === '/appels/', 'the menu link "Appels"');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/appels\/$/);

    // A call from the list.
    await tabTo(
      page,
      invisible,
      (f) => f.href === '/appels/atelier-foncier/',
      'the call with every field in the list',
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/appels\/atelier-foncier\/$/);
    await expect(page.locator('#date-limite')).toBeInViewport();

    // The kit: "Télécharger tout le dossier" downloads the ZIP.
    await tabTo(
      page,
      invisible,
      (f) => /\/kits\/atelier-foncier\.zip$/.test(f.href ?? ''),
      'the kit download link',
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('atelier-foncier.zip');

    // The deadline, through the table of contents: the calendar shows it.
    await tabTo(page, invisible, (f) => f.href === '#calendrier', 'the "Calendrier" link of the table of contents');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#calendrier$/);
    const deadline = (await page.locator('#date-limite').innerText()).trim();
    await expect(page.locator('#calendrier')).toBeInViewport();
    await expect(page.locator('.timeline li', { hasText: deadline }).first()).toBeInViewport();

    if (hasSearch) {
      // Back up to the header's search field, search, and open the first result.
      await tabTo(
        page,
        invisible,
        (f) => f.tag === 'input' && f.id === 'site-search-q',
        'the search field of the header',
        { key: 'Shift+Tab', max: 200 },
      );
      await page.keyboard.type('date limite');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/recherche\/\?q=date(\+|%20)limite/);
      const first = page.locator('[data-search-results] li a').first();
      await expect(first).toBeVisible();
      const target = await first.getAttribute('href');
      await tabTo(page, invisible, (f) => f.href === target, 'the first search result', { max: 200 });
      await page.keyboard.press('Enter');
      await expect(page).not.toHaveURL(/\/recherche\//);
    }

    expect(invisible, `focus not visible:\n${invisible.join('\n')}`).toEqual([]);
  });

  test('the menu and the search field are reachable on a small screen', async ({ page }) => {
    const invisible: string[] = [];
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    for (const href of ['/appels/', '/territoires/', '/actualites/', '/faq/']) {
      await tabTo(page, invisible, (f) => f.href === href, `the menu link ${href}`);
    }
    if (hasSearch) await tabTo(page, invisible, (f) => f.id === 'site-search-q', 'the search field');
    expect(invisible, `focus not visible:\n${invisible.join('\n')}`).toEqual([]);
  });

  test('the journey catches a focus that is not shown, and names the page', async ({ browser, baseURL }) => {
    // CSP bypassed to inject a style that hides the focus.
    const context = await browser.newContext({ bypassCSP: true, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/faq/');
    await page.addStyleTag({
      content: ':focus, :focus-visible { outline: none !important; box-shadow: none !important; }',
    });
    const invisible: string[] = [];
    await tabTo(page, invisible, (f) => f.href === '/appels/', 'the menu link "Appels"');
    expect(invisible.join('\n')).toMatch(/"Aller au contenu" on \/faq\/: no focus indicator/);
    await context.close();
  });
});
