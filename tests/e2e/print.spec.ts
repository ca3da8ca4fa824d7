/**
 * Every call page printed to PDF by Chromium (print media, the page's own @page size), read
 * back with poppler (pdfinfo, pdftotext): A4 pages; every e-mail address of the page printed
 * whole, never cut at a line end (a cut address reads as another one, and a browser cuts at
 * hyphens: every fixture address has some, `candidatures@val-d-ouve.example`); the kit's version and address printed, since
 * the kit block is hidden in print; internal links followed by their address.
 *
 * Needs pdftotext and pdfinfo (poppler-utils; `.ci/run` installs them). Skipped without them,
 * except in CI, where it fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fixtureDir } from '../helpers/fixture';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdfinfo', ['-v']).status === 0;
if (!hasPoppler && process.env['CI'])
  throw new Error('CI : pdftotext et pdfinfo sont requis pour tests/e2e/print.spec.ts.');

const slugs = readdirSync(join(fixtureDir, 'calls'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

/** Something shaped like an e-mail address, as pdftotext gives it (a cut one included). */
const ADDRESS_LIKE = /[\p{L}\p{N}._%+-]*@[\p{L}\p{N}.-]*/gu;

test.describe('call pages in print', () => {
  test.skip(!hasPoppler, 'pdftotext/pdfinfo absents');
  const dir = mkdtempSync(join(tmpdir(), 'guichet-print-'));
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const slug of slugs) {
    test(`/appels/${slug}/ prints on A4 with whole e-mail addresses and the kit's address`, async ({ page }) => {
      await page.goto(`/appels/${slug}/`);
      const text = await page.locator('body').innerText();
      const addresses = new Set([...text.matchAll(ADDRESS_LIKE)].map((m) => m[0].replace(/\.$/, '')));
      const version = (await page.locator('[data-kit-version]').first().innerText()).trim();
      await page.emulateMedia({ media: 'print' });
      const pdfPath = join(dir, `${slug}.pdf`);
      writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: false }));

      const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
      const printed = spawnSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).stdout;

      // Every address-like string of the PDF is one of the page's addresses, whole.
      const found = [...printed.matchAll(ADDRESS_LIKE)].map((m) => m[0].replace(/\.$/, ''));
      for (const a of found) expect(addresses, `adresse coupée à l’impression : « ${a} »`).toContain(a);
      // And every address of the page text that print shows appears whole.
      for (const a of addresses) {
        if (!(await page.locator('main').innerText()).includes(a)) continue;
        expect(printed, a).toContain(a);
      }

      const flat = printed.replace(/\s+/g, ' ');
      expect(flat).toContain(`version ${version}`);
      expect(flat).toMatch(new RegExp(`https?://\\S+/kits/${slug}\\.zip`));
      // An internal link shown in print prints its full address (the eligibility page, linked from
      // the call with every field; a page without any internal link in print has none to print).
      const internalLinks = await page.locator('main a[href^="/"]:visible').count();
      if (slug === 'atelier-foncier') expect(internalLinks).toBeGreaterThan(0);
      if (internalLinks > 0) expect(flat).toMatch(/\(https?:\/\/[^\s)]+\/[^\s)]*\)/);
      // Page numbers, where Chromium draws the @page margin boxes.
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(flat).toContain(`Page ${pages} sur ${pages}`);
    });
  }
});
