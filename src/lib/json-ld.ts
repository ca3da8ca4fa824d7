/**
 * schema.org JSON-LD for search engines: the publishing organisation, each call (as a
 * `Grant`, with its funders and its deadline as the end of an `ApplyAction`), and the FAQ.
 * Pure functions over content data; the components in `src/components/seo/` print them.
 */
import { exactDay, parisOffsetMinutes } from './shared/dates';
import type { FuzzyDate } from '../schemas/date';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';
/** Organisation kinds that are public bodies. */
const PUBLIC_KINDS = new Set(['collectivite', 'etat', 'etablissement-public']);
/** Values only the agency can fill in are not facts yet. */
const PLACEHOLDER = /^À COMPLÉTER/;

export interface OrganisationData {
  name: string;
  acronym?: string | undefined;
  kind?: string | undefined;
  website?: string | undefined;
}

export function organisationLd(org: OrganisationData): JsonLd {
  return {
    '@type': org.kind && PUBLIC_KINDS.has(org.kind) ? 'GovernmentOrganization' : 'Organization',
    name: org.name,
    ...(org.acronym ? { alternateName: org.acronym } : {}),
    ...(org.website ? { url: org.website } : {}),
  };
}

export interface AgencyData {
  siteUrl: string;
  siteTitle: string;
  name: string;
  shortName: string;
  logo: string;
  website?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
}

/** The home page: the publishing agency and the site, with its search. */
export function agencyLd(agency: AgencyData): JsonLd {
  const home = new URL('/', agency.siteUrl).href;
  const orgId = `${home}#organisation`;
  return {
    '@context': CONTEXT,
    '@graph': [
      {
        '@type': 'Organization',
        '@id': orgId,
        name: agency.name,
        alternateName: agency.shortName,
        url: agency.website ?? home,
        logo: new URL(agency.logo, agency.siteUrl).href,
        ...(agency.email ? { email: agency.email } : {}),
        ...(agency.address && !PLACEHOLDER.test(agency.address) ? { address: agency.address } : {}),
      },
      {
        '@type': 'WebSite',
        '@id': `${home}#site`,
        name: agency.siteTitle,
        url: home,
        inLanguage: 'fr',
        publisher: { '@id': orgId },
        potentialAction: {
          '@type': 'SearchAction',
          target: {
            '@type': 'EntryPoint',
            urlTemplate: `${new URL('/recherche/', agency.siteUrl).href}?q={search_term_string}`,
          },
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  };
}

/**
 * A deadline as an ISO date-time in Paris time, only when the call publishes its hour
 * (`day-time`, `day-at`). A day without an hour gives nothing: `endTime` is a date-time, and no hour
 * (23:59:59 or any other) is ever added to a day the call publishes without one.
 */
export function deadlineDateTime(date: FuzzyDate): string | undefined {
  if (date.type !== 'day-time' && date.type !== 'day-at') return undefined;
  const day = exactDay(date);
  if (!day) return undefined;
  const time = date.type === 'day-at' ? date.time : date.start;
  const offset = parisOffsetMinutes(day, time);
  return `${day}T${time}:00+0${offset / 60}:00`;
}

export interface CallData {
  url: string;
  title: string;
  shortName?: string | undefined;
  summary: string;
  updated: string;
  funders: OrganisationData[];
  sponsors: OrganisationData[];
  /** Region names, or none for a national call. */
  regions: string[];
  deadline?: FuzzyDate | undefined;
  /** Where to apply: a web address or an email address. */
  submission: { url?: string | undefined; email?: string | undefined };
}

export function callLd(call: CallData): JsonLd {
  const endTime = call.deadline ? deadlineDateTime(call.deadline) : undefined;
  const target = call.submission.url ?? (call.submission.email ? `mailto:${call.submission.email}` : call.url);
  return {
    '@context': CONTEXT,
    '@type': 'Grant',
    '@id': `${call.url}#appel`,
    name: call.title,
    ...(call.shortName ? { alternateName: call.shortName } : {}),
    description: call.summary,
    url: call.url,
    dateModified: call.updated,
    funder: call.funders.map(organisationLd),
    ...(call.sponsors.length > 0 ? { sponsor: call.sponsors.map(organisationLd) } : {}),
    areaServed:
      call.regions.length > 0
        ? call.regions.map((name) => ({ '@type': 'AdministrativeArea', name }))
        : { '@type': 'Country', name: 'France' },
    potentialAction: {
      '@type': 'ApplyAction',
      name: 'Candidater',
      target,
      ...(endTime ? { endTime } : {}),
    },
  };
}

export interface FaqData {
  question: string;
  /** The answer as rendered HTML. */
  answerHtml: string;
  /** Absolute URL of the entry's anchor. */
  url: string;
}

export function faqPageLd(pageUrl: string, faqs: FaqData[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'FAQPage',
    url: pageUrl,
    inLanguage: 'fr',
    mainEntity: faqs.map((f) => ({
      '@type': 'Question',
      name: f.question,
      url: f.url,
      acceptedAnswer: { '@type': 'Answer', text: htmlToText(f.answerHtml) },
    })),
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Plain text of a small HTML fragment: tags dropped, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
      if (code[0] === '#') {
        const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) ? String.fromCodePoint(n) : all;
      }
      return ENTITIES[code.toLowerCase()] ?? all;
    })
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** JSON for a `<script type="application/ld+json">` block: "<" escaped so no text can close the element. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
