/**
 * The application kit of a call, built from the same data as its page:
 *
 * | file                              | what                                                  |
 * | --------------------------------- | ----------------------------------------------------- |
 * | `dossier-candidature.docx`        | the application document to fill in                   |
 * | `lettre-intention.docx`           | the letter of intent, signed by the President         |
 * | `lettre-intention-groupement.docx`| the same for a groupement (calls open to groupements) |
 * | `calendrier.ics`                  | the exact dates, for a calendar application            |
 * | `appel.json`                      | the call's complete data                              |
 * | `LISEZMOI.txt`                    | what each file is for                                 |
 *
 * and all of them in one ZIP. Every file carries the same version stamp. Nothing reads the
 * clock: the same content gives the same bytes on every build, in any time zone.
 */
import { dossierDocx } from './dossier';
import { DOCX_MIME } from './docx-package';
import { callCalendar, eventCount, ICS_MIME, siteCalendar, type SiteCalendarInfo } from './ics';
import { appelJson, JSON_MIME } from './json';
import { groupementLetterDocx, letterDocument, letterDocx } from './letter';
import { readmeText, TEXT_MIME, type ReadmeEntry } from './readme';
import { prepareSource, type KitSource } from './source';

export { prepareSource } from './source';
import type { Kit, KitCall, KitContext, KitFile } from './types';
import { acceptsGroupement } from './wording';
import { writeZip } from './zip';

export type { Kit, KitCall, KitContext, KitFile, OrganisationName } from './types';
export { appelJsonSchema, appelSchema, SCHEMA_PATH } from './json';
export { formatSize } from './size';

/** Name of the readme, listed last. */
export const README_NAME = 'LISEZMOI.txt';

const encoder = new TextEncoder();

interface Spec extends ReadmeEntry {
  mime: string;
  format: string;
  make: () => Uint8Array<ArrayBuffer>;
}

function specs(source: KitSource): Spec[] {
  const { call } = source;
  const asked = letterDocument(call);
  const letterNote = asked ? 'Pièce demandée par l’appel.' : 'L’appel ne la demande pas\u202F: modèle facultatif.';
  const list: Spec[] = [
    {
      name: 'dossier-candidature.docx',
      label: 'Dossier de candidature à compléter',
      description:
        'Le document de candidature (Word), rubrique par rubrique dans l’ordre de l’appel, avec la grille ' +
        'd’auto-évaluation, les pièces à joindre, le lieu et la date limite de dépôt.',
      mime: DOCX_MIME,
      format: 'DOCX',
      make: () => dossierDocx(source),
    },
    {
      name: 'lettre-intention.docx',
      label: 'Lettre d’intention (modèle)',
      description: `Modèle de lettre d’intention à signer par le Président ou la Présidente du candidat. ${letterNote}`,
      mime: DOCX_MIME,
      format: 'DOCX',
      make: () => letterDocx(source),
    },
  ];
  if (acceptsGroupement(call)) {
    list.push({
      name: 'lettre-intention-groupement.docx',
      label: 'Lettre d’intention d’un groupement (modèle)',
      description:
        'Variante de la lettre d’intention pour une candidature groupée, avec un bloc de signature par EPCI du groupement.',
      mime: DOCX_MIME,
      format: 'DOCX',
      make: () => groupementLetterDocx(source),
    });
  }
  list.push(
    {
      name: 'calendrier.ics',
      label: 'Calendrier de l’appel',
      description:
        eventCount(call) > 0
          ? 'Les dates publiées au jour près, à importer dans votre agenda (Outlook, Thunderbird, Google Agenda…). ' +
            'Les dates approximatives ne deviennent pas des événements\u202F: elles sont rappelées dans la description du calendrier.'
          : 'L’appel ne publie aucune date au jour près\u202F: ce calendrier ne contient aucun événement.',
      mime: ICS_MIME,
      format: 'ICS',
      make: () => encoder.encode(callCalendar(source)),
    },
    {
      name: 'appel.json',
      label: 'Données de l’appel',
      description: `Toutes les données de l’appel, pour un traitement informatique. Format décrit par ${source.siteUrl}/schemas/appel.schema.json.`,
      mime: JSON_MIME,
      format: 'JSON',
      make: () => encoder.encode(appelJson(source)),
    },
  );
  return list;
}

const cache = new Map<string, Kit>();

/**
 * The kit of a call, built once per call, version and site within a process (the call page
 * and the endpoints all ask for it during a build).
 */
export function buildKit(call: KitCall, ctx: KitContext): Kit {
  const source = prepareSource(call, ctx);
  const key = [source.siteUrl, source.agencyName, source.agencyShortName, call.slug, source.version].join('\u0000');
  const cached = cache.get(key);
  if (cached) return cached;
  const kit = makeKit(source);
  cache.set(key, kit);
  return kit;
}

/** Builds a kit without the cache (tests compare two builds). */
export function makeKit(source: KitSource): Kit {
  const list = specs(source);
  const readme: ReadmeEntry = {
    name: README_NAME,
    label: 'Mode d’emploi du dossier',
    description: 'Ce fichier\u202F: le rôle de chaque fichier, la marche à suivre et le sens de la version.',
  };
  const files: KitFile[] = list.map((s) => ({
    name: s.name,
    bytes: s.make(),
    mime: s.mime,
    label: s.label,
    format: s.format,
  }));
  files.push({
    name: README_NAME,
    bytes: encoder.encode(readmeText(source, [...list, readme])),
    mime: TEXT_MIME,
    label: readme.label,
    format: 'TXT',
  });
  const zip = writeZip(files, { day: source.day, comment: `${source.slug} ${source.version}` });
  return { slug: source.slug, version: source.version, files, zip, calendarEvents: eventCount(source.call) };
}

/** `/calendrier.ics`: every exact date of every call. */
export function buildSiteCalendar(
  calls: readonly KitCall[],
  ctx: KitContext,
  site: Omit<SiteCalendarInfo, 'url'>,
): string {
  return siteCalendar(
    calls.map((c) => prepareSource(c, ctx)),
    { ...site, url: ctx.site.url },
  );
}

/** The version stamp alone (cheap: no file is built). */
export function kitVersionOf(call: KitCall, ctx: KitContext): string {
  return prepareSource(call, ctx).version;
}
