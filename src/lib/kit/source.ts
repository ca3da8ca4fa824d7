/**
 * What every kit file is made from: the call, the names of the organisations it refers to,
 * its page address and its version stamp. Prepared once per call.
 */
import type { Call } from '../../schemas/call';
import type { KitCall, KitContext, OrganisationName } from './types';
import { kitVersion } from './version';
import { orgList, type Prep } from '../french-names';
import { siteBase } from '../site';
import { statusOfCall, type CallStatus } from '../shared/status';
import { callHistory, type CallHistory } from '../amendments/history';
import { lastChangeDay } from '../amendments/record';
import { eventRevisions, type EventRevisions } from '../amendments/sequence';

export interface ResolvedOrganisation extends OrganisationName {
  id: string;
}

export interface KitSource {
  slug: string;
  call: Call;
  /** Organisations the call refers to, in order of first mention. */
  organisations: ResolvedOrganisation[];
  version: string;
  /** Day of the version: the later of `updated` and the last amendment's date. */
  day: string;
  /** The call's amendments with their changes, from its record. */
  history: CallHistory;
  /** Calendar updates: SEQUENCE and LAST-MODIFIED by entry id, and cancelled entries. */
  revisions: EventRevisions;
  /** Site address without a trailing slash. */
  siteUrl: string;
  /** Host name of the site, used in calendar UIDs. */
  host: string;
  /** Public address of the call page. */
  pageUrl: string;
  /** Public address of the kit folder, with a trailing slash. */
  kitUrl: string;
  agencyName: string;
  agencyShortName: string;
  /** The build's day, and the call's status on that day. */
  today: string;
  status: CallStatus;
}

/** Every organisation id the call mentions, in order of first mention. */
function referencedOrganisations(call: Call): string[] {
  const ids = [
    ...call.organisers,
    ...call.partners,
    ...call.selection.juryMembers,
    ...call.events.flatMap((e) => (e.organiser ? [e.organiser] : [])),
    ...call.contacts.flatMap((c) => (c.organisation ? [c.organisation] : [])),
    ...call.officialDocuments.flatMap((d) => d.publishedBy),
  ];
  return [...new Set(ids)];
}

/** A call's amendments with the organisations' names of the kit context. */
export function callHistoryIn(call: Call, record: KitCall['record'], ctx: Pick<KitContext, 'organisations'>): CallHistory {
  return callHistory(call, record, { orgName: (id) => ctx.organisations[id]?.name ?? id });
}

export function prepareSource(kitCall: KitCall, ctx: KitContext): KitSource {
  const call = kitCall.data;
  const organisations = referencedOrganisations(call).map((id) => {
    const org = ctx.organisations[id];
    if (!org) throw new Error(`Dossier de candidature « ${kitCall.slug} » : organisation introuvable « ${id} »`);
    return {
      id,
      name: org.name,
      ...(org.acronym ? { acronym: org.acronym } : {}),
      article: org.article,
      ...(org.acronymArticle ? { acronymArticle: org.acronymArticle } : {}),
      ...(org.elides !== undefined ? { elides: org.elides } : {}),
    };
  });
  const siteUrl = siteBase(ctx.site.url);
  const day = lastChangeDay(call);
  const history = kitCall.history ?? callHistoryIn(call, kitCall.record, ctx);
  return {
    slug: kitCall.slug,
    call,
    organisations,
    version: kitVersion({ slug: kitCall.slug, updated: day, data: call, organisations }),
    day,
    history,
    revisions: eventRevisions(history, call),
    siteUrl,
    host: new URL(siteUrl).host,
    pageUrl: `${siteUrl}/appels/${kitCall.slug}/`,
    kitUrl: `${siteUrl}/kits/${kitCall.slug}/`,
    agencyName: ctx.site.agencyName,
    agencyShortName: ctx.site.agencyShortName ?? ctx.site.agencyName,
    today: ctx.today,
    status: kitCall.status ?? statusOfCall(call, ctx.today),
  };
}

function findOrg(source: KitSource, id: string): ResolvedOrganisation {
  const org = source.organisations.find((o) => o.id === id);
  if (!org) throw new Error(`Organisation introuvable : ${id}`);
  return org;
}

/** "Agence de Développement pour la Normandie (AD Normandie)": a label, without article (not for sentences). */
export function orgLabel(source: KitSource, id: string): string {
  const org = findOrg(source, id);
  return org.acronym && org.acronym !== org.name ? `${org.name} (${org.acronym})` : org.name;
}

/** Organisations named in a sentence, with their articles: « par l’ANCT et la DGE ». */
export function orgPhrase(source: KitSource, ids: readonly string[], prep?: Prep): string {
  return orgList(
    ids.map((id) => findOrg(source, id)),
    { prep, form: 'labelled' },
  );
}

