/**
 * `LISEZMOI.txt`: what each file of the kit is for, how to apply, and what the version
 * stamp means. Plain text in French, UTF-8 with a byte order mark and CRLF line ends so
 * that every text editor (Windows Notepad included) shows the accents.
 */
import { deadlineSentence, noMoreApplications, NOT_STATED, quote } from '../call-wording';
import { formatDay } from '../shared/dates';
import { NNBSP } from '../shared/french';
import { applicationsOver } from '../shared/status';
import { letterDocument } from './letter';
import { orgPhrase, type KitSource } from './source';
import { channelLine, contactLine, fundingLines } from '../apply-wording';
import { periodText } from '../call-wording';
import { asksForApplicationForm, callName } from './wording';
import { changeText } from '../amendments/diff';

export const TEXT_MIME = 'text/plain; charset=utf-8';

/** File names of the Word document: a dossier to send, or answers to prepare for an online form. */
export const DOSSIER_NAME = ['dossier-candidature.docx', 'preparer-reponses.docx'] as const;

/** A file as LISEZMOI lists it. */
export interface ReadmeEntry {
  name: string;
  label: string;
  description: string;
}

const underline = (title: string) => [title, '-'.repeat([...title].length)];

/**
 * How to apply, step by step, with only the steps the call states: the letter when it asks
 * for one, the documents when it lists some, where to send and the deadline. A call whose
 * applications are over gets no steps: the kit is kept for the record.
 */
function applySteps(source: KitSource): string[] {
  const { call, status } = source;
  const { submission, instructions, format } = call.application;
  if (call.application.mode === 'designation') {
    return [...underline('Candidature'), '', deadlineSentence(call, source.today), ''];
  }
  if (applicationsOver(status.key)) {
    return [
      ...underline('Candidatures closes'),
      '',
      `${noMoreApplications(call, source.today)}.`,
      `Ce dossier est conservé pour mémoire${NNBSP}: il décrit l’appel tel qu’il a été publié.`,
      '',
    ];
  }
  const steps: string[] = [];
  if (format === 'online-form') {
    steps.push(
      `Préparez vos réponses avec le document ${DOSSIER_NAME[1]}, puis recopiez-les dans le formulaire en ligne.`,
    );
  } else if (asksForApplicationForm(call)) {
    steps.push('Complétez le dossier de candidature (dossier-candidature.docx), qui reprend les demandes de l’appel.');
  } else {
    steps.push(
      `L’appel ne fixe pas la forme de la candidature${NNBSP}: le dossier de candidature ` +
        '(dossier-candidature.docx) est un modèle facultatif proposé par ce site.',
    );
  }
  const letter = letterDocument(call);
  if (letter) {
    steps.push(
      `Complétez la lettre d’intention (lettre-intention.docx)${NNBSP}: l’appel demande ${quote(letter.title)}` +
        `${letter.signedBy ? `, signée par ${letter.signedBy}` : ''}.`,
    );
  }
  if (call.application.documents.length) {
    steps.push(`Réunissez les pièces listées dans la partie «${NNBSP}Pièces à joindre${NNBSP}» du dossier.`);
  }
  if (submission.length || instructions) {
    steps.push(`Transmettez votre candidature${instructions ? `${NNBSP}: ${instructions}` : '.'}`);
  } else {
    steps.push(`Où et comment déposer${NNBSP}: ${NOT_STATED}.`);
  }
  const lines = steps.map((s, i) => `${i + 1}. ${s}`);
  for (const c of submission) {
    const stage = c.stage ? call.selection.stages.find((s) => s.id === c.stage)?.title : undefined;
    lines.push(`   ${channelLine(c, stage)}`);
  }
  return [...underline('Pour candidater'), '', ...lines, '', deadlineSentence(call, source.today), ''];
}

/** The call's amendments since its first version, oldest first, each with what it changed. */
function amendmentLines(source: KitSource): string[] {
  const groups = source.history.groups;
  if (groups.length === 0) return [];
  return [
    ...underline('Modifications'),
    '',
    `L’appel a été modifié depuis sa première publication${NNBSP}:`,
    ...groups.flatMap((g) => [
      ...g.amendments.map((a) => `– ${formatDay(a.date, { weekday: false })}${NNBSP}: ${a.summary}`),
      ...g.changes.map((c) => `    ${changeText(c)}`),
    ]),
    '',
  ];
}

/** The text of LISEZMOI.txt (with BOM and CRLF). */
export function readmeText(source: KitSource, entries: readonly ReadmeEntry[]): string {
  const { call, status } = source;
  const lines = [
    `${call.application.mode === 'designation' ? 'Fiche de l’appel' : 'Dossier de candidature'} – ${call.title} (${call.shortName})`,
    '',
    `${callName(call)}, organisé ${orgPhrase(source, call.organisers, 'par')}.`,
    `Page de l’appel${NNBSP}: ${source.pageUrl}`,
    `Version du dossier${NNBSP}: ${source.version}`,
    `Statut au ${formatDay(source.today, { weekday: false })}${NNBSP}: ${status.label} – ${status.detail}.`,
    ...(call.period ? [`Période${NNBSP}: ${periodText(call.period)}.`] : []),
    '',
    ...underline('Contenu du dossier'),
    '',
    ...entries.flatMap((e) => [`${e.name} – ${e.label}`, `    ${e.description}`, '']),
    ...applySteps(source),
    ...amendmentLines(source),
    ...(fundingLines(call).length ? [...underline('Ce que l’appel finance'), '', ...fundingLines(call), ''] : []),
    ...(call.officialDocuments.length
      ? [
          ...underline('Documents officiels'),
          '',
          ...call.officialDocuments.map((d) => `${d.title}${NNBSP}: ${d.url ?? 'adresse non publiée'}`),
          '',
        ]
      : []),
    ...(call.contacts.length ? [...underline('Contacts'), '', ...call.contacts.map(contactLine), ''] : []),
    ...underline('Version'),
    '',
    `Tous les fichiers de ce dossier portent la même version, ${source.version}${NNBSP}: la date de la dernière`,
    `mise à jour de la fiche de l’appel (${formatDay(source.day, { weekday: false })}), suivie d’une empreinte de ses données.`,
    'Si la page de l’appel affiche une autre version, l’appel a été mis à jour depuis votre téléchargement' +
      `${NNBSP}: téléchargez de nouveau le dossier à l’adresse ${source.kitUrl.replace(/\/$/, '')}.zip`,
    '',
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}
