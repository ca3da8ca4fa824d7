/**
 * `LISEZMOI.txt`: what each file of the kit is for, how to apply, and what the version
 * stamp means. Plain text in French, UTF-8 with a byte order mark and CRLF line ends so
 * that every text editor (Windows Notepad included) shows the accents.
 */
import { formatDay } from '../dates';
import { frenchList, NNBSP } from '../french';
import { orgLabel, type KitSource } from './source';
import { callName, deadlineSentence } from './wording';
import { changeText } from '../amendments/diff';

export const TEXT_MIME = 'text/plain; charset=utf-8';

/** A file as LISEZMOI lists it. */
export interface ReadmeEntry {
  name: string;
  label: string;
  description: string;
}

const underline = (title: string) => [title, '-'.repeat([...title].length)];

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
  const { call } = source;
  const sub = call.application.submission;
  const lines = [
    `Dossier de candidature – ${call.title} (${call.shortName})`,
    '',
    `${callName(call)}, organisé par ${frenchList(call.organisers.map((id) => orgLabel(source, id)))}.`,
    `Page de l’appel${NNBSP}: ${source.pageUrl}`,
    `Version du dossier${NNBSP}: ${source.version}`,
    '',
    ...underline('Contenu du dossier'),
    '',
    ...entries.flatMap((e) => [`${e.name} – ${e.label}`, `    ${e.description}`, '']),
    ...underline('Pour candidater'),
    '',
    `1. Complétez le dossier de candidature (dossier-candidature.docx) et la lettre d’intention.`,
    `2. Réunissez les pièces listées dans la partie «${NNBSP}Pièces à joindre${NNBSP}» du dossier.`,
    `3. Déposez votre candidature${NNBSP}: ${sub.instructions}`,
    ...(sub.url ? [`   En ligne${NNBSP}: ${sub.url}`] : []),
    ...(sub.email ? [`   Par courriel${NNBSP}: ${sub.email}`] : []),
    '',
    deadlineSentence(call),
    '',
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
