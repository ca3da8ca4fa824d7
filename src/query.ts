/**
 * The one query module: the only module that reads `astro:content`. Pages and endpoints read
 * content only through these functions, never by filtering collections themselves. What the
 * answers mean (order, feeds, kits) is decided in `src/lib/`; this module gathers the entries,
 * hands them over, and keeps each answer once per build (`src/lib/once-per-build.ts`).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { loadSite } from './lib/site';
import { compareCalls, statusOfCall, type CallStatus } from './lib/shared/status';
import { feedItems, type FeedItem } from './lib/feed';
import { buildKit, buildSiteCalendar, prepareSource, type Kit, type KitCall, type KitContext, type KitListing } from './lib/kit';
import { callHistoryIn, type KitSource } from './lib/kit/source';
import { kitContext } from './lib/kit/context';
import { closeKitThread, kitThread } from './lib/kit/thread';
import { kitListing } from './lib/kit/files';
import { appelData, type Appel } from './lib/kit/json';
import { loadEpciIndex, regionNames } from './lib/epci';
import { callFacts, eligibilityData, epciSource } from './lib/eligibility/shape';
import type { EligibilityData } from './lib/shared/eligibility/data';
import { faqAnchorOf, faqEntryPath } from './lib/faq-url';
import { faqRecords, type SearchRecord } from './lib/search/faq-records';
import { faqThemes } from './schemas/faq';
import { faqFeed, territoriesFeed, type FaqRecord, type TerritoryRecord } from './lib/opendata';
import { loadRecord, type CallHistory, type CallRecord } from './lib/amendments';
import { contentDir } from './lib/paths';
import { oncePerBuild, oncePerKey } from './lib/once-per-build';

export type CallEntry = CollectionEntry<'calls'>;
export type TerritoryEntry = CollectionEntry<'territories'>;
export type BriefEntry = CollectionEntry<'briefs'>;
export type FaqEntry = CollectionEntry<'faqs'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;

export const site = loadSite();

/** A call's entry and its status on the build's day. */
export interface CallWithStatus {
  entry: CallEntry;
  status: CallStatus;
}

/** In `astro dev` every answer is computed afresh, so that edits show. */
const fresh = () => import.meta.env.DEV === true;
const once = <T>(compute: () => Promise<T>) => oncePerBuild(compute, fresh);
const oncePer = <T>(compute: (key: string) => Promise<T>) => oncePerKey(compute, fresh);

const sortedCalls = once(async (): Promise<readonly CallWithStatus[]> => {
  const calls = (await getCollection('calls')).map((entry) => ({ entry, status: statusOfCall(entry.data, site.today) }));
  return calls.sort((a, b) => compareCalls({ id: a.entry.id, data: a.entry.data, status: a.status }, { id: b.entry.id, data: b.entry.data, status: b.status }));
});

/** Every call with its status on the build's day: open ones first, then upcoming, then by deadline. */
export async function getCalls(): Promise<CallWithStatus[]> {
  startKits();
  return [...(await sortedCalls())];
}

const callsById = once(async () => new Map((await sortedCalls()).map((c) => [c.entry.id, c])));

/** One call with its status; an unknown id throws. */
export async function getCall(id: string): Promise<CallWithStatus> {
  startKits();
  const call = (await callsById()).get(id);
  if (!call) throw new Error(`Appel introuvable : ${id}`);
  return call;
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

/**
 * Entries grouped by a key, in their order. Pages ask for one call's FAQ entries, case
 * studies or briefs on every call page: grouped once per build, not filtered out of the whole
 * collection each time (which grew with the square of the number of calls).
 */
function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

const sortedTerritories = once(async (): Promise<readonly TerritoryEntry[]> =>
  (await getCollection('territories')).sort((a, b) => a.data.call.localeCompare(b.data.call) || a.data.name.localeCompare(b.data.name, 'fr')),
);
const territoriesByCall = once(async () => groupBy(await sortedTerritories(), (t) => [t.data.call]));

/** Case studies, by call then name. */
export async function getTerritories(callId?: string): Promise<TerritoryEntry[]> {
  return [...((callId === undefined ? await sortedTerritories() : (await territoriesByCall()).get(callId)) ?? [])];
}

export async function getTerritory(id: string): Promise<TerritoryEntry> {
  const t = await getEntry('territories', id);
  if (!t) throw new Error(`Territoire introuvable : ${id}`);
  return t;
}

const sortedBriefs = once(async (): Promise<readonly BriefEntry[]> =>
  (await getCollection('briefs')).sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id)),
);
const briefsByCall = once(async () => groupBy(await sortedBriefs(), (b) => b.data.calls));
const briefsByTerritory = once(async () => groupBy(await sortedBriefs(), (b) => b.data.territories));

/** Briefs, newest first; undated briefs last. */
export async function getBriefs(): Promise<BriefEntry[]> {
  return [...(await sortedBriefs())];
}

/** One brief; an unknown id throws. */
export async function getBrief(id: string): Promise<BriefEntry> {
  const brief = await getEntry('briefs', id);
  if (!brief) throw new Error(`Actualité introuvable : ${id}`);
  return brief;
}

/** Briefs that mention a call or a territory, newest first. */
export async function getBriefsAbout(ref: { call?: string; territory?: string }): Promise<BriefEntry[]> {
  const about = new Set([
    ...(ref.call ? ((await briefsByCall()).get(ref.call) ?? []) : []),
    ...(ref.territory ? ((await briefsByTerritory()).get(ref.territory) ?? []) : []),
  ]);
  return (await sortedBriefs()).filter((b) => about.has(b));
}

const sortedFaqs = once(async (): Promise<readonly FaqEntry[]> =>
  (await getCollection('faqs')).sort((a, b) => a.data.call.localeCompare(b.data.call) || a.data.order - b.data.order),
);
const faqsByCall = once(async () => groupBy(await sortedFaqs(), (f) => [f.data.call]));

/** FAQ entries of a call (or all of them), by call then in their `order`. */
export async function getFaqs(callId?: string): Promise<FaqEntry[]> {
  return [...((callId === undefined ? await sortedFaqs() : (await faqsByCall()).get(callId)) ?? [])];
}

/** The anchor of a FAQ entry on its call's FAQ page and on its call page: `terriens/cout` → `terriens-cout`. */
export function faqAnchor(faq: FaqEntry): string {
  return faqAnchorOf(faq.id);
}

/** The address of a FAQ entry: its call's FAQ page and its anchor (`/faq/terriens/#terriens-cout`). */
export function faqUrl(faq: FaqEntry): string {
  return faqEntryPath(faq.data.call, faq.id);
}

/** What the application kits need besides a call: organisation names and the site's identity. */
export const getKitContext = once(async (): Promise<KitContext> => kitContext(await getCollection('organisations'), site));

/** What was published of a call (`published/<slug>.json`), read once per build. */
const recordOf = oncePer(async (id: string): Promise<CallRecord | undefined> => loadRecord(contentDir(), id));

/** A call's amendments, grouped as published, with what each group changed (old → new); the page, the feed and the kit share it. */
export const getCallHistory = oncePer(async (id: string): Promise<CallHistory> => {
  const { entry } = await getCall(id);
  return callHistoryIn(entry.data, await recordOf(id), await getKitContext());
});

/** A call as the kit needs it, with the history and the status the pages show. */
async function kitCall({ entry, status }: CallWithStatus): Promise<KitCall> {
  return { slug: entry.id, data: entry.data, record: await recordOf(entry.id), history: await getCallHistory(entry.id), status };
}

/** What a call's kit and open data are made from (its version stamp hashed once), once per build. */
const kitSourceOf = oncePer(async (id: string): Promise<KitSource> => prepareSource(await kitCall(await getCall(id)), await getKitContext()));

/**
 * In a build, every call's kit, asked of the kit worker (`src/lib/kit/thread.ts`) all at once
 * by the first page that needs a call, so that the worker builds them while the pages render.
 * Undefined when there is no worker (`astro dev`, tests).
 */
const kitsFromThread = once(async (): Promise<Map<string, Promise<KitListing>> | undefined> => {
  const thread = kitThread();
  if (!thread) return undefined;
  const sources = await Promise.all((await sortedCalls()).map((c) => kitSourceOf(c.entry.id)));
  const listings = new Map(sources.map((source) => [source.slug, thread.build(source)]));
  // Every kit is asked for at once: when they are all written, the worker's memory can go.
  void Promise.allSettled(listings.values()).then(() => closeKitThread());
  return listings;
});

/** Starts the kits in the worker, if there is one; a failure shows where a kit is awaited. */
function startKits(): void {
  kitsFromThread().catch(() => undefined);
}

/** The application kit of a call, made in this thread (the dev server's kit routes). */
export const getKit = oncePer(async (callId: string): Promise<Kit> => buildKit(await kitCall(await getCall(callId)), await getKitContext()));

/**
 * What a call page shows of its kit (files, sizes, version), once per build: from the kit
 * worker in a build (which also writes the files), made here otherwise.
 */
export const getKitListing = oncePer(async (callId: string): Promise<KitListing> => {
  const fromThread = (await kitsFromThread())?.get(callId);
  return fromThread ?? kitListing(await getKit(callId));
});

/** `/calendrier.ics`: every exact date of every call. */
export const getSiteCalendar = once(async (): Promise<string> => {
  const calls = await Promise.all((await sortedCalls()).map(kitCall));
  return buildSiteCalendar(calls, await getKitContext(), { title: site.title, agencyShortName: site.agency.shortName });
});

/**
 * The data of the eligibility lookup (`/eligibilite/`, the call pages' block and
 * `/eligibilite/epci.json`): every call, and the EPCIs of the regions the calls accept.
 */
export const getEligibilityData = once(async (): Promise<EligibilityData> => {
  const calls = (await sortedCalls()).map(({ entry, status }) => callFacts(entry.id, entry.data, status, site.today));
  return eligibilityData(calls, loadEpciIndex(), regionNames, epciSource());
});

/** `/api/appels.json`: every call's open data, as in its kit's `appel.json`, in the order of `/appels/`. */
export const getCallsOpenData = once(async (): Promise<Appel[]> =>
  Promise.all((await sortedCalls()).map(async (c) => appelData(await kitSourceOf(c.entry.id)))),
);

/** `/api/faq.json`: every FAQ entry, by call then order. */
export const getFaqRecords = once(async (): Promise<FaqRecord[]> => faqFeed(await getFaqs(), site.url));

/**
 * One search record per FAQ entry (`src/lib/search/faq-records.ts`), by call then order, made
 * from the collections; `/faq/` hands them to the search index.
 */
export const getFaqSearchRecords = once(async (): Promise<SearchRecord[]> => {
  const calls = new Map(
    (await sortedCalls()).map(({ entry, status }) => [
      entry.id,
      { id: entry.id, title: entry.data.title, shortName: entry.data.shortName, status: status.key },
    ]),
  );
  return faqRecords(
    (await getFaqs()).map((f) => {
      const call = calls.get(f.data.call);
      if (!call) throw new Error(`Appel introuvable : ${f.data.call} (question ${f.id})`);
      return { id: f.id, question: f.data.question, body: f.body ?? '', theme: f.data.theme, themeLabel: faqThemes[f.data.theme], call };
    }),
  );
});

/** `/api/territoires.json`: every case study's data, with its slug and address. */
export const getTerritoryRecords = once(async (): Promise<TerritoryRecord[]> => territoriesFeed(await getTerritories(), site.url));

/**
 * `/rss.xml`: calls, their amendments and briefs, newest first, undated ones last (the dating
 * policy is `feedItems`: no date comes from a default, another item or the clock).
 */
export const getFeedItems = once(async (): Promise<FeedItem[]> => {
  const calls = await Promise.all(
    (await sortedCalls()).map(async ({ entry, status }) => ({
      id: entry.id,
      data: entry.data,
      status,
      history: await getCallHistory(entry.id),
    })),
  );
  const briefs = (await getBriefs()).map((b) => ({ id: b.id, data: b.data }));
  return feedItems(calls, briefs);
});
