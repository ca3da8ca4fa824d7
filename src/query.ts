/**
 * The one query module: pages and endpoints read content only through these functions,
 * never by filtering collections themselves.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { loadSite } from './lib/site';
import { callStatus, deadlineOf, statusOrder, type CallStatus } from './lib/status';
import { interval } from './lib/dates';
import { buildKit, buildSiteCalendar, type Kit, type KitCall, type KitContext } from './lib/kit';

export type CallEntry = CollectionEntry<'calls'>;
export type TerritoryEntry = CollectionEntry<'territories'>;
export type BriefEntry = CollectionEntry<'briefs'>;
export type FaqEntry = CollectionEntry<'faqs'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;

export const site = loadSite();

export interface CallView {
  entry: CallEntry;
  status: CallStatus;
}

function deadlineKey(call: CallEntry): string {
  const deadline = deadlineOf(call.data);
  return deadline ? interval(deadline.date).latest : '9999-12-31';
}

/** Every call with its status on the build's day: open ones first, then upcoming, then by deadline. */
export async function getCalls(): Promise<CallView[]> {
  const calls = await getCollection('calls');
  return calls
    .map((entry) => ({
      entry,
      status: callStatus({ mode: entry.data.application.mode, calendar: entry.data.calendar }, site.today),
    }))
    .sort(
      (a, b) =>
        statusOrder.indexOf(a.status.key) - statusOrder.indexOf(b.status.key) ||
        deadlineKey(a.entry).localeCompare(deadlineKey(b.entry)) ||
        a.entry.id.localeCompare(b.entry.id),
    );
}

export async function getCall(id: string): Promise<CallView> {
  const view = (await getCalls()).find((c) => c.entry.id === id);
  if (!view) throw new Error(`Appel introuvable : ${id}`);
  return view;
}

/** Organisations by id; a missing id is a validator error, so this throws. */
export async function getOrganisation(id: string): Promise<OrganisationEntry> {
  const org = await getEntry('organisations', id);
  if (!org) throw new Error(`Organisation introuvable : ${id}`);
  return org;
}

export async function getOrganisations(ids: readonly string[]): Promise<OrganisationEntry[]> {
  return Promise.all(ids.map(getOrganisation));
}

/** Case studies, by call then name. */
export async function getTerritories(callId?: string): Promise<TerritoryEntry[]> {
  const all = await getCollection('territories', (t) => !callId || t.data.call === callId);
  return all.sort((a, b) => a.data.call.localeCompare(b.data.call) || a.data.name.localeCompare(b.data.name, 'fr'));
}

export async function getTerritory(id: string): Promise<TerritoryEntry> {
  const t = await getEntry('territories', id);
  if (!t) throw new Error(`Territoire introuvable : ${id}`);
  return t;
}

/** Briefs, newest first; undated briefs last. */
export async function getBriefs(): Promise<BriefEntry[]> {
  const all = await getCollection('briefs');
  return all.sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id));
}

/** Briefs that mention a call or a territory. */
export async function getBriefsAbout(ref: { call?: string; territory?: string }): Promise<BriefEntry[]> {
  return (await getBriefs()).filter(
    (b) => (ref.call && b.data.calls.includes(ref.call)) || (ref.territory && b.data.territories.includes(ref.territory)),
  );
}

/** FAQ entries of a call (or all of them), in their `order`. */
export async function getFaqs(callId?: string): Promise<FaqEntry[]> {
  const all = await getCollection('faqs', (f) => !callId || f.data.call === callId);
  return all.sort((a, b) => a.data.call.localeCompare(b.data.call) || a.data.order - b.data.order);
}

/** The anchor of a FAQ entry on `/faq/` and on its call page: `terriens/cout` → `terriens-cout`. */
export function faqAnchor(faq: FaqEntry): string {
  return faq.id.replace(/\//g, '-');
}

/** What the application kits need besides a call: organisation names and the site's identity. */
export async function getKitContext(): Promise<KitContext> {
  const organisations = await getCollection('organisations');
  return {
    organisations: Object.fromEntries(organisations.map((o) => [o.id, { name: o.data.name, acronym: o.data.acronym }])),
    site: { url: site.url, agencyName: site.agency.name, agencyShortName: site.agency.shortName },
  };
}

const kitCall = (entry: CallEntry): KitCall => ({ slug: entry.id, data: entry.data });

/** The application kit of a call (built once per build and cached: page and endpoints share it). */
export async function getKit(callId: string): Promise<Kit> {
  const entry = await getEntry('calls', callId);
  if (!entry) throw new Error(`Appel introuvable : ${callId}`);
  return buildKit(kitCall(entry), await getKitContext());
}

/** `/calendrier.ics`: every exact date of every call. */
export async function getSiteCalendar(): Promise<string> {
  const calls = await getCollection('calls');
  return buildSiteCalendar(calls.map(kitCall), await getKitContext(), {
    title: site.title,
    agencyShortName: site.agency.shortName,
  });
}
