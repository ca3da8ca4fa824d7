/**
 * The application kit of a call, built from the same data as its page:
 *
 * | file                              | what                                                  |
 * | --------------------------------- | ----------------------------------------------------- |
 * | `dossier-candidature.docx`        | the application document to fill in                   |
 * | `lettre-intention.docx`           | the letter of intent (only when the call asks for one)|
 * | `lettre-intention-groupement.docx`| the same for a groupement (and groupements accepted)  |
 * | `calendrier.ics`                  | the exact dates (only when the call publishes one)    |
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
import { DOSSIER_NAME, readmeText, TEXT_MIME, type ReadmeEntry } from './readme';
import { prepareSource, type KitSource } from './source';

export { prepareSource } from './source';
import type { Kit, KitCall, KitContext, KitFile } from './types';
import { acceptsGroupement, asksForApplicationForm } from './wording';
import { writeZip } from './zip';

export type { Kit, KitCall, KitContext, KitFile, KitListing, OrganisationName } from './types';
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
  // A letter template only when the call asks for a letter: a template for a letter the
  // call does not ask for would add a step that the call does not state.
  const asked = letterDocument(call);
  const online = call.application.format === 'online-form';
  const list: Spec[] = [];
  // Nobody applies to a programme whose members are designated: no document to fill in.
  if (call.application.mode !== 'designation' && online) {
    list.push({
      name: DOSSIER_NAME[1],
      label: 'Préparer vos réponses au formulaire en ligne',
      description:
        'La candidature se dépose par un formulaire en ligne\u202F: ce document Word, proposé par ce site, sert à ' +
        'préparer les réponses avant de les recopier dans le formulaire.',
      mime: DOCX_MIME,
      format: 'DOCX',
      make: () => dossierDocx(source),
    });
  }
  if (call.application.mode !== 'designation' && !online) list.push(
    {
      name: DOSSIER_NAME[0],
      label: asksForApplicationForm(call)
        ? 'Dossier de candidature à compléter'
        : 'Modèle facultatif de dossier de candidature',
      description: asksForApplicationForm(call)
        ? 'Le document de candidature (Word), rubrique par rubrique dans l’ordre de l’appel, avec les listes ' +
          'qu’il publie, les pièces à joindre et le lieu de dépôt.'
        : 'L’appel ne fixe pas la forme de la candidature\u202F: ce document Word est un modèle facultatif, ' +
          'proposé par ce site, qui reprend les conditions publiées.',
      mime: DOCX_MIME,
      format: 'DOCX',
      make: () => dossierDocx(source),
    },
  );
  if (asked) {
    list.push({
      name: 'lettre-intention.docx',
      label: 'Lettre d’intention (modèle)',
      description: `Modèle de la pièce demandée par l’appel\u202F: «\u202F${asked.title}\u202F»${asked.signedBy ? `, signée par ${asked.signedBy}` : ''}.`,
      mime: DOCX_MIME,
      format: 'DOCX',
      make: () => letterDocx(source),
    });
  }
  if (asked && acceptsGroupement(call)) {
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
  // Nobody applies to a programme by designation: no calendar of applications. A call without
  // any date published to the day gets no calendar: an empty one is no use. One whose exact
  // dates an amendment removed keeps it, holding the cancelled events, so that calendars that
  // imported it remove them.
  if (call.application.mode !== 'designation' && (eventCount(call) > 0 || source.revisions.cancelled.length > 0)) {
    list.push({
      name: 'calendrier.ics',
      label: 'Calendrier de l’appel',
      description:
        'Les dates publiées au jour près, à importer dans votre agenda (Outlook, Thunderbird, Google Agenda…). ' +
        'Les dates approximatives ne deviennent pas des événements\u202F: elles sont rappelées dans la description du calendrier.',
      mime: ICS_MIME,
      format: 'ICS',
      make: () => encoder.encode(callCalendar(source)),
    });
  }
  list.push({
    name: 'appel.json',
    label: 'Données de l’appel',
    description: `Toutes les données de l’appel, pour un traitement informatique. Format décrit par ${source.siteUrl}/schemas/appel.schema.json.`,
    mime: JSON_MIME,
    format: 'JSON',
    make: () => encoder.encode(appelJson(source)),
  });
  return list;
}

const cache = new Map<string, Kit>();

/**
 * The kit of a call, built once per call, version and site within a process (the call page
 * and the endpoints all ask for it during a build).
 */
export function buildKit(call: KitCall, ctx: KitContext): Kit {
  const source = prepareSource(call, ctx);
  const key = [source.siteUrl, source.agencyName, source.agencyShortName, call.slug, source.version, source.today].join('\u0000');
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
  // The archive unpacks into one folder named after the call.
  const zip = writeZip(
    files.map((f) => ({ name: `${source.slug}/${f.name}`, bytes: f.bytes, stored: f.format === 'DOCX' })),
    { day: source.day, comment: `${source.slug} ${source.version}` },
  );
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
