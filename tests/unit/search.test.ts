import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { bytesOnDisk } from '../helpers/files';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NNBSP } from '../../src/lib/shared/french';
import { faqRecords, markdownPlainText, type FaqSource } from '../../src/lib/search/faq-records';
import { filterAttributes } from '../../src/lib/shared/search/filters';
import { buildSearchIndex, normaliseApostrophes, recordToHtml, SearchIndexError, searchIndexSize } from '../../src/lib/search/index';
import {
  bestSections,
  cleanRecordExcerpt,
  normaliseQuery,
  orderTies,
  pagefindFilters,
  parseSearchParams,
  statusMessage,
  toSearchParams,
  typographicApostrophes,
} from '../../src/lib/shared/search/query';

const show = (s: string) => s.replaceAll(NNBSP, '_');

describe('search URL state', () => {
  it('reads the query and repeated filters, ignoring unknown parameters and empty values', () => {
    const state = parseSearchParams(new URLSearchParams('q=+foncier+&type=question&type=appel&statut=&x=1&type=question'));
    expect(state.q).toBe('foncier');
    expect(state.filters.type).toEqual(['question', 'appel']);
    expect(state.filters.statut).toEqual([]);
  });

  it('writes parameters in a stable order and round-trips', () => {
    const state = parseSearchParams(new URLSearchParams('statut=clos&q=date limite&type=question'));
    const params = toSearchParams(state);
    expect(params.toString()).toBe('q=date+limite&type=question&statut=clos');
    expect(parseSearchParams(params)).toEqual(state);
  });

  it('turns selected values into "any" conditions, optionally leaving a group out', () => {
    const { filters } = parseSearchParams(new URLSearchParams('type=question&type=appel&statut=clos'));
    expect(pagefindFilters(filters)).toEqual({ type: { any: ['question', 'appel'] }, statut: { any: ['clos'] } });
    expect(pagefindFilters(filters, 'type')).toEqual({ statut: { any: ['clos'] } });
  });

  it('normalises queries as the index is built: spaces and apostrophes', () => {
    expect(normaliseQuery('  lettre   d’intention ')).toBe("lettre d'intention");
    expect(normaliseApostrophes('l’écologie')).toBe("l'écologie");
    expect(typographicApostrophes("l'écologie, d&#39;actions, d&#x27;intention")).toBe('l’écologie, d’actions, d’intention');
  });
});

describe('search messages', () => {
  it('announces counts in French, with the query and active filters', () => {
    expect(show(statusMessage(3, 'foncier'))).toBe('3 résultats pour «_foncier_».');
    expect(show(statusMessage(1, 'payante'))).toBe('1 résultat pour «_payante_».');
    expect(show(statusMessage(0, 'xylophone'))).toBe('Aucun résultat pour «_xylophone_».');
    expect(show(statusMessage(2, 'foncier', ['Questions']))).toBe('2 résultats pour «_foncier_», avec le filtre_: Questions.');
    expect(show(statusMessage(36, '', ['Questions', 'Clos']))).toBe('36 résultats avec les filtres_: Questions, Clos.');
  });
});

describe('result order and presentation', () => {
  it('puts the more complete answer first among near-equal scores, and keeps score order otherwise', () => {
    const r = (id: string, score: number, wordCount: number) => ({ id, score, wordCount });
    const ordered = orderTies([r('short', 33.44, 45), r('long', 33.36, 50), r('page', 5.8, 900), r('other', 5.4, 1200)]);
    expect(ordered.map((x) => x.id)).toEqual(['long', 'short', 'page', 'other']);
    expect(orderTies([r('a', 10, 1), r('b', 5, 100)]).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('leads to the best-matching anchored section of a page', () => {
    const sections = bestSections(
      [
        { title: 'Atelier', url: '/appels/afe/', excerpt: '', weighted_locations: [{ weight: 7, balanced_score: 90 }] },
        { title: 'Calendrier', url: '/appels/afe/#calendrier', excerpt: '', weighted_locations: [{ weight: 1, balanced_score: 10 }] },
        { title: 'Les briques', url: '/appels/afe/#briques', excerpt: '', weighted_locations: [{ weight: 8, balanced_score: 40 }, { weight: 1, balanced_score: 5 }] },
      ],
      '/appels/afe/',
    );
    expect(sections.map((s) => s.url)).toEqual(['/appels/afe/#briques', '/appels/afe/#calendrier']);
  });

  it('cuts the question and the context line from a FAQ excerpt', () => {
    const excerpt = "Quelle est la <mark>date</mark> <mark>limite</mark> ? La <mark>date</mark> limite est le 3 novembre. ¶ Atelier (AFE) · Calendrier";
    expect(cleanRecordExcerpt(excerpt, 'Quelle est la date limite\u202F?')).toBe('La <mark>date</mark> limite est le 3 novembre.');
    expect(cleanRecordExcerpt('sont choisies parmi sept sujets', 'Que sont les briques ?')).toBe('sont choisies parmi sept sujets');
    expect(cleanRecordExcerpt("Qui doit signer la lettre d&#39;intention ? Le président.", 'Qui doit signer la lettre d’intention ?')).toBe('Le président.');
  });
});

describe('search records', () => {
  const source: FaqSource = {
    id: 'reseau/cout',
    question: 'Combien coûte la participation ?',
    body: 'De 25 000 € HT\n\nà **85 000 € HT** par an : voir `tarifs`.\n\n- une ligne\n- « deux »\n',
    theme: 'cout',
    themeLabel: 'Coût et durée',
    call: { id: 'reseau', title: 'Réseau des territoires', shortName: 'RTID', status: 'ouvert' },
  };

  it('makes one record per FAQ entry from the content, leading to its call’s FAQ page', () => {
    const [record, ...rest] = faqRecords([source]);
    expect(rest).toEqual([]);
    expect(record?.url).toBe('/faq/reseau/#reseau-cout');
    expect(show(record?.title ?? '')).toBe('Combien coûte la participation_?');
    expect(show(record?.content ?? '')).toBe('De 25 000 € HT à 85 000 € HT par an_: voir tarifs. une ligne «_deux_»');
    expect(record?.context).toBe('Réseau des territoires (RTID) · Coût et durée');
    expect(record?.filters).toEqual({ type: ['question'], appel: ['reseau'], theme: ['cout'], statut: ['ouvert'] });
  });

  it('reads Markdown as the text a reader sees, without markup or code blocks', () => {
    expect(markdownPlainText('# Titre\n\nUn [lien](https://x.fr) et ![image](a.png)\n\n```\ncode : brut\n```\n')).toBe('Titre Un lien et image');
  });

  it('refuses, in French, an empty answer and two entries at one address', () => {
    expect(() => faqRecords([{ ...source, body: '  ' }])).toThrow(/reseau\/cout.*vide/);
    expect(() => faqRecords([source, source])).toThrow(/même adresse.*\/faq\/reseau\/#reseau-cout/);
  });

  it('writes filters as Pagefind attributes and records as virtual pages', () => {
    expect(filterAttributes({ type: ['appel'], brique: ['foncier-industriel', 'marketing-territorial'] })).toEqual([
      'type:appel',
      'brique:foncier-industriel',
      'brique:marketing-territorial',
    ]);
    expect(() => filterAttributes({ appel: ['a,b'] })).toThrow(/invalide/);
    const page = recordToHtml({ url: '/faq/#x', title: 'A < B ?', content: 'Oui & non', filters: { type: ['question'] }, context: 'Ctx' });
    expect(page).toContain('<h1>A &lt; B ?</h1><p>Oui &amp; non</p>');
    expect(page).toContain('data-pagefind-filter="type:question"');
    expect(page).toContain('data-pagefind-body');
  });
});

describe('buildSearchIndex', () => {
  const root = mkdtempSync(join(tmpdir(), 'guichet-search-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const page = (dir: string, body: string) => {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, 'index.html'), `<!doctype html><html lang="fr"><head><title>t</title></head><body>${body}</body></html>`);
  };

  it('indexes marked pages and records, writes the bundle and reports its size', async () => {
    page('appels/a', '<header>Menu</header><article data-pagefind-body><h1>Appel A</h1><p>Le foncier industriel.</p></article>');
    page('plan', '<p>Page non indexée</p>');
    const report = await buildSearchIndex(root, [
      { url: '/faq/#a-cout', title: 'Combien ça coûte ?', content: 'Rien.', filters: { type: ['question'] } },
    ]);
    expect(report.pages).toBe(1);
    expect(report.records).toBe(1);
    const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.fr.page_count).toBe(2);
    expect(existsSync(join(root, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(root, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    // The reported size is what is on disk, counted here independently.
    expect(report.bytes).toBe(bytesOnDisk(join(root, 'pagefind')));
    const size = searchIndexSize(root);
    expect(size.indexBytes).toBeGreaterThan(0);
    expect(size.runtimeBytes).toBeGreaterThanOrEqual(statSync(join(root, 'pagefind', 'pagefind.js')).size);
  }, 30_000);

  it('fails, in French, when no page is marked for indexing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'guichet-search-empty-'));
    writeFileSync(join(empty, 'index.html'), '<html lang="fr"><body><p>Rien</p></body></html>');
    await expect(buildSearchIndex(empty, [])).rejects.toThrow(SearchIndexError);
    await expect(buildSearchIndex(empty, [])).rejects.toThrow(/aucune page/);
    rmSync(empty, { recursive: true, force: true });
  }, 30_000);
});

describe('FAQ excerpts that start inside the question', () => {
  it('cuts the end of the question too', () => {
    expect(cleanRecordExcerpt('de <mark>référents</mark> faut-il désigner ? Indiquez un ou deux contacts', 'Combien de référents faut-il désigner ?')).toBe(
      'Indiquez un ou deux contacts',
    );
    expect(cleanRecordExcerpt('? Les territoires pilotes', 'Qui choisit les territoires ?')).toBe('Les territoires pilotes');
    expect(cleanRecordExcerpt('Les territoires pilotes sont choisis', 'Qui choisit les territoires ?')).toBe('Les territoires pilotes sont choisis');
  });
});
