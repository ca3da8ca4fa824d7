/**
 * `calendrier.ics` (one call) and `/calendrier.ics` (every call).
 *
 * Only dates published to the day become events: a `day` milestone is an all-day event
 * (VALUE=DATE), a `day-time` one a timed event in Europe/Paris (TZID, with its VTIMEZONE).
 * Fuzzy dates ("mi-novembre 2023", "été 2024", ranges of months) are never turned into
 * invented days: they are listed, as published, in the calendar's description
 * (X-WR-CALDESC and DESCRIPTION). A call without any exact date gets no calendar file in
 * its kit (`index.ts`): the page and LISEZMOI say so instead of offering an empty calendar.
 *
 * UIDs are `<milestone-id>.<call-slug>@<site host>`; DTSTAMP is the version's day (the later of
 * `updated` and the last amendment) at 00:00 UTC, so two builds of the same content give the
 * same bytes. An entry an amendment changed keeps its UID and gets SEQUENCE (how many amendment
 * groups changed it) and LAST-MODIFIED (the last one's date); an entry an amendment removed
 * from the exact dates is published with STATUS:CANCELLED (see `src/lib/amendments/sequence.ts`).
 */
import { milestoneKinds, type Call } from '../../schemas/call';
import type { FuzzyDate } from '../../schemas/date';
import { addDays, formatDay, formatFuzzyDate, isExact } from '../shared/dates';
import { NNBSP } from '../shared/french';
import { escapeText, icsStream } from './ics-text';
import { PARIS_TZID, parisTimezone } from './ics-timezone';
import type { KitSource } from './source';
import { cancelledAsCall } from '../amendments/sequence';
import { callName } from './wording';
import { noticesFor } from '../call-wording';

export const ICS_MIME = 'text/calendar; charset=utf-8';

/** A dated entry of a call: a calendar milestone or an information event. */
interface Dated {
  id: string;
  title: string;
  date: FuzzyDate;
  /** "Date limite de candidature", "Réunion d'information". */
  kind: string;
  details: string[];
}

const compact = (isoDay: string) => isoDay.replace(/-/g, '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;

/**
 * Milestones then information events, in the call's order. Entries cancelled by an amendment
 * come without the call's stages and notices.
 */
function datedEntries(call: Pick<Call, 'calendar' | 'events'> & Partial<Pick<Call, 'selection' | 'notices'>>): Dated[] {
  return [
    ...call.calendar.map((m) => {
      const stage = m.stage ? call.selection?.stages.find((s) => s.id === m.stage)?.title : undefined;
      return {
        id: m.id,
        // A wave is named in the event's title: two deposit dates must not read the same in an agenda.
        title: m.wave ? `${m.title} (${m.wave})` : m.title,
        date: m.date,
        kind: m.wave ? 'Date de dépôt' : milestoneKinds[m.kind],
        details: [
          ...(m.group ?? stage ? [`Étape${NNBSP}: ${m.group ?? stage}.`] : []),
          ...(call.notices ? noticesFor({ notices: call.notices }, `calendar.${m.id}`) : []).map((n) => `À noter${NNBSP}: ${n}`),
        ],
      };
    }),
    ...call.events.map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date,
      kind: 'Réunion d’information',
      details: [e.host ? `${e.host}.` : '', e.access ?? ''].filter(Boolean),
    })),
  ];
}

function eventLines(source: KitSource, entry: Dated, cancelled = false): string[] {
  const { call } = source;
  const date = entry.date;
  if (!isExact(date)) return [];
  // Changed by an amendment: same UID, a higher SEQUENCE, so calendars update the event.
  const revision = source.revisions.revisions[entry.id];
  const when =
    date.type === 'day-at'
      ? [`DTSTART;TZID=${PARIS_TZID}:${compact(date.date)}T${compactTime(date.time)}`]
      : date.type === 'day-time'
      ? [
          `DTSTART;TZID=${PARIS_TZID}:${compact(date.date)}T${compactTime(date.start)}`,
          `DTEND;TZID=${PARIS_TZID}:${compact(date.date)}T${compactTime(date.end)}`,
        ]
      : [`DTSTART;VALUE=DATE:${compact(date.date)}`, `DTEND;VALUE=DATE:${compact(addDays(date.date, 1))}`];
  const description = [
    `${entry.kind} – ${callName(call)}.`,
    ...entry.details,
    ...(cancelled && revision
      ? [`Retiré du calendrier de l’appel le ${formatDay(revision.lastModified, { weekday: false })}.`]
      : []),
    `Date publiée${NNBSP}: ${formatFuzzyDate(date)}.`,
    `Page de l’appel${NNBSP}: ${source.pageUrl}`,
    `Version du dossier${NNBSP}: ${source.version}`,
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${entry.id}.${source.slug}@${source.host}`)}`,
    `DTSTAMP:${compact(source.day)}T000000Z`,
    ...(revision ? [`LAST-MODIFIED:${compact(revision.lastModified)}T000000Z`, `SEQUENCE:${revision.sequence}`] : []),
    ...when,
    `SUMMARY:${escapeText(`${call.shortName} – ${entry.title}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(entry.kind)}`,
    `URL:${source.pageUrl}`,
    'CLASS:PUBLIC',
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `TRANSP:${date.type === 'day-time' ? 'OPAQUE' : 'TRANSPARENT'}`,
    'END:VEVENT',
  ];
}

/** The events of a call: its exact dates, then the entries amendments removed, as cancelled. */
function sourceEvents(source: KitSource): string[] {
  return [
    ...datedEntries(source.call).flatMap((d) => eventLines(source, d)),
    ...datedEntries(cancelledAsCall(source.revisions.cancelled)).flatMap((d) => eventLines(source, d, true)),
  ];
}

/** The number of events a call's calendar holds. */
export function eventCount(call: Call): number {
  return datedEntries(call).filter((d) => isExact(d.date)).length;
}

/** The description of a call's calendar: what is in it, and the fuzzy dates that are not. */
function calendarDescription(source: KitSource): string {
  const { call } = source;
  const entries = datedEntries(call);
  const fuzzy = entries.filter((d) => !isExact(d.date));
  const name = callName(call);
  const lines = [`Calendrier de l’${name.charAt(0).toLowerCase()}${name.slice(1)}.`];
  const cancelled = source.revisions.cancelled.length > 0;
  if (entries.length === 0) {
    lines.push(
      `L’appel ne publie aucune date${NNBSP}: ce calendrier ne contient ${cancelled ? 'que des événements annulés' : 'aucun événement'}.` +
        (call.application.mode === 'rolling' && call.application.rollingStatement
          ? ` L’appel indique${NNBSP}: «${NNBSP}${call.application.rollingStatement}${NNBSP}».`
          : ''),
    );
  } else if (fuzzy.length === 0) {
    lines.push('Toutes les dates publiées par l’appel y figurent.');
  } else {
    lines.push(
      'Seules les dates publiées au jour près y figurent comme événements. ' +
        `Dates approximatives, non inscrites dans l’agenda${NNBSP}:`,
      ...fuzzy.map((d) => `– ${formatFuzzyDate(d.date)}${NNBSP}: ${d.title}`),
    );
  }
  if (cancelled) lines.push('Les événements qu’une modification de l’appel a retirés y figurent comme annulés.');
  lines.push(`Page de l’appel${NNBSP}: ${source.pageUrl}`, `Version du dossier${NNBSP}: ${source.version}`);
  return lines.join('\n');
}

function header(prodHost: string, agency: string, name: string, description: string): string[] {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(`-//${agency}//guichet ${prodHost}//FR`)}`,
    'CALSCALE:GREGORIAN',
    // No METHOD: these files are published for import, not iTIP messages (RFC 5546 would
    // then require an ORGANIZER, which the calls do not name for their milestones).
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `X-WR-CALDESC:${escapeText(description)}`,
    `X-WR-TIMEZONE:${PARIS_TZID}`,
  ];
}

/** `calendrier.ics` of one call. */
export function callCalendar(source: KitSource): string {
  const { call } = source;
  return icsStream([
    ...header(source.host, source.agencyShortName, `${call.shortName} – ${call.title}`, calendarDescription(source)),
    `X-GUICHET-VERSION:${source.version}`,
    ...parisTimezone,
    ...sourceEvents(source),
    'END:VCALENDAR',
  ]);
}

/** What the site-wide calendar is named after. */
export interface SiteCalendarInfo {
  /** Site address. */
  url: string;
  /** Calendar name, e.g. the site's title. */
  title: string;
  /** Short name of the agency, for PRODID. */
  agencyShortName: string;
}

/** `/calendrier.ics`: the exact milestones and events of every call, calls in slug order. */
export function siteCalendar(sources: readonly KitSource[], site: SiteCalendarInfo): string {
  const sorted = [...sources].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const host = new URL(site.url).host;
  const description =
    'Les dates publiées au jour près de chaque appel (ouverture, date limite, réunions d’information…). ' +
    'Les dates approximatives («\u202Fmi-novembre\u202F», «\u202Fété\u202F»…) n’y figurent pas' +
    `${NNBSP}: elles sont données sur la page de chaque appel et dans le calendrier de son dossier de candidature.`;
  return icsStream([
    ...header(host, site.agencyShortName, site.title, description),
    ...parisTimezone,
    ...sorted.flatMap(sourceEvents),
    'END:VCALENDAR',
  ]);
}
