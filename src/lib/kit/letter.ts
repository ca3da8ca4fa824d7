/**
 * The letters of intent, built only for a call that asks for a letter: `lettre-intention.docx`,
 * signed by the President of the applicant EPCI, and, for calls open to groupements of EPCIs,
 * `lettre-intention-groupement.docx`,
 * with one signature block per EPCI of the groupement. Both are templates: the parts
 * between brackets are for the applicant to fill in.
 */
import { NNBSP } from '../shared/french';
import { DocxBody } from './docx-body';
import { packDocx } from './docx-package';
import { orgLabel, orgPhrase, type KitSource } from './source';
import { deadlineOnDay } from '../call-wording';
import { acceptsGroupement, applicantNoun, callName, toCallName } from './wording';

type Call = KitSource['call'];

/** Number of signature blocks in the groupement letter (one per EPCI; rows can be added). */
export const GROUPEMENT_BLOCKS = 4;

/** The document the call asks for that is a letter, if any ("Une simple lettre d'intention"). */
export function letterDocument(call: Call): Call['application']['documents'][number] | undefined {
  return call.application.documents.find((d) => /lettre/i.test(`${d.id} ${d.title}`));
}

function instructions(doc: DocxBody, source: KitSource, groupement: boolean): void {
  const { call } = source;
  const asked = letterDocument(call);
  const what = asked
    ? `L’appel demande${NNBSP}: «${NNBSP}${asked.title}${NNBSP}»${asked.signedBy ? `, signée par ${asked.signedBy}` : ''}.`
    : `L’appel ne demande pas de lettre d’intention${NNBSP}: ce modèle est facultatif.`;
  const other = acceptsGroupement(call)
    ? groupement
      ? ' Pour une candidature d’un seul EPCI, utilisez le modèle «\u202Flettre-intention.docx\u202F».'
      : ' Pour une candidature groupée, utilisez le modèle «\u202Flettre-intention-groupement.docx\u202F».'
    : '';
  // The deadline belongs to this note, which is deleted before sending: the letter ends at its
  // signature. On a call no longer taking applications, the note says so instead (issue 10).
  doc.guidance(
    `Modèle à compléter${NNBSP}: remplacez les passages entre crochets, puis supprimez cette consigne avant l’envoi. ` +
      `${what}${other} ${deadlineOnDay(call, source.status.key)}`,
  );
}

function heading(doc: DocxBody, source: KitSource, sender: string): void {
  const { call } = source;
  doc.p(`${sender}\n[Adresse]\n[Code postal et commune]`, { after: 360 });
  doc.p(call.organisers.map((id) => orgLabel(source, id)).join('\n'), { align: 'right', after: 360 });
  doc.p('[Commune], le [date]', { align: 'right', after: 360 });
  doc.p(
    [{ text: `Objet${NNBSP}: `, bold: true }, `candidature ${toCallName(call)} – lettre d’intention`],
    {
      after: 240,
    },
  );
  doc.p('Madame, Monsieur,');
}

/**
 * The body between the opening and the closing: only placeholders for the applicant's own
 * words. The letter states no commitment of its own: what the call asks the applicant to
 * commit to is in the dossier, in the call's words.
 */
function commitments(doc: DocxBody): void {
  doc.p('[Présentez en quelques lignes les raisons de votre candidature et l’ambition de votre territoire.]');
  doc.p('[Le cas échéant, précisez les engagements que votre territoire prend au regard de l’appel.]');
  doc.p('Nous restons à votre disposition pour tout complément d’information.');
  doc.p('Nous vous prions d’agréer, Madame, Monsieur, l’expression de notre considération distinguée.', {
    after: 480,
    keepNext: true,
  });
}

function meta(source: KitSource, title: string) {
  const { call } = source;
  return {
    title: `${title} – ${call.title} (${call.shortName})`,
    subject: callName(call),
    creator: source.agencyName,
    keywords: `${call.shortName}; lettre d’intention; ${source.version}`,
    description: `${title}, modèle à compléter, version ${source.version}. ${source.pageUrl}`,
    version: source.version,
    day: source.day,
    footer: `${call.shortName} – ${title} – version ${source.version}`,
  };
}

/** The letter for a single applicant, signed by its President. */
export function letterDocx(source: KitSource): Uint8Array<ArrayBuffer> {
  const { call } = source;
  const applicant = applicantNoun(call);
  const name = `[Nom ${applicant.of}]`;
  const doc = new DocxBody();
  doc.p('Lettre d’intention', { style: 'Title' });
  instructions(doc, source, false);
  heading(doc, source, name);
  doc.p(
    `Par la présente, ${name} fait acte de candidature ${toCallName(call)}, porté ` +
      `${orgPhrase(source, call.organisers, 'par')}.`,
  );
  commitments(doc);
  doc.p(`Le Président ou la Présidente ${applicant.of}\n[Prénom et nom]\n\n\n[Signature et cachet]`, {
    align: 'right',
    keepLines: true,
  });
  return packDocx(doc, meta(source, 'Lettre d’intention'));
}

/** The letter for a groupement of EPCIs, with one signature block per EPCI. */
export function groupementLetterDocx(source: KitSource): Uint8Array<ArrayBuffer> {
  const { call } = source;
  const doc = new DocxBody();
  doc.p('Lettre d’intention – candidature groupée', { style: 'Title' });
  instructions(doc, source, true);
  heading(doc, source, '[Nom de l’EPCI chef de file], pour le groupement [nom du groupement]');
  doc.p(
    `Par la présente, les EPCI signataires, réunis en groupement, font acte de candidature commune ` +
      `${toCallName(call)}, porté ${orgPhrase(source, call.organisers, 'par')}. ` +
      `L’EPCI chef de file du groupement est [nom de l’EPCI].`,
  );
  commitments(doc);
  doc.guidance(
    `Un bloc de signature par EPCI du groupement, signé par son Président ou sa Présidente${NNBSP}: ` +
      'ajoutez ou supprimez des lignes selon le nombre d’EPCI.',
  );
  doc.table({
    caption: 'Signatures des Présidents des EPCI du groupement',
    columns: [
      { header: 'EPCI', weight: 3 },
      { header: 'Président ou Présidente (prénom et nom)', weight: 3 },
      { header: 'Date', weight: 2 },
      { header: 'Signature et cachet', weight: 4 },
    ],
    rows: Array.from({ length: GROUPEMENT_BLOCKS }, (_, i) => [`EPCI ${i + 1}${NNBSP}: [nom]`, '', '', '']),
    minRowHeight: 1417,
    keepTogether: true,
  });
  return packDocx(doc, meta(source, 'Lettre d’intention – candidature groupée'));
}
