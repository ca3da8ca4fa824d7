/**
 * `dossier-candidature.docx`: the application document an EPCI fills in. Its parts follow
 * the call: the applicant, one section per element `application.sections` asks for (in
 * the call's order, with the action areas where the call asks about them), the collective
 * of local actors, the referents, the budget, a self-assessment grid over the lists the call
 * publishes (each under the call's own heading), the documents to attach, and where, how and
 * by when to submit. It states the call's status on the build's day; the site's notices are
 * marked as notes to delete before sending.
 */
import { contactPurposes } from '../../schemas/call';
import {
  actionAreasSentences,
  appraisalHeading,
  bracketAmount,
  criteriaHeading,
  deadlineOnDay,
  deadlineSentence,
  durationPhrase,
  isUnder,
  noMoreApplications,
  noticesFor,
  NOT_STATED,
  periodText,
  priceSentence,
  pricingAcknowledgements,
  rangeText,
} from '../call-wording';
import { boundsText } from '../shared/eligibility/brackets';
import { formatDay, formatFuzzyDate, interval } from '../shared/dates';
import { capitalise, formatNumber, NNBSP } from '../shared/french';
import { applicationsOver } from '../shared/status';
import { BOX, DocxBody, type Cell, type Content, type Inline } from './docx-body';
import { packDocx } from './docx-package';
import { orgLabel, orgPhrase, type KitSource } from './source';
import { channelLabel, channelTarget, contactTargets, fundingLines } from '../apply-wording';
import {
  acceptsGroupement,
  applicantLabels,
  applicantNoun,
  asksForApplicationForm,
  callName,
  looseIncludes,
} from './wording';

type Call = KitSource['call'];

/** The document's title: a dossier to send, or answers to prepare for an online form. */
function dossierTitle(call: Call): string {
  return call.application.format === 'online-form' ? 'Préparer vos réponses' : 'Dossier de candidature';
}

const box = (label: string): Inline[] => [{ text: '', checkbox: true }, ` ${label}`];
const titled = (title: string, text?: string): Cell => ({
  paras: text ? [{ text: title, bold: true }, text] : [{ text: title, bold: true }],
});

/**
 * The site's notices (acknowledged findings, content notices) are for readers, not part of the
 * form the applicant sends: printed as guidance, marked to delete before sending.
 */
function siteNote(doc: DocxBody, text: string): void {
  doc.guidance([
    { text: `Note du site, à supprimer avant l’envoi${NNBSP}: `, bold: true },
    text,
  ]);
}

/** The status of the day the kit was built; for a call no longer open, that the kit is kept for the record. */
function statusLine(doc: DocxBody, source: KitSource): void {
  const { call, status } = source;
  doc.p(`Statut au ${formatDay(source.today, { weekday: false })}${NNBSP}: ${status.label} – ${status.detail}.`, {
    after: applicationsOver(status.key) ? 0 : 240,
  });
  if (applicationsOver(status.key)) {
    doc.p(
      {
        text:
          `${noMoreApplications(call, source.today)}${NNBSP}: ` +
          'ce dossier est conservé pour mémoire et décrit l’appel tel qu’il a été publié.',
        bold: true,
      },
      { after: 240 },
    );
  }
}

function cover(doc: DocxBody, source: KitSource): void {
  const { call } = source;
  const applicant = applicantNoun(call);
  const groupement = acceptsGroupement(call);
  doc.p(dossierTitle(call), { style: 'Title' });
  doc.p(callName(call), { style: 'Subtitle' });
  if (call.tagline) doc.p({ text: call.tagline, italic: true });
  doc.p(
    `Organisé par ${orgPhrase(source, call.organisers, undefined)}` +
      (call.partners.length ? `, en partenariat avec ${orgPhrase(source, call.partners, undefined)}.` : '.'),
  );
  if (call.period) doc.p(`Période${NNBSP}: ${periodText(call.period)}.`);
  const duration = durationPhrase(call);
  if (duration) doc.p(`Accompagnement${NNBSP}: ${duration}.`);
  doc.p([
    `Version du dossier${NNBSP}: ${source.version}. Modèle établi à partir de la fiche de l’appel${NNBSP}: `,
    { text: source.pageUrl, link: source.pageUrl },
  ]);
  doc.guidance(
    call.application.format === 'online-form'
      ? `La candidature se dépose par un formulaire en ligne${NNBSP}: ce document, proposé par ce site, ` +
          'sert à préparer vos réponses avant de les recopier dans le formulaire. Il ne s’envoie pas.'
      : asksForApplicationForm(call)
      ? `Complétez les zones encadrées et les tableaux, cochez les cases (${BOX}) qui conviennent, puis joignez ce document ` +
          `à votre candidature${call.application.documents.length ? ' avec les pièces listées plus loin' : ''}. ` +
          'Les passages en italique reprennent les demandes de l’appel.'
      : `L’appel ne fixe pas la forme de la candidature${NNBSP}: ce modèle est facultatif, proposé par ce site. ` +
          'Les passages en italique reprennent le texte de l’appel.',
  );
  // Findings about the price are shown in the budget section instead, when there is one.
  const shownInBudget = (target: string) => call.pricing !== undefined && isUnder(target, 'pricing');
  for (const a of call.acknowledgements.filter((x) => !shownInBudget(x.target))) {
    siteNote(doc, a.reason);
  }
  for (const n of call.notices.filter((x) => !shownInBudget(x.target))) {
    siteNote(doc, n.text);
  }
  statusLine(doc, source);
  if (!applicationsOver(source.status.key)) doc.p(deadlineSentence(call, source.today), { after: 240 });

  doc.heading(1, 'Le candidat');
  const labels = applicantLabels(call);
  doc.p(`Peuvent candidater${NNBSP}: ${labels.length ? labels.join(`${NNBSP}; `) : NOT_STATED}.`);
  const rows: Cell[][] = [[`Nom ${applicant.ofApplicant}${groupement ? ' ou du groupement' : ''}`, '']];
  if (groupement) rows.push(['EPCI membres du groupement et EPCI chef de file (le cas échéant)', '']);
  if (call.eligibility.applicants.some((a) => a.population) && !call.pricing?.brackets.length) {
    rows.push(['Population (nombre d’habitants)', '']);
  }
  rows.push(['Adresse', '']);
  rows.push(['Président ou Présidente (prénom, nom)', '']);
  if (call.pricing?.brackets.length) rows.push(['Population du territoire (nombre d’habitants)', '']);
  rows.push(['Date de la candidature', '']);
  doc.table({
    caption: 'Identification du candidat',
    columns: [
      { header: 'Rubrique', weight: 2 },
      { header: 'À compléter', weight: 3 },
    ],
    rows,
    minRowHeight: 567,
    keepTogether: true,
  });
}

function actionAreasTable(doc: DocxBody, call: Call): void {
  const areas = call.actionAreas;
  if (!areas) return;
  // Ask to tick a number of areas only when the call says the applicant chooses them.
  for (const sentence of actionAreasSentences(call)) doc.guidance(sentence);
  const choose = areas.chosenByApplicant;
  doc.table({
    caption: choose
      ? `${capitalise(areas.label)} proposées (à cocher${NNBSP}: ${rangeText(areas.min, areas.max)})`
      : `${capitalise(areas.label)} proposées par l’appel`,
    columns: [
      { header: 'N°', weight: 1 },
      { header: capitalise(areas.label), weight: 6 },
      ...(choose ? [{ header: 'Choix', weight: 2 }] : []),
      { header: choose ? 'Vos attentes' : 'Votre intérêt', weight: 6 },
    ],
    rows: areas.items.map((item, i) => [
      String(i + 1),
      titled(item.title, item.text),
      ...(choose ? [box('retenue')] : []),
      '',
    ]),
    keepTogether: true,
  });
}

function sections(doc: DocxBody, source: KitSource): void {
  const { call } = source;
  const areas = call.actionAreas;
  doc.heading(1, 'Votre candidature');
  const list = call.application.sections;
  if (list.length === 0) {
    doc.guidance(
      'L’appel ne fixe pas de plan pour le document de candidature. Présentez votre territoire, votre projet ' +
        'et la façon dont vous répondez à chacune de ses conditions.',
    );
    doc.heading(2, 'Présentation de votre candidature');
    doc.answerBox(12);
  } else {
    doc.guidance(
      call.application.format === 'online-form'
        ? 'L’appel demande que la candidature détaille les points suivants, dans cet ordre.'
        : 'L’appel demande que le document de candidature détaille les points suivants, dans cet ordre.',
    );
  }
  let areasShown = false;
  list.forEach((section, i) => {
    doc.heading(2, `${i + 1}. ${section.title}`);
    if (section.text) doc.guidance(section.text);
    const aboutAreas = Boolean(areas && !areasShown && looseIncludes(section.title, areas.label));
    if (aboutAreas) {
      actionAreasTable(doc, call);
      areasShown = true;
    }
    doc.answerBox(aboutAreas ? 4 : 8);
  });
  if (areas && !areasShown) {
    doc.heading(2, `${capitalise(areas.label)}${NNBSP}: votre intérêt`);
    actionAreasTable(doc, call);
  }
}

function collective(doc: DocxBody, call: Call): void {
  const group = call.collective;
  if (!group) return;
  doc.heading(1, capitalise(group.label));
  doc.guidance(
    group.strength === 'required'
      ? 'L’appel demande que le territoire réunisse les acteurs ci-dessous, dans le nombre indiqué.'
      : 'L’appel invite le territoire à mobiliser, idéalement, les acteurs ci-dessous, dans le nombre indiqué.',
  );
  doc.table({
    caption: `Composition attendue${NNBSP}: ${group.label}`,
    columns: [
      { header: 'Acteur attendu', weight: 4 },
      { header: 'Nombre attendu', weight: 2 },
      { header: 'Structure et personne contact', weight: 6 },
      { header: 'Accord obtenu', weight: 2 },
    ],
    rows: group.members.map((m) => [
      capitalise(m.title),
      m.min > 1 ? `au moins ${formatNumber(m.min)}` : formatNumber(m.min),
      { paras: Array.from({ length: m.min }, (_, i) => (m.min > 1 ? `${i + 1}.` : '')) },
      box('oui'),
    ]),
    minRowHeight: 567,
    keepTogether: true,
  });
}

function referents(doc: DocxBody, call: Call): void {
  const r = call.application.referents;
  if (!r) return;
  const groupement = acceptsGroupement(call);
  doc.heading(1, 'Les référents');
  doc.guidance(
    `L’appel demande ${rangeText(r.min, r.max)} référent${r.max > 1 ? 's' : ''}` +
      (r.perEpci ? ` par EPCI (pour un groupement${NNBSP}: pour chaque EPCI du groupement)` : '') +
      `${NNBSP}: ${r.role}.` +
      (groupement && r.perEpci ? ' Pour un groupement, reprenez les lignes pour chaque EPCI.' : ''),
  );
  const columns = [
    { header: 'Référent', weight: 3 },
    ...(groupement ? [{ header: 'EPCI', weight: 3 }] : []),
    { header: 'Prénom et nom', weight: 3 },
    { header: 'Fonction', weight: 3 },
    { header: 'Courriel et téléphone', weight: 4 },
  ];
  doc.table({
    caption: `Référents (${rangeText(r.min, r.max)}${r.perEpci ? ' par EPCI' : ''})`,
    columns,
    rows: Array.from({ length: r.max }, (_, i) => [
      `Référent ${i + 1} (${i < r.min ? 'obligatoire' : 'facultatif'})`,
      ...(groupement ? [''] : []),
      '',
      '',
      '',
    ]),
    minRowHeight: 567,
    keepTogether: true,
  });
}

/** What the call gives, apart from its price: its own section. */
function funding(doc: DocxBody, call: Call): void {
  const lines = fundingLines(call);
  if (!lines.length) return;
  doc.heading(1, 'Ce que l’appel finance');
  for (const line of lines) doc.p(line);
}

function budget(doc: DocxBody, source: KitSource): void {
  const { call } = source;
  const pricing = call.pricing;
  if (!pricing && !call.free) return;
  doc.heading(1, 'Budget');
  if (call.free) doc.p('La participation est gratuite.');
  if (!pricing) return;
  doc.p(priceSentence(pricing));
  if (pricing.basis) doc.guidance(pricing.basis);
  if (pricing.brackets.length) {
    doc.table({
      caption: 'Tranches de population publiées (cochez celle de votre territoire)',
      columns: [
        { header: 'Tranche publiée', weight: 4 },
        { header: 'Bornes', weight: 4 },
        { header: 'Montant', weight: 2 },
        { header: 'Votre territoire', weight: 2 },
      ],
      rows: pricing.brackets.map((b) => [b.label, boundsText(b), bracketAmount(b, pricing.tax), box('oui')]),
      keepTogether: true,
    });
  }
  for (const a of pricingAcknowledgements(call)) siteNote(doc, a.reason);
  for (const text of noticesFor(call, 'pricing')) siteNote(doc, text);
  doc.p(`Population de votre territoire${NNBSP}: ………… habitants.`);
  const quote = call.contacts.find((c) => c.purpose === 'devis' && c.email);
  if (quote?.email) {
    doc.p([
      `Pour connaître le montant qui s’applique à votre territoire, écrivez à `,
      { text: quote.email, link: `mailto:${quote.email}` },
      quote.name ? ` (${quote.name}).` : '.',
    ]);
  }
}

function assessmentTable(doc: DocxBody, caption: string, items: Call['criteria'], showCaption = true): void {
  doc.table({
    caption,
    showCaption,
    columns: [
      { header: 'Point publié par l’appel', weight: 7 },
      { header: 'Votre appréciation', weight: 3 },
      { header: 'Où votre dossier y répond', weight: 4 },
    ],
    rows: items.map((c) => [titled(c.title, c.text), { paras: [box('fort'), box('moyen'), box('faible')] }, '']),
  });
}

function selfAssessment(doc: DocxBody, call: Call): void {
  if (!call.criteria.length && !call.appraisal.length) {
    if (!call.eligibility.conditions.length) return;
    doc.heading(1, 'Conditions de l’appel');
  } else {
    doc.heading(1, 'Grille d’auto-évaluation');
  }
  // Each list under the call's own heading; no sentence on who uses it for what.
  if (call.criteria.length) {
    doc.heading(2, criteriaHeading(call));
    doc.guidance('Situez votre candidature pour chacun de ces points et indiquez la partie du dossier qui y répond.');
    // The heading says it already: the caption is only read by screen readers.
    assessmentTable(doc, criteriaHeading(call), call.criteria, false);
  }
  if (call.appraisal.length) {
    doc.heading(2, appraisalHeading(call));
    // The heading says it already: the caption is only read by screen readers.
    assessmentTable(doc, appraisalHeading(call), call.appraisal, false);
  }
  if (!call.criteria.length && !call.appraisal.length) {
    doc.guidance('Vérifiez que votre candidature remplit chacune des conditions que l’appel fixe.');
    if (call.eligibility.conditions.length) {
      doc.table({
        caption: 'Conditions de l’appel',
        columns: [
          { header: 'Condition de l’appel', weight: 8 },
          { header: 'Remplie', weight: 2 },
          { header: 'Commentaire', weight: 4 },
        ],
        rows: call.eligibility.conditions.map((c) => [titled(c.title, c.text), box('oui'), '']),
      });
    }
  }
}

/** A piece's cell: its title and text, and for the document the sections detail, their list. */
function pieceCell(call: Call, d: Call['application']['documents'][number]): Cell {
  const sections = d.detailsSections ? call.application.sections : [];
  if (!sections.length) return titled(d.title, d.text);
  return {
    paras: [
      [{ text: d.title, bold: true }, `, détaillant${NNBSP}:`],
      ...sections.map((s, i) => `${i + 1}. ${s.title}${s.text ? ` (${s.text})` : ''}`),
      ...(d.text ? [d.text] : []),
    ],
  };
}

function documents(doc: DocxBody, call: Call): void {
  const docs = call.application.documents;
  // No list of documents: no section about them (the call states none).
  if (!docs.length) return;
  doc.heading(1, 'Pièces à joindre');
  doc.table({
    caption: 'Pièces à joindre et signataires',
    columns: [
      { header: 'Pièce', weight: 8 },
      { header: 'Signée par', weight: 4 },
      { header: 'Obligatoire', weight: 2 },
      { header: 'Jointe', weight: 2 },
    ],
    rows: docs.map((d) => [pieceCell(call, d), d.signedBy ?? '—', d.required ? 'oui' : 'non, si utile', box('oui')]),
    keepTogether: true,
  });
}

function submission(doc: DocxBody, source: KitSource): void {
  const { call } = source;
  doc.heading(1, 'Dépôt de la candidature');
  if (call.application.instructions) doc.p(call.application.instructions);
  if (call.application.submission.length === 0 && !call.application.instructions) {
    doc.p(`Où et comment déposer${NNBSP}: ${NOT_STATED}.`);
  }
  for (const c of call.application.submission) {
    const target = channelTarget(c);
    const stage = c.stage ? call.selection.stages.find((s) => s.id === c.stage)?.title : undefined;
    doc.p([
      `${channelLabel(c)}${stage ? ` (${stage})` : ''}${target ? `${NNBSP}: ` : ''}`,
      ...(target ? [target.href ? { text: target.text, link: target.href } : target.text] : []),
    ]);
  }
  doc.p({ text: deadlineOnDay(call, source.status.key, source.today), bold: true });
  if (call.selection.process) doc.p(call.selection.process);

  doc.heading(1, 'Calendrier de l’appel');
  const rows: { date: Call['calendar'][number]['date']; title: string }[] = call.calendar.map((m) => ({
    date: m.date,
    title: m.title,
  }));
  for (const e of call.events) {
    const start = interval(e.date).earliest;
    const at = rows.findIndex((r) => interval(r.date).earliest > start);
    rows.splice(at === -1 ? rows.length : at, 0, { date: e.date, title: e.title });
  }
  if (rows.length) {
    doc.table({
      caption: 'Calendrier publié',
      columns: [
        { header: 'Date', weight: 2 },
        { header: 'Étape', weight: 3 },
      ],
      rows: rows.map((r) => [formatFuzzyDate(r.date), r.title]),
      keepTogether: true,
    });
  } else {
    doc.p('L’appel ne publie aucune date.');
  }

  if (call.contacts.length === 0) return;
  doc.heading(1, 'Contacts');
  for (const c of call.contacts) {
    const parts: Content[] = [`${contactPurposes[c.purpose]}${NNBSP}: `];
    if (c.name) parts.push(`${c.name}, `);
    contactTargets(c).forEach((t, i) => {
      if (i > 0) parts.push(', ');
      parts.push(t.kind === 'phone' ? t.text : { text: t.text, link: t.href });
    });
    if (c.organisation) parts.push(` (${orgLabel(source, c.organisation)})`);
    doc.p(parts.flat());
  }
}

/** Where the applicant dates and signs the document: it closes the dossier and stays on one page. */
function signature(doc: DocxBody): void {
  doc.heading(1, 'Date et signature');
  // One paragraph whose lines never part, with the room to sign after it: LibreOffice broke a
  // chain of kept paragraphs here and left the heading or the first line alone on a page.
  doc.p(
    [
      'Fait à ……………………………………, le ……………………………………',
      `Nom et prénom du signataire${NNBSP}: ……………………………………………………`,
      `Qualité${NNBSP}: ……………………………………………………`,
      `Signature et cachet${NNBSP}:`,
    ].join('\n\n'),
    { keepLines: true, after: 1701 },
  );
}

/** The application document's bytes. */
export function dossierDocx(source: KitSource): Uint8Array<ArrayBuffer> {
  const { call } = source;
  const doc = new DocxBody();
  cover(doc, source);
  sections(doc, source);
  collective(doc, call);
  referents(doc, call);
  budget(doc, source);
  funding(doc, call);
  selfAssessment(doc, call);
  documents(doc, call);
  submission(doc, source);
  // Answers prepared for an online form are copied into it, not signed and sent.
  if (call.application.format !== 'online-form') signature(doc);
  return packDocx(doc, {
    title: `${dossierTitle(call)} – ${call.title} (${call.shortName})`,
    subject: callName(call),
    creator: source.agencyName,
    keywords: `${call.shortName}; dossier de candidature; ${source.version}`,
    description: `Dossier de candidature à compléter, version ${source.version}. ${source.pageUrl}`,
    version: source.version,
    day: source.day,
    footer: `${call.shortName} – ${dossierTitle(call)} – version ${source.version}`,
  });
}
