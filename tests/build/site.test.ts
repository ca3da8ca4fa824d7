/**
 * Build-output tests: run over the build of the fixture site (tests/fixtures/site/, built into
 * dist-fixture/ by scripts/test.sh). Each fact of the call pages is compared with the fixture
 * file it comes from, plus the facts its README pins.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentDir, loadCall, loadTerritories, norm } from '../helpers/content';
import { built, dist, page, textOf } from '../helpers/dist';

describe.skipIf(!built)('built site', () => {
  it('has every page of the public URL contract', () => {
    const pages = [
      'index.html',
      'appels/index.html',
      'appels/atelier-foncier/index.html',
      'appels/pass-numerique/index.html',
      'appels/club-des-maires/index.html',
      'appels/reseau-industrie/index.html',
      'appels/diagnostic-energie/index.html',
      'territoires/index.html',
      'territoires/vire-au-noireau/index.html',
      'actualites/index.html',
      'actualites/atelier-foncier-lance/index.html',
      'faq/index.html',
      'accessibilite/index.html',
      'mentions-legales/index.html',
      '404.html',
    ];
    expect(pages.filter((p) => !existsSync(join(dist, p)))).toEqual([]);
  });

  it('serves French pages without any script', () => {
    for (const url of ['/', '/faq/', '/faq/atelier-foncier/', '/territoires/vire-au-noireau/']) {
      const doc = page(url);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
      // JSON-LD blocks are data, not JavaScript.
      expect(doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json')).toHaveLength(0);
    }
  });

  it('loads on a call page no script but the eligibility check’s', () => {
    const doc = page('/appels/atelier-foncier/');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
    const scripts = doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual([expect.stringMatching(/^\/_astro\/EpciPicker\.astro_astro_type_script/)]);
  });

  describe('the page of the call with every field', () => {
    const call = loadCall('atelier-foncier');
    const doc = page('/appels/atelier-foncier/');
    const text = textOf(doc.querySelector('main'));

    it('states the deadline of vendredi 3 juillet 2026 with its hour', () => {
      expect(textOf(doc.querySelector('#date-limite'))).toBe('vendredi 3 juillet 2026 à 17 h 00');
      expect(doc.querySelector('#date-limite time')?.getAttribute('datetime')).toBe('2026-07-03T17:00');
    });

    it('states the information session of 2 juin 2026 from 14 h 00 to 15 h 30', () => {
      expect(text).toContain('mardi 2 juin 2026 de 14 h 00 à 15 h 30');
    });

    it('lists the three criteria in order, worded as in the content', () => {
      expect(call.criteria).toHaveLength(3);
      const items = doc.querySelectorAll('#criteres ~ ol li, section[aria-labelledby="criteres"] ol li').map((li) => norm(li.textContent));
      expect(items).toHaveLength(3);
      call.criteria.forEach((c, i) => expect(items[i]).toContain(norm(c.text ?? c.title)));
    });

    it('lists the three action areas and quotes how the call says they are chosen (not by the applicant)', () => {
      const areas = call.actionAreas!;
      expect([areas.items.length, areas.min, areas.max]).toEqual([3, 1, 2]);
      const items = doc.querySelectorAll('section[aria-labelledby="briques"] ol li').map((li) => norm(li.textContent));
      expect(items).toEqual(areas.items.map((a) => norm(a.title)));
      const section = norm(doc.querySelector('section[aria-labelledby="briques"]')!.textContent);
      expect(section).toContain(`« ${norm(areas.choice!)} »`);
      expect(section).toContain('seront arrêtés au nombre de 1 à 2 pour chaque territoire');
      expect(section).not.toMatch(/choisit|cochez/i);
    });

    it('says 3 territories are selected and links to its case study', () => {
      expect(call.selection.count).toEqual({ type: 'exact', value: 3 });
      expect(text).toContain('Nombre de territoires retenus : 3');
      const links = doc.querySelectorAll('section[aria-labelledby="laureats"] a[href^="/territoires/"]').map((a) => a.getAttribute('href'));
      const expected = loadTerritories().filter((t) => t.data.call === 'atelier-foncier').map((t) => `/territoires/${t.id}/`);
      expect(expected).toHaveLength(1);
      expect(links.sort()).toEqual(expected.sort());
    });

    it('shows every calendar milestone, the fuzzy one in words', () => {
      const rows = doc.querySelectorAll('.timeline li').map((li) => norm(li.textContent));
      for (const m of call.calendar) expect(rows.some((r) => r.includes(norm(m.title)))).toBe(true);
      expect(rows.some((r) => r.startsWith('fin juillet 2026'))).toBe(true);
      expect(rows.some((r) => r.startsWith('vendredi 3 juillet 2026 à 17 h 00'))).toBe(true);
    });

    it('lists documents with their signatories', () => {
      expect(call.application.documents.some((d) => d.signedBy)).toBe(true);
      for (const d of call.application.documents) {
        const row = doc.querySelector(`#piece-${d.id}`);
        expect(textOf(row)).toContain(norm(d.title));
        if (d.signedBy) expect(textOf(row)).toContain(norm(d.signedBy));
      }
    });

    it('shows its population brackets with their amounts', () => {
      const rows = doc.querySelectorAll('#cout ~ * tbody tr, section[aria-labelledby="cout"] tbody tr');
      expect(rows.map((r) => norm(r.querySelector('th')!.textContent))).toEqual(call.pricing!.brackets.map((b) => norm(b.label)));
      expect(text).toContain('5 000 € HT');
      expect(text).toContain('15 000 € HT');
    });
  });

  describe('the page of the national call with a rolling intake', () => {
    const call = loadCall('reseau-industrie');
    const doc = page('/appels/reseau-industrie/');
    const text = textOf(doc.querySelector('main'));

    it('shows its population brackets and the 2 000 € to 9 000 € HT range', () => {
      const rows = doc.querySelectorAll('#cout ~ * tbody tr, section[aria-labelledby="cout"] tbody tr');
      expect(rows.map((r) => norm(r.querySelector('th')!.textContent))).toEqual(call.pricing!.brackets.map((b) => norm(b.label)));
      expect(text).toContain('2 000 € HT');
      expect(text).toContain('9 000 € HT');
    });

    it('says applications are received as they come, in the call’s words', () => {
      expect(text).toContain(norm(call.application.rollingStatement!));
    });
  });

  describe('the page of the call in two waves', () => {
    const doc = page('/appels/pass-numerique/');
    const text = textOf(doc.querySelector('main'));

    it('shows both waves with their days, and no criteria nor documents', () => {
      expect(text).toContain('première vague');
      expect(text).toContain('seconde vague');
      expect(text).toContain('jeudi 30 avril 2026');
      expect(text).toContain('mercredi 30 septembre 2026');
      expect(doc.querySelector('section[aria-labelledby="criteres"]')).toBeNull();
      expect(doc.querySelector('[id^="piece-"]')).toBeNull();
    });
  });

  describe('the page of the call without published dates', () => {
    const doc = page('/appels/club-des-maires/');

    it('says the deadline is not given by the call, and never « au fil de l’eau »', () => {
      expect(textOf(doc.querySelector('#date-limite'))).toBe("Non précisée par l'appel");
      expect(norm(doc.textContent)).not.toMatch(/fil de l['’]eau/);
    });
  });

  describe('case studies', () => {
    for (const t of loadTerritories()) {
      it(`${t.id} shows its SIREN(s) and links to its call`, () => {
        const doc = page(`/territoires/${t.id}/`);
        const sirens = doc.querySelectorAll('.siren').map((s) => s.textContent);
        expect(sirens).toEqual(t.data.epcis.map((e) => e.siren));
        expect(doc.querySelector('#lien-appel')?.getAttribute('href')).toBe(`/appels/${t.data.call}/`);
      });
    }
  });

  it('gives each call with questions a FAQ page, each entry with its own anchor', () => {
    for (const [call, count] of [['atelier-foncier', 2], ['pass-numerique', 1]] as const) {
      const ids = page(`/faq/${call}/`).querySelectorAll('.faq-item').map((el) => el.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(count);
      for (const id of ids) expect(id.startsWith(`${call}-`), id).toBe(true);
    }
    expect(page('/faq/atelier-foncier/').querySelector('#atelier-foncier-date-limite')).not.toBeNull();
  });

  it('shows the legal notice as site.yaml fills it in, with no placeholder mark', () => {
    const site = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as { legal: Record<string, string> };
    const doc = page('/mentions-legales/');
    const main = textOf(doc.querySelector('main'));
    expect(main).toContain('Directeur ou directrice de la publication');
    expect(main).toContain(norm(site.legal['publicationDirector']!));
    expect(main).toContain(norm(site.legal['siret']!));
    expect(doc.querySelectorAll('mark.placeholder')).toHaveLength(0);
  });
});
