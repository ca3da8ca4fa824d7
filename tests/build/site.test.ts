/**
 * Build-output tests: run after `npm run build`, over dist/. Each fact of the call pages is
 * compared with the content file it comes from, plus the seed facts the issue pins.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCall, loadTerritories, norm } from '../helpers/content';
import { built, dist, page, textOf } from '../helpers/dist';

describe.skipIf(!built)('built site', () => {
  it('has every page of the public URL contract', () => {
    const pages = [
      'index.html',
      'appels/index.html',
      'appels/impulsion-ingenierie-territoires/index.html',
      'appels/terriens/index.html',
      'territoires/index.html',
      'territoires/coutances-mer-et-bocage/index.html',
      'territoires/bayeux-intercom/index.html',
      'territoires/caux-austreberthe/index.html',
      'territoires/dieppe-cote-d-albatre/index.html',
      'actualites/index.html',
      'actualites/impulsion-ingenierie-territoires-avenir-industriel-normand/index.html',
      'faq/index.html',
      'accessibilite/index.html',
      'mentions-legales/index.html',
      '404.html',
    ];
    expect(pages.filter((p) => !existsSync(join(dist, p)))).toEqual([]);
  });

  it('serves French pages without any script', () => {
    for (const url of ['/', '/faq/', '/faq/terriens/', '/territoires/bayeux-intercom/']) {
      const doc = page(url);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
      // JSON-LD blocks are data, not JavaScript.
      expect(doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json')).toHaveLength(0);
    }
  });

  it('loads on a call page no script but the eligibility check’s', () => {
    const doc = page('/appels/impulsion-ingenierie-territoires/');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
    const scripts = doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual([expect.stringMatching(/^\/_astro\/EpciPicker\.astro_astro_type_script/)]);
  });

  describe('the I2T call page', () => {
    const call = loadCall('impulsion-ingenierie-territoires');
    const doc = page('/appels/impulsion-ingenierie-territoires/');
    const text = textOf(doc.querySelector('main'));

    it('states the deadline of vendredi 3 novembre 2023', () => {
      expect(textOf(doc.querySelector('#date-limite'))).toBe('vendredi 3 novembre 2023');
      expect(doc.querySelector('#date-limite time')?.getAttribute('datetime')).toBe('2023-11-03');
    });

    it('states the webinar of 3 octobre 2023 from 10 h 00 to 12 h 00', () => {
      expect(text).toContain('mardi 3 octobre 2023 de 10 h 00 à 12 h 00');
    });

    it('lists the five criteria in order, worded as in the content', () => {
      expect(call.criteria).toHaveLength(5);
      const items = doc.querySelectorAll('#criteres ~ ol li, section[aria-labelledby="criteres"] ol li').map((li) => norm(li.textContent));
      expect(items).toHaveLength(5);
      call.criteria.forEach((c, i) => expect(items[i]).toContain(norm(c.text ?? c.title)));
    });

    it('lists the seven action areas and quotes how the call says they are chosen (not by the applicant)', () => {
      const areas = call.actionAreas!;
      expect([areas.items.length, areas.min, areas.max]).toEqual([7, 3, 4]);
      const items = doc.querySelectorAll('section[aria-labelledby="briques"] ol li').map((li) => norm(li.textContent));
      expect(items).toEqual(areas.items.map((a) => norm(a.title)));
      const section = norm(doc.querySelector('section[aria-labelledby="briques"]')!.textContent);
      expect(section).toContain('seront définies au nombre de 3 à 4 pour chaque territoire');
      expect(section).not.toMatch(/choisit|cochez/i);
    });

    it('says 4 territories are selected and links to the four case studies', () => {
      expect(call.selection.count).toEqual({ type: 'exact', value: 4 });
      expect(text).toContain('Nombre de territoires retenus : 4');
      const links = doc.querySelectorAll('section[aria-labelledby="laureats"] a[href^="/territoires/"]').map((a) => a.getAttribute('href'));
      const expected = loadTerritories().filter((t) => t.data.call === 'impulsion-ingenierie-territoires').map((t) => `/territoires/${t.id}/`);
      expect(expected).toHaveLength(4);
      expect(links.sort()).toEqual(expected.sort());
    });

    it('shows every calendar milestone', () => {
      const rows = doc.querySelectorAll('.timeline li').map((li) => norm(li.textContent));
      for (const m of call.calendar) expect(rows.some((r) => r.includes(norm(m.title)))).toBe(true);
      expect(rows.some((r) => r.startsWith('mi-novembre 2023'))).toBe(true);
      expect(rows.some((r) => r.startsWith('décembre 2023/janvier 2024 (45 jours)'))).toBe(true);
    });

    it('lists documents with their signatories', () => {
      for (const d of call.application.documents) {
        const row = doc.querySelector(`#piece-${d.id}`);
        expect(textOf(row)).toContain(norm(d.title));
        if (d.signedBy) expect(textOf(row)).toContain(norm(d.signedBy));
      }
    });
  });

  describe('the TERRIENS call page', () => {
    const call = loadCall('terriens');
    const doc = page('/appels/terriens/');
    const text = textOf(doc.querySelector('main'));

    it('shows its six phases', () => {
      const items = doc.querySelectorAll('section[aria-labelledby="deroulement"] ol li');
      expect(items).toHaveLength(6);
      call.phases!.items.forEach((p, i) => expect(norm(items[i]!.textContent)).toContain(norm(p.title)));
    });

    it('shows its population brackets and the 25 000 € to 85 000 € HT range', () => {
      const rows = doc.querySelectorAll('#cout ~ * tbody tr, section[aria-labelledby="cout"] tbody tr');
      expect(rows.map((r) => norm(r.querySelector('th')!.textContent))).toEqual(call.pricing!.brackets.map((b) => norm(b.label)));
      expect(text).toContain('25 000 € HT');
      expect(text).toContain('85 000 € HT');
    });

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

  it('gives each call a FAQ page, each entry with its own anchor', () => {
    for (const call of ['impulsion-ingenierie-territoires', 'terriens']) {
      const ids = page(`/faq/${call}/`).querySelectorAll('.faq-item').map((el) => el.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(12);
      for (const id of ids) expect(id.startsWith(`${call}-`), id).toBe(true);
    }
    expect(page('/faq/impulsion-ingenierie-territoires/').querySelector('#impulsion-ingenierie-territoires-date-limite')).not.toBeNull();
  });


  it('marks the legal placeholders the agency must fill', () => {
    const doc = page('/mentions-legales/');
    expect(doc.querySelectorAll('mark.placeholder').length).toBeGreaterThan(0);
    expect(textOf(doc.querySelector('main'))).toContain('Directeur ou directrice de la publication');
  });
});
