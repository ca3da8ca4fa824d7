/**
 * The fidelity suite over the built site (dist/, after `npm run build`): every fact of the
 * ledger is shown where the ledger says, in pages and kits (DOCX read back with mammoth), and no
 * forbidden claim appears anywhere the site publishes. The quotes are checked against the seed
 * documents when they are present (`../shared/seeds/`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/content';
import { built, dist } from '../helpers/dist';
import { forbiddenHits, ledgerFailures, missingQuotes, seedsDir } from './checks';
import { ledger } from './ledger';
import { siteTexts } from './site-text';

const seeds = seedsDir(root);

describe.skipIf(!seeds)('the ledger against the seed documents', () => {
  it('quotes each fact word for word from its seed', () => {
    expect(missingQuotes(seeds as string)).toEqual([]);
  });
});

describe.skipIf(!built)('the built site against the ledger', () => {
  let texts: Map<string, string>;
  beforeAll(async () => {
    texts = await siteTexts(dist);
  }, 120_000);

  it('reads pages, feeds, JSON, calendars, LISEZMOI and every DOCX', () => {
    for (const path of ['index.html', 'rss.xml', 'api/appels.json', 'kits/terriens/dossier-candidature.docx']) {
      expect(texts.has(path), path).toBe(true);
    }
    expect(ledger.length).toBeGreaterThan(20);
  });
  it('shows every fact of the ledger where the ledger says', () => {
    expect(ledgerFailures(texts)).toEqual([]);
  });
  it('publishes none of the forbidden claims', () => {
    expect(forbiddenHits(texts)).toEqual([]);
  });
  it('lists the call that publishes no date apart from the open ones on the home page', () => {
    const home = texts.get('index.html') ?? '';
    const open = home.slice(home.indexOf('Appels ouverts et à venir'), home.indexOf('Appels sans date publiée'));
    expect(open).not.toContain('Territoires-Ressources');
    expect(home.indexOf('Appels sans date publiée')).toBeGreaterThan(-1);
  });
});
