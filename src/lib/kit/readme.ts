/**
 * `LISEZMOI.txt`: what each file of the kit is for, how to apply, and what the version
 * stamp means. Plain text in French, UTF-8 with a byte order mark and CRLF line ends so
 * that every text editor (Windows Notepad included) shows the accents.
 */
import { deadlineText, quote } from '../call-wording';
import { formatDay } from '../dates';
import { frenchList, NNBSP } from '../french';
import { applicationsOver } from '../status';
import { letterDocument } from './letter';
import { orgLabel, type KitSource } from './source';
import { asksForApplicationForm, callName, deadlineSentence } from './wording';
import { changeText } from '../amendments/diff';

export const TEXT_MIME = 'text/plain; charset=utf-8';

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
export function applySteps(source: KitSource): string[] {
  const { call, status } = source;
  const sub = call.application.submission;
  if (applicationsOver(status.key)) {
    const deadline = deadlineText(call);
    return [
      ...underline('Candidatures closes'),
      '',
      `L’appel ne reçoit plus de candidatures${deadline ? ` (la date limite était le ${deadline})` : ''}.`,
      `Ce dossier est conservé pour mémoire${NNBSP}: il décrit l’appel tel qu’il a été publié.`,
      '',
    ];
  }
  const steps: string[] = [];
  if (asksForApplicationForm(call)) {
    steps.push('Complétez le dossier de candidature (dossier-candidature.docx), qui reprend les demandes de l’appel.');
  } else {
    steps.push(
      `L’appel ne fixe ni la forme de la candidature ni de pièces à fournir${NNBSP}: le dossier de candidature ` +
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
  steps.push(`Transmettez votre candidature${NNBSP}: ${sub.instructions}`);
  const lines = steps.map((s, i) => `${i + 1}. ${s}`);
  if (sub.url) lines.push(`   En ligne${NNBSP}: ${sub.url}`);
  if (sub.email) lines.push(`   Par courriel${NNBSP}: ${sub.email}`);
  return [...underline('Pour candidater'), '', ...lines, '', deadlineSentence(call), ''];
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
    `Dossier de candidature – ${call.title} (${call.shortName})`,
    '',
    `${callName(call)}, organisé par ${frenchList(call.organisers.map((id) => orgLabel(source, id)))}.`,
    `Page de l’appel${NNBSP}: ${source.pageUrl}`,
    `Version du dossier${NNBSP}: ${source.version}`,
    `Statut au ${formatDay(source.today, { weekday: false })}${NNBSP}: ${status.label} – ${status.detail}.`,
    '',
    ...underline('Contenu du dossier'),
    '',
    ...entries.flatMap((e) => [`${e.name} – ${e.label}`, `    ${e.description}`, '']),
    ...applySteps(source),
    ...amendmentLines(source),
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
