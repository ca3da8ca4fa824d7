/**
 * The corpus of issue 11: ten real call shapes (tests/corpus/<slug>/, each a complete content
 * folder with its own `today`). Each must validate with no error and build; its page and kit
 * texts are kept as readable snapshots (tests/corpus/__snapshots__/<slug>/), and the wording
 * rules of EXPECTED.md are checked against its data: no generated sentence mentions a section
 * the call does not have, names an organisation without its article, or puts a fixed article
 * before an author's label. A site with no call at all builds too.
 *
 * Builds run once each, one after the other, in a beforeAll: two Astro builds of the same
 * project at once would share its `.astro/` folder.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/index';
import { callSchema, type Call } from '../../src/schemas/call';
import { frontMatter, root } from '../helpers/content';
import { authorWords, corpusSlugs, generatedOnly, kitText, normalise, pageText, type KitText } from './read';

const corpusDir = join(root, 'tests', 'corpus');
const slugs = corpusSlugs(corpusDir);
const work = mkdtempSync(join(tmpdir(), 'guichet-corpus-'));
const distOf = (name: string) => join(work, name, 'dist');
const builds = new Map<string, { ok: boolean; log: string }>();

function build(name: string, content: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', 'scripts/build.ts'], {
      cwd: root,
      env: {
        ...process.env,
        GUICHET_CONTENT_DIR: content,
        GUICHET_DIST: distOf(name),
        GUICHET_CACHE_DIR: join(work, name, 'cache'),
        NO_COLOR: '1',
      },
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('close', (code) => {
      builds.set(name, { ok: code === 0, log });
      resolve();
    });
  });
}

/** A site with the corpus site's identity and no call, no organisation, nothing else. */
function emptySite(): string {
  const dir = join(work, 'empty-content');
  mkdirSync(dir, { recursive: true });
  cpSync(join(corpusDir, slugs[0]!, 'site.yaml'), join(dir, 'site.yaml'));
  return dir;
}

beforeAll(async () => {
  const jobs: [string, string][] = [...slugs.map((s): [string, string] => [s, join(corpusDir, s)]), ['(vide)', emptySite()]];
  for (const [name, content] of jobs) await build(name, content);
}, 1_200_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const callFile = (slug: string) => {
  const dir = join(corpusDir, slug, 'calls');
  return join(dir, readdirSync(dir).find((f) => f.endsWith('.mdx'))!);
};
const callOf = (slug: string): Call => callSchema.parse(frontMatter(callFile(slug)));

/** Every forbidden wording of EXPECTED.md, with whether the call's data allows it. */
function forbidden(call: Call): { key: string; pattern: RegExp; allowed: boolean }[] {
  const types = call.eligibility.applicants.map((a) => a.type);
  const letter = call.application.documents.some((d) => /lettre/i.test(`${d.id} ${d.title}`)) || call.application.format === 'letter';
  return [
    { key: 'letter', pattern: /lettre d'intention/i, allowed: letter },
    { key: 'pieces', pattern: /pièces?\b/i, allowed: call.application.documents.length > 0 },
    { key: 'areas', pattern: /\bbriques?\b/i, allowed: Boolean(call.actionAreas) },
    { key: 'brackets', pattern: /tranche/i, allowed: Boolean(call.pricing?.brackets.length) },
    // The label or sentence that presents a deadline (« Date limite : … »). Saying that the call
    // publishes none (« Date limite : non précisée par l'appel », issue 10's rule for an absent
    // field, or « Aucune, selon l'appel » for a stated rolling intake) states no deadline.
    { key: 'deadline', pattern: /Date limite(?!(?: de candidature)?\s*:?\s*(?:non précisée|Non précisée|Aucune,))/, allowed: call.calendar.some((m) => m.kind === 'deadline') },
    { key: 'rolling', pattern: /au fil de l'eau/i, allowed: call.application.mode === 'rolling' },
    {
      key: 'count',
      pattern: /territoires retenus|seront retenus/i,
      allowed: Boolean(call.selection.count || call.selection.stages.some((s) => s.count)),
    },
    { key: 'groupement', pattern: /groupements?(?! d'intérêt)/i, allowed: types.includes('groupement-epci') },
    { key: 'price', pattern: /forfait|tarif|\bcoût\b/i, allowed: Boolean(call.pricing) || call.free },
    { key: 'criteria', pattern: /critères de sélection|grille d'auto-évaluation/i, allowed: call.criteria.length > 0 },
    { key: 'contact', pattern: /\bContacts?\b/, allowed: call.contacts.length > 0 },
    {
      key: 'sections',
      pattern: /ce que le document de candidature détaille/i,
      allowed: call.application.sections.length > 0,
    },
    { key: 'period', pattern: /période/i, allowed: Boolean(call.period) },
    { key: 'funding', pattern: /ce que l'appel finance|subvention|enveloppe/i, allowed: Boolean(call.funding) },
    { key: 'epci-candidat', pattern: /EPCI candidat/, allowed: types.includes('epci') || types.includes('groupement-epci') },
  ];
}

/** An organisation's name right after a preposition, without its article. */
const BARE_ORG = /\b(par|de|à|avec|pour|auprès de) (Agence|Région|Préfecture|Direction|Caisse|Secrétariat)\b/;

/** « le {label} », « la {label} », « du {label} » for every label an author writes. */
function fixedArticles(call: Call): RegExp[] {
  const labels = [
    call.actionAreas?.label,
    call.phases?.label,
    call.collective?.label,
    call.pricing?.label,
    ...call.application.sections.map((s) => s.title),
  ].filter((l): l is string => Boolean(l));
  const escape = (s: string) => normalise(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return labels.map((l) => new RegExp(`\\b(le|la|du) ${escape(l)}`, 'i'));
}

describe('a site with no call', () => {
  it('builds', () => {
    const b = builds.get('(vide)');
    expect(b?.ok, b?.log.slice(-3000)).toBe(true);
    expect(existsSync(join(distOf('(vide)'), 'index.html'))).toBe(true);
  });
});

describe.each(slugs)('corpus call %s', (slug) => {
  const call = callOf(slug);
  const dist = distOf(slug);
  let kit: KitText;
  let page: string;
  const words = authorWords(callFile(slug));

  beforeAll(async () => {
    if (!builds.get(slug)?.ok) return;
    page = pageText(dist, slug);
    kit = await kitText(dist, slug);
  });

  it('validates with no error', async () => {
    const report = await validateContent(join(corpusDir, slug), { cwd: root });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule} ${f.file}:${f.line} ${f.what}`)).toEqual([]);
  });

  it('builds', () => {
    const b = builds.get(slug);
    expect(b?.ok, b?.log.slice(-3000)).toBe(true);
  });

  it('keeps its page and kit texts as readable snapshots', async () => {
    await expect(page).toMatchFileSnapshot(`__snapshots__/${slug}/page.txt`);
    await expect(kit.files.join('\n')).toMatchFileSnapshot(`__snapshots__/${slug}/kit-files.txt`);
    for (const [name, text] of Object.entries(kit.texts)) {
      await expect(text).toMatchFileSnapshot(`__snapshots__/${slug}/${name}.txt`);
    }
  });

  it('mentions no section the call does not have', () => {
    const texts: [string, string][] = [['page', page], ...Object.entries(kit.texts)];
    const found: string[] = [];
    for (const rule of forbidden(call).filter((r) => !r.allowed)) {
      for (const [where, text] of texts) {
        const m = rule.pattern.exec(generatedOnly(text, words));
        if (m) found.push(`${rule.key} in ${where}: « ${m[0]} »`);
      }
    }
    const letterFile = kit.files.find((f) => f.startsWith('lettre-intention'));
    if (letterFile && !forbidden(call).find((r) => r.key === 'letter')!.allowed) found.push(`letter file ${letterFile}`);
    expect(found).toEqual([]);
  });

  it('names every organisation with its article and puts no fixed article before a label', () => {
    const texts: [string, string][] = [['page', page], ...Object.entries(kit.texts)];
    const found: string[] = [];
    for (const [where, text] of texts) {
      const generated = generatedOnly(text, words);
      const bare = BARE_ORG.exec(generated);
      if (bare) found.push(`${where}: « ${bare[0]} »`);
      for (const pattern of fixedArticles(call)) {
        const m = pattern.exec(generated);
        if (m) found.push(`${where}: « ${m[0]} »`);
      }
    }
    expect(found).toEqual([]);
  });

  it('gives a calendar file only to a call people apply to with a date published to the day, and no dossier to a programme nobody applies to', () => {
    const designation = call.application.mode === 'designation';
    // Issue 16: a call without any exact date has no calendar file (an empty one is no use).
    const exact = [...call.calendar, ...call.events].some((d) => ['day', 'day-time', 'day-at'].includes(d.date.type));
    expect(kit.files.includes('calendrier.ics')).toBe(!designation && exact);
    const docx = kit.files.filter((f) => f.endsWith('.docx'));
    if (call.application.mode === 'designation') expect(docx).toEqual([]);
    else expect(docx.length).toBeGreaterThan(0);
  });
});

// Keep a trace of the EXPECTED.md checks that need the data of one call.
describe('call-specific expectations (EXPECTED.md)', () => {
  const text = (slug: string) => normalise(pageText(distOf(slug), slug));
  it('Territoires d’industrie: period, exception, platform and envelope', () => {
    const t = text('territoires-d-industrie-2023');
    expect(t).toContain('2023-2027');
    expect(t).toContain('Par exception : une seule intercommunalité');
    expect(t).toContain('En ligne, sur Démarches simplifiées');
    expect(t).toContain('100 000 000 €');
    expect(t).toContain("publié par l'Agence nationale de la cohésion des territoires");
  });
  it('AACT-AIR: open between its two waves, each with its own state', () => {
    const t = text('aact-air-2023');
    expect(t).toContain('Prochaine date de dépôt : 2e date de dépôt, jeudi 25 mai 2023');
    expect(t).toMatch(/1re date de dépôt · Close/);
    expect(t).toMatch(/2e date de dépôt · Ouverte/);
    expect(t).not.toContain('Candidatures closes');
    expect(t).toContain('au plus 70 % des dépenses éligibles');
  });
  it('Petites villes de demain: no application, its own status', () => {
    const t = text('petites-villes-de-demain-2020');
    expect(t).toContain('Sans appel à candidatures');
    expect(t).toContain('de 800 à 1 000');
    expect(t).not.toMatch(/Ouvert|À venir|Où et comment déposer/);
  });
  it('TIGA: between its stages, the appel à projets to come, deadline with its hour', () => {
    const t = text('territoires-d-innovation-2017');
    expect(t).toContain('À venir');
    expect(t).toContain('Ouverture des candidatures : vendredi 23 novembre 2018');
    expect(t).toContain('vendredi 26 avril 2019 à 17 h 00');
    expect(t).toContain('24 présélectionnés');
  });
  it('Études intercommunales: dates not published', () => {
    expect(text('etudes-intercommunales-pays-de-la-loire')).toContain('Dates non publiées');
  });
  it('Diagnostics illettrisme: the correction notice next to its milestone', () => {
    const t = text('diagnostics-illettrisme-hauts-de-france-2023');
    expect(t).toContain('10 au plus');
    expect(t).toMatch(/dimanche 31 mars 2024[\s\S]*À noter : Le cahier des charges \(page 4\) indique « 15 mars 2024 »/);
  });
  it('AVELO 2: the e-mail contact on the page', () => {
    expect(text('avelo-2-2021')).toContain('AAPAVELO2@ademe.fr');
  });
});
