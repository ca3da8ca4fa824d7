/**
 * The Word files of the kit, read back with mammoth and an XML parser, against the content of the
 * fixture site (tests/fixtures/README.md): each property is checked on the fixture call that has
 * the shape it needs.
 */
import { describe, expect, it } from 'vitest';
import { buildKit, type Kit } from '../../src/lib/kit';
import { columnWidths, minColumnWidth, TEXT_WIDTH } from '../../src/lib/kit/docx-body';
import { formatDay } from '../../src/lib/shared/dates';
import type { Call } from '../../src/schemas/call';
import { loadCall, loadContext } from './kit-fixtures';
import { frenchTypography } from '../../src/lib/shared/french';
import { appraisalHeading, criteriaHeading, deadlineOnDay } from '../../src/lib/call-wording';
import { statusOfCall } from '../../src/lib/shared/status';
import {
  docxHtml,
  docxPart,
  docxRawText,
  plain,
  printed,
  styleOf,
  unzip,
  utf8,
  W_NS,
  wAll,
  wText,
} from './kit-readers';

const ctx = loadContext();
// Everything: a letter asked for, groupements, action areas asked about in a section, referents,
// criteria and appraisal, documents, a deadline with an hour; open on the fixture's `today`.
const foncier = loadCall('atelier-foncier');
// No letter, a collective of actors, brackets without amounts, conditions without criteria, rolling.
const reseau = loadCall('reseau-industrie');
// A deadline past on `today`.
const energie = loadCall('diagnostic-energie');
// No published date.
const club = loadCall('club-des-maires');
// An online form on a platform.
const pass = loadCall('pass-numerique');
const foncierKit = buildKit(foncier, ctx);
const reseauKit = buildKit(reseau, ctx);
const energieKit = buildKit(energie, ctx);
const clubKit = buildKit(club, ctx);
const passKit = buildKit(pass, ctx);
/** The kits with an application document to send (not an online form). */
const dossierKits = [foncierKit, reseauKit, energieKit, clubKit];

const file = (kit: Kit, name: string) => {
  const found = kit.files.find((f) => f.name === name);
  if (!found) throw new Error(`${name} absent du dossier ${kit.slug}`);
  return found.bytes;
};
const DOCX_PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'docProps/app.xml',
  'docProps/core.xml',
  'word/_rels/document.xml.rels',
  'word/document.xml',
  'word/fontTable.xml',
  'word/footer1.xml',
  'word/settings.xml',
  'word/styles.xml',
];

describe.each([
  // Asks for a letter and accepts groupements: both letter templates.
  [
    'atelier-foncier',
    foncierKit,
    'AFE',
    ['dossier-candidature.docx', 'lettre-intention.docx', 'lettre-intention-groupement.docx'],
  ],
  // Asks for no letter: no letter template (it would add a step the call does not state).
  ['reseau-industrie', reseauKit, 'RTID', ['dossier-candidature.docx']],
  ['diagnostic-energie', energieKit, 'DEN', ['dossier-candidature.docx']],
  ['club-des-maires', clubKit, 'CMB', ['dossier-candidature.docx']],
  // An online form: a document to prepare the answers, not one to send.
  ['pass-numerique', passKit, 'PNT', ['preparer-reponses.docx']],
] as const)('DOCX package of %s', (_slug, kit, shortName, expectedNames) => {
  const docxFiles = kit.files.filter((f) => f.name.endsWith('.docx'));

  it('has the Word files the call calls for, each a complete OPC package of well-formed XML', () => {
    expect(docxFiles.map((f) => f.name)).toEqual([...expectedNames]);
    for (const f of docxFiles) {
      const parts = unzip(f.bytes);
      expect(Object.keys(parts)).toEqual(DOCX_PARTS);
      for (const name of DOCX_PARTS) expect(() => docxPart(f.bytes, name)).not.toThrow();
    }
  });

  it('uses Word heading styles with outline levels, French as language, a title in the core properties', () => {
    for (const f of docxFiles) {
      const styles = docxPart(f.bytes, 'word/styles.xml');
      const byId = new Map(wAll(styles, 'style').map((s) => [s.getAttributeNS(W_NS, 'styleId'), s]));
      for (const [id, level] of [
        ['Heading1', '0'],
        ['Heading2', '1'],
      ] as const) {
        const style = byId.get(id);
        expect(style, id).toBeDefined();
        expect(wAll(style!, 'name')[0]?.getAttributeNS(W_NS, 'val')).toBe(
          id === 'Heading1' ? 'heading 1' : 'heading 2',
        );
        expect(wAll(style!, 'outlineLvl')[0]?.getAttributeNS(W_NS, 'val')).toBe(level);
      }
      const lang = wAll(wAll(styles, 'docDefaults')[0]!, 'lang')[0];
      expect(lang?.getAttributeNS(W_NS, 'val')).toBe('fr-FR');
      const core = utf8(unzip(f.bytes)['docProps/core.xml']!);
      expect(core).toMatch(/<dc:title>[^<]+<\/dc:title>/);
      expect(core).toContain('<dc:language>fr-FR</dc:language>');
      expect(core).toContain(`<cp:version>${kit.version}</cp:version>`);
      expect(core).toContain(`>${kit.version.slice(0, 10)}T00:00:00Z</dcterms:created>`);
    }
  });

  it('marks the first row of every table as a repeated header row, and gives every table a caption', () => {
    for (const f of docxFiles) {
      const doc = docxPart(f.bytes, 'word/document.xml');
      const tables = wAll(doc, 'tbl');
      if (f.name !== 'lettre-intention.docx') expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        const rows = wAll(table, 'tr');
        expect(wAll(rows[0]!, 'tblHeader')).toHaveLength(1);
        for (const row of rows.slice(1)) expect(wAll(row, 'tblHeader')).toHaveLength(0);
        expect(wAll(table, 'tblCaption')[0]?.getAttributeNS(W_NS, 'val')).toBeTruthy();
      }
    }
  });

  it('prints the call and the version stamp in the footer', () => {
    for (const f of docxFiles) {
      const footer = plain(wText(docxPart(f.bytes, 'word/footer1.xml').documentElement!));
      expect(footer).toContain(`version ${kit.version}`);
      expect(footer).toContain(`${shortName} – `);
    }
  });
});

/** Headings of the application document: [style, text]. */
function headings(docx: Uint8Array): [string, string][] {
  const doc = docxPart(docx, 'word/document.xml');
  return wAll(doc, 'p')
    .filter((p) => /^Heading\d$/.test(styleOf(p) ?? ''))
    .map((p) => [styleOf(p)!, plain(wText(p))]);
}

describe('dossier-candidature.docx of atelier-foncier', () => {
  const call: Call = foncier.data;
  const docx = file(foncierKit, 'dossier-candidature.docx');

  it('has one Heading2 per element the call asks for, in the call’s order, under a Heading1', async () => {
    const h = headings(docx);
    const h2 = h.filter(([s]) => s === 'Heading2').map(([, t]) => t);
    const sectionHeads = call.application.sections.map((s, i) => printed(`${i + 1}. ${s.title}`));
    expect(h2.slice(0, sectionHeads.length)).toEqual(sectionHeads);
    expect(h[0]?.[0]).toBe('Heading1');
    // mammoth reads them as real headings too.
    const html = await docxHtml(docx);
    expect(html).toContain(`<h2>1. ${frenchTypography(call.application.sections[0]!.title)}</h2>`);
    expect((html.match(/<h1>/g) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  it('states every criterion word for word under the call’s own heading, as a self-assessment grid', async () => {
    const text = plain(await docxRawText(docx));
    expect(call.criteria).toHaveLength(3);
    // One criterion has a text of its own, the others a title only.
    expect(call.criteria.map((c) => Boolean(c.text))).toEqual([false, true, false]);
    for (const c of call.criteria) {
      expect(text).toContain(printed(c.title));
      if (c.text) expect(text).toContain(printed(`${c.title} ${c.text}`));
    }
    const grid = wAll(docxPart(docx, 'word/document.xml'), 'tbl').find(
      (t) => wAll(t, 'tblCaption')[0]?.getAttributeNS(W_NS, 'val') === call.criteriaHeading,
    );
    expect(grid).toBeDefined();
    const rows = wAll(grid!, 'tr');
    expect(rows).toHaveLength(1 + call.criteria.length);
    expect(plain(wText(rows[1]!))).toContain(printed(call.criteria[0]!.title));
    expect(plain(wText(rows[2]!))).toContain(printed(call.criteria[1]!.text!));
    for (const row of rows.slice(1)) expect(wText(row)).toContain('☐ fort');
  });

  it('lists the three action areas word for word with a column for the applicant’s interest, quoting how they are chosen, inside the section about them', () => {
    const doc = docxPart(docx, 'word/document.xml');
    const areas = call.actionAreas!;
    expect(areas.items).toHaveLength(3);
    expect(areas.chosenByApplicant).toBe(false);
    const tables = wAll(doc, 'tbl').filter((t) =>
      (wAll(t, 'tblCaption')[0]?.getAttributeNS(W_NS, 'val') ?? '').startsWith('Briques d'),
    );
    // Once, in the section that asks about them: no heading of its own besides.
    expect(tables).toHaveLength(1);
    const table = tables[0];
    expect(headings(docx).map(([, t]) => t)).not.toContain('Briques d’actions : votre intérêt');
    const rows = wAll(table!, 'tr').slice(1);
    expect(rows.map((r) => plain(wText(wAll(r, 'tc')[1]!)))).toEqual(areas.items.map((a) => printed(a.title)));
    // The call asks for « votre intérêt », not a choice: nothing to tick, no 3-to-4 instruction.
    for (const r of rows) expect(wText(r)).not.toContain('☐');
    for (const r of rows) expect(r.getElementsByTagName('w14:checkbox')).toHaveLength(0);
    const rule = plain(wAll(doc, 'p').map(wText).join('\n'));
    expect(rule).not.toMatch(/Cochez|retenir de 1 à 2/);
    expect(rule).toContain(printed(`« ${areas.choice!} »`));
    // The table sits under the section on action areas (the 2nd), before the 3rd.
    const body = wAll(doc, 'body')[0]!;
    const order = Array.from(body.childNodes as unknown as ArrayLike<Element>).filter((n) => n.nodeType === 1);
    const index = (pred: (e: Element) => boolean) => order.findIndex(pred);
    const h2 = index(
      (e) => e.localName === 'p' && plain(wText(e)) === printed(`2. ${call.application.sections[1]!.title}`),
    );
    const h3 = index((e) => e.localName === 'p' && plain(wText(e)).startsWith('3. '));
    const t = order.indexOf(table!);
    expect(call.application.sections[1]!.title).toContain('briques d’actions');
    expect(h2).toBeGreaterThan(-1);
    expect(t).toBeGreaterThan(h2);
    expect(t).toBeLessThan(h3);
  });

  it('has a table for the referents with the call’s minimum and maximum per EPCI', async () => {
    const r = call.application.referents!;
    const text = plain(await docxRawText(docx));
    expect(text).toContain(`L’appel demande de ${r.min} à ${r.max} référents par EPCI`);
    expect(text).toContain(printed(r.role));
    const table = wAll(docxPart(docx, 'word/document.xml'), 'tbl').find((t) =>
      (wAll(t, 'tblCaption')[0]?.getAttributeNS(W_NS, 'val') ?? '').startsWith('Référents'),
    );
    const rows = wAll(table!, 'tr')
      .slice(1)
      .map((row) => plain(wText(row)));
    expect([r.min, r.max]).toEqual([1, 2]);
    expect(rows).toHaveLength(r.max);
    expect(rows.filter((t) => t.includes('obligatoire'))).toHaveLength(r.min);
    expect(rows.filter((t) => t.includes('facultatif'))).toHaveLength(r.max - r.min);
  });

  it('lists the documents to attach with who signs them', async () => {
    const text = plain(await docxRawText(docx));
    expect(call.application.documents.filter((d) => d.signedBy)).toHaveLength(1);
    for (const d of call.application.documents) {
      expect(text).toContain(printed(d.title));
      if (d.signedBy) expect(text).toContain(printed(d.signedBy));
    }
    // The one piece the call does not require.
    expect(call.application.documents.filter((d) => !d.required)).toHaveLength(1);
    expect(text).toContain('non, si utile');
  });

  it('says where, how and by when to submit, and whom to contact', async () => {
    const text = plain(await docxRawText(docx));
    // Submission is now a list of channels, with the call's own sentence apart (issue 11).
    expect(text).toContain(call.application.instructions!);
    expect(text).toContain('Par courriel : candidatures@val-d-ouve.example');
    // Open on the fixture's day (2026-06-15): the deadline with its hour.
    expect(text).toContain(`Date limite de candidature : ${plain(formatDay('2026-07-03'))} à 17 h 00.`);
    expect(text).not.toContain('Candidatures closes');
    for (const c of call.contacts) expect(text).toContain(c.email!);
    // The fuzzy milestones are given as published.
    expect(text).toContain('fin juillet 2026');
    expect(text).toContain('Comité de sélection');
  });

  it('gives the deadline of a closed call as past, never as an invitation', async () => {
    const text = plain(await docxRawText(file(energieKit, 'dossier-candidature.docx')));
    expect(text).toContain(`Candidatures closes (date limite : ${plain(formatDay('2026-03-31'))})`);
    expect(text).not.toContain('Date limite de candidature :');
  });

  it('gives the platform’s address for a call that takes applications online', async () => {
    const text = plain(await docxRawText(file(passKit, 'preparer-reponses.docx')));
    const platform = pass.data.application.submission.find((c) => c.channel === 'platform');
    expect(text).toContain(platform?.channel === 'platform' ? platform.url! : 'missing platform');
  });

  it('has fields for the EPCI or groupement and the date on its cover', async () => {
    const text = plain(await docxRawText(docx));
    expect(text).toContain('Nom de l’EPCI candidat ou du groupement');
    expect(text).toContain('Date de la candidature');
    expect(text).toContain(call.title);
  });
});

describe('dossier-candidature.docx of reseau-industrie (collective and budget)', () => {
  const call: Call = reseau.data;
  const docx = file(reseauKit, 'dossier-candidature.docx');

  it('has the collective of actors as a table, each member with its expected number', () => {
    const h1 = headings(docx)
      .filter(([s]) => s === 'Heading1')
      .map(([, t]) => t);
    // The author's label as the heading, with no article guessed before it (issue 11).
    const label = call.collective!.label;
    expect(h1).toContain(printed(label.charAt(0).toUpperCase() + label.slice(1)));
    expect(h1).not.toContain(printed(`Le ${label}`));
    const table = wAll(docxPart(docx, 'word/document.xml'), 'tbl').find((t) =>
      (wAll(t, 'tblCaption')[0]?.getAttributeNS(W_NS, 'val') ?? '').startsWith('Composition attendue'),
    );
    const rows = wAll(table!, 'tr')
      .slice(1)
      .map((r) => wAll(r, 'tc').map((c) => plain(wText(c))));
    expect(rows.map((r) => r[0]!.toLowerCase())).toEqual(
      call.collective!.members.map((m) => printed(m.title).toLowerCase()),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]![1]).toBe('au moins 3');
    expect(rows[1]![1]).toBe('1');
  });

  it('has the budget with the price range and every population bracket', async () => {
    const text = plain(await docxRawText(docx));
    expect(text).toContain('2 000 € HT à 9 000 € HT par an');
    expect(call.pricing!.brackets).toHaveLength(6);
    for (const b of call.pricing!.brackets) expect(text).toContain(printed(b.label));
    expect(text).toContain('reseau@val-d-ouve.example');
    const h1 = headings(docx)
      .filter(([s]) => s === 'Heading1')
      .map(([, t]) => t);
    expect(h1).toContain('Budget');
  });

  it('quotes the call’s own sentence on rolling applications, and gives no deadline', async () => {
    const text = plain(await docxRawText(docx));
    expect(text).toContain(`L’appel indique : « ${call.application.rollingStatement!} »`);
    expect(text).not.toContain('Date limite de candidature');
  });

  it('checks the call’s conditions instead of criteria', async () => {
    const text = plain(await docxRawText(docx));
    // Without criteria, the conditions are listed under their own heading (issue 11: no « critères de sélection » the call lacks).
    expect(call.criteria).toHaveLength(0);
    expect(text).toContain(printed('Vérifiez que votre candidature remplit chacune des conditions que l’appel fixe.'));
    expect(text).not.toContain('critères de sélection');
    expect(call.eligibility.conditions).toHaveLength(2);
    for (const c of call.eligibility.conditions) expect(text).toContain(printed(`${c.title} ${c.text!}`));
  });
});

describe('dossier-candidature.docx of club-des-maires (no published date)', () => {
  it('says the deadline is not stated, and invents no rolling intake', async () => {
    const text = plain(await docxRawText(file(clubKit, 'dossier-candidature.docx')));
    expect(text).toContain('Date limite de candidature : non précisée par l’appel.');
    expect(text).not.toMatch(/fil de l['’]eau/);
    expect(text).toContain('L’appel ne publie aucune date.');
  });
});

describe('letters of intent', () => {
  it('the single letter is signed by the President of the EPCI and quotes the document the call asks for', async () => {
    const text = plain(await docxRawText(file(foncierKit, 'lettre-intention.docx')));
    expect(text).toContain('Le Président ou la Présidente de l’EPCI');
    expect(text).toContain(
      '« Une lettre d’intention signée », signée par le président ou la présidente de l’intercommunalité, ou de chaque intercommunalité en cas de groupement',
    );
    expect(text).toContain('Atelier du foncier économique');
    // No commitment wording of the generator's own (it would follow one call into another).
    expect(text).not.toMatch(/Nous nous engageons|12 mois/);
  });

  it('the groupement letter has one signature block per EPCI', () => {
    const doc = docxPart(file(foncierKit, 'lettre-intention-groupement.docx'), 'word/document.xml');
    const table = wAll(doc, 'tbl').find((t) =>
      (wAll(t, 'tblCaption')[0]?.getAttributeNS(W_NS, 'val') ?? '').startsWith('Signatures'),
    );
    const rows = wAll(table!, 'tr');
    expect(plain(wText(rows[0]!))).toContain('Signature et cachet');
    expect(rows.slice(1).map((r) => plain(wText(wAll(r, 'tc')[0]!)))).toEqual([
      'EPCI 1 : [nom]',
      'EPCI 2 : [nom]',
      'EPCI 3 : [nom]',
      'EPCI 4 : [nom]',
    ]);
  });

  it('a call that asks for no letter gets no letter template, even when it accepts groupements', () => {
    expect(reseau.data.eligibility.applicants.map((a) => a.type)).toContain('groupement-epci');
    expect(reseau.data.application.documents).toHaveLength(0);
    expect(reseauKit.files.map((f) => f.name)).not.toContain('lettre-intention.docx');
    expect(reseauKit.files.map((f) => f.name)).not.toContain('lettre-intention-groupement.docx');
  });
});

describe('DOCX as a finished document (issue 16)', () => {
  const body = (kit: Kit, name: string) => wAll(docxPart(file(kit, name), 'word/document.xml'), 'body')[0]!;
  const caption = (t: Element) => wAll(t, 'tblCaption')[0]?.getAttributeNS(W_NS, 'val') ?? '';
  /** The body's paragraphs and tables, in order. */
  const blocks = (el: Element) =>
    Array.from(el.childNodes as unknown as ArrayLike<Element>).filter(
      (n) => n.nodeType === 1 && (n.localName === 'p' || n.localName === 'tbl'),
    );

  it('ticks boxes with Word checkbox content controls, unticked, in a named symbol font, in both calls', () => {
    for (const kit of [foncierKit, reseauKit]) {
      const doc = docxPart(file(kit, 'dossier-candidature.docx'), 'word/document.xml');
      const boxes = wAll(doc, 'sdt').filter((sdt) => sdt.getElementsByTagName('w14:checkbox').length === 1);
      expect(boxes.length).toBeGreaterThan(5);
      for (const sdt of boxes) {
        expect(sdt.getElementsByTagName('w14:checked')[0]?.getAttribute('w14:val')).toBe('0');
        expect(sdt.getElementsByTagName('w14:uncheckedState')[0]?.getAttribute('w14:font')).toBe('Segoe UI Symbol');
        expect(wText(sdt)).toBe('☐');
      }
      const fonts = utf8(unzip(file(kit, 'dossier-candidature.docx'))['word/fontTable.xml']!);
      expect(fonts).toContain('<w:font w:name="Segoe UI Symbol"><w:altName w:val="DejaVu Sans"/>');
    }
  });

  it('ends the dossier with a date and signature block kept on one page', () => {
    for (const kit of dossierKits) {
      const list = blocks(body(kit, 'dossier-candidature.docx'));
      const head = list.findIndex((b) => styleOf(b) === 'Heading1' && wText(b) === 'Date et signature');
      expect(head, kit.slug).toBeGreaterThan(0);
      // One paragraph whose lines never part (keepLines), the heading kept with it by its style,
      // and nothing written after it.
      const rest = list.slice(head + 1).filter((b) => plain(wText(b)) !== '');
      expect(rest, kit.slug).toHaveLength(1);
      const text = plain(wText(rest[0]!));
      const lines = [
        'Fait à ……………………………………, le ……………………………………',
        'Nom et prénom du signataire : ……………………………………………………',
        'Qualité : ……………………………………………………',
        'Signature et cachet :',
      ];
      const at = lines.map((l) => text.indexOf(l));
      expect(
        at.every((i) => i >= 0),
        text,
      ).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(wAll(rest[0]!, 'keepLines'), kit.slug).toHaveLength(1);
    }
  });

  it('ends each letter at its signature: the deadline is in the note to delete, not after the signature', () => {
    // Only atelier-foncier asks for a letter (the others get no template, issue 10).
    for (const name of ['lettre-intention.docx', 'lettre-intention-groupement.docx']) {
      const list = blocks(body(foncierKit, name)).filter((b) => plain(wText(b)) !== '');
      const last = list[list.length - 1]!;
      expect(plain(wText(last)), name).toMatch(/Signature et cachet|EPCI 4 : \[nom\]/);
      const guidance = list.find((b) => styleOf(b) === 'Consigne')!;
      // The note follows the status of the build day: a closed call is said closed (issue 10).
      expect(plain(wText(guidance))).toContain(
        printed(deadlineOnDay(foncier.data, statusOfCall(foncier.data, ctx.today).key)),
      );
      expect(list.filter((b) => /date limite/i.test(wText(b)))).toEqual([guidance]);
    }
  });

  it('keeps short tables whole (every row but the last keeps with the next) and never splits a row', () => {
    const doc = docxPart(file(foncierKit, 'dossier-candidature.docx'), 'word/document.xml');
    const tables = wAll(doc, 'tbl');
    const areas = tables.find((t) => caption(t).startsWith('Briques d’actions'))!;
    const rows = wAll(areas, 'tr');
    for (const row of rows) expect(wAll(row, 'cantSplit')).toHaveLength(1);
    for (const row of rows.slice(0, -1)) {
      for (const p of wAll(row, 'p')) expect(wAll(p, 'keepNext')).toHaveLength(1);
    }
    for (const p of wAll(rows[rows.length - 1]!, 'p')) expect(wAll(p, 'keepNext')).toHaveLength(0);
    // A long grid may run over pages, but its header row stays with its first row.
    const criteria = tables.find((t) => caption(t) === criteriaHeading(foncier.data))!;
    const critRows = wAll(criteria, 'tr');
    for (const p of wAll(critRows[0]!, 'p')) expect(wAll(p, 'keepNext')).toHaveLength(1);
    for (const p of wAll(critRows[1]!, 'p')) expect(wAll(p, 'keepNext')).toHaveLength(0);
  });

  it('sizes columns so that no header word is narrower than its column (« Obligatoire »)', () => {
    expect(minColumnWidth('Obligatoire')).toBeGreaterThan(minColumnWidth('Jointe'));
    const widths = columnWidths([
      { header: 'Pièce', weight: 6 },
      { header: 'Signée par', weight: 4 },
      { header: 'Obligatoire', weight: 2 },
      { header: 'Jointe', weight: 2 },
    ]);
    expect(widths.reduce((s, w) => s + w, 0)).toBe(TEXT_WIDTH);
    // By weight alone, « Obligatoire » would get 2/14 of the width, less than the word needs.
    expect(Math.floor((TEXT_WIDTH * 2) / 14)).toBeLessThan(minColumnWidth('Obligatoire'));
    expect(widths[2]).toBeGreaterThanOrEqual(minColumnWidth('Obligatoire'));
    expect(widths[0]).toBeLessThan(Math.floor((TEXT_WIDTH * 6) / 14));
  });

  it('shows the content the call gives the piece the sections detail: the sections it must detail', () => {
    const doc = docxPart(file(foncierKit, 'dossier-candidature.docx'), 'word/document.xml');
    const table = wAll(doc, 'tbl').find((t) => caption(t) === 'Pièces à joindre et signataires')!;
    const rows = wAll(table, 'tr').filter((r) => plain(wText(r)).includes('détaillant :'));
    expect(rows).toHaveLength(1);
    const lines = wAll(wAll(rows[0]!, 'tc')[0]!, 'p').map((p) => plain(wText(p)));
    expect(lines[0]).toBe('Une note de projet, détaillant :');
    expect(lines.slice(1)).toEqual(foncier.data.application.sections.map((s, i) => printed(`${i + 1}. ${s.title}`)));
    // A call with no such piece: no list is invented.
    const t = docxPart(file(reseauKit, 'dossier-candidature.docx'), 'word/document.xml');
    expect(plain(wAll(t, 'tbl').map(wText).join(' '))).not.toContain('détaillant :');
  });

  it('says each list heading once (the caption is only read), and puts the calendar and contacts at the top level', () => {
    const list = blocks(body(foncierKit, 'dossier-candidature.docx'));
    const tables = list.filter((b) => b.localName === 'tbl');
    // The headings come from the call's data (issue 10); atelier-foncier has both lists, each
    // under a heading of its own.
    expect(foncier.data.criteria.length && foncier.data.appraisal.length).toBeTruthy();
    expect(criteriaHeading(foncier.data)).toBe('Ce que l’agence regarde dans une candidature');
    expect(appraisalHeading(foncier.data)).toBe('Comment l’agence apprécie la candidature');
    for (const title of [criteriaHeading(foncier.data), appraisalHeading(foncier.data)]) {
      const shown = list.filter((b) => b.localName === 'p' && plain(wText(b)) === printed(title));
      expect(shown, title).toHaveLength(1);
      expect(tables.map((t) => plain(caption(t)))).toContain(printed(title));
    }
    const h = headings(file(foncierKit, 'dossier-candidature.docx'));
    expect(h).toContainEqual(['Heading1', 'Calendrier de l’appel']);
    expect(h).toContainEqual(['Heading1', 'Contacts']);
  });

  it('names the document in its properties from the content: title, subject, the publishing agency, fr-FR', () => {
    for (const [kit, { data: call }] of [
      [foncierKit, foncier],
      [reseauKit, reseau],
    ] as const) {
      const core = utf8(unzip(file(kit, 'dossier-candidature.docx'))['docProps/core.xml']!);
      expect(core).toContain(`<dc:title>Dossier de candidature – ${call.title} (${call.shortName})</dc:title>`);
      expect(core).toContain(`<dc:subject>`);
      expect(core).toContain(call.title);
      expect(core).toContain(`<dc:creator>${ctx.site.agencyName}</dc:creator>`);
      expect(core).toContain('<dc:language>fr-FR</dc:language>');
    }
  });

  it('writes typographic apostrophes and French spaces in every text, but not inside addresses', () => {
    expect(frenchTypography("L'appel d'Intercom : « oui »")).toBe('L’appel d’Intercom\u202F: «\u202Foui\u202F»');
    expect(frenchTypography("https://ex.fr/l'a et o'neil@ex.fr")).toBe("https://ex.fr/l'a et o'neil@ex.fr");
    expect(frenchTypography(frenchTypography("l'été"))).toBe('l’été');
    // The kits hold straight apostrophes to convert: the action areas' default label.
    expect(foncier.data.actionAreas!.label).toBe("briques d'actions");
    for (const kit of [...dossierKits, passKit]) {
      for (const f of kit.files.filter((x) => x.name.endsWith('.docx'))) {
        const text = wAll(docxPart(f.bytes, 'word/document.xml'), 't')
          .map((t) => t.textContent ?? '')
          .join('\n');
        expect(text, `${kit.slug}/${f.name}`).not.toMatch(/\p{L}'\p{L}/u);
      }
    }
  });
});
