/**
 * The one query module: pages and endpoints read content only through these functions,
 * never by filtering collections themselves.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { loadSite, siteBase } from './lib/site';
import { deadlineOf, statusOfCall, statusOrder, type CallStatus } from './lib/status';
import { interval } from './lib/dates';
import { feedItems, type FeedItem } from './lib/feed';
import { buildKit, buildSiteCalendar, prepareSource, type Kit, type KitCall, type KitContext } from './lib/kit';
import { appelData, type Appel } from './lib/kit/json';
import { loadEpciIndex, regionNames } from './lib/epci';
import { callFacts, eligibilityData, epciSource } from './lib/eligibility/shape';
import type { EligibilityData } from './lib/eligibility/data';
import { faqAnchorOf, faqEntryPath } from './lib/faq-url';
import { faqRecords, type SearchRecord } from './lib/search/faq-records';
import { faqThemes } from './schemas/faq';
import { faqFeedSchema, territoriesFeedSchema, type FaqRecord, type TerritoryRecord } from './lib/opendata';
import { callHistory, loadRecord, type CallHistory, type CallRecord } from './lib/amendments';
import { contentDir } from './lib/paths';

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

/**
 * Content and `today` do not change during a build, so what many pages ask for is computed
 * once (otherwise N call pages each re-sort N calls). In `astro dev` it is computed afresh, so
 * that edits show.
 */
function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV || !value) value = compute();
    return value;
  };
}

const sortedCalls = oncePerBuild(async (): Promise<readonly CallView[]> => {
  const calls = await getCollection('calls');
  return calls
    .map((entry) => ({
      entry,
      status: statusOfCall(entry.data, site.today),
    }))
    .sort(
      (a, b) =>
        statusOrder.indexOf(a.status.key) - statusOrder.indexOf(b.status.key) ||
        deadlineKey(a.entry).localeCompare(deadlineKey(b.entry)) ||
        a.entry.id.localeCompare(b.entry.id),
    );
});

/** Every call with its status on the build's day: open ones first, then upcoming, then by deadline. */
export async function getCalls(): Promise<CallView[]> {
  return [...(await sortedCalls())];
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

/** The anchor of a FAQ entry on its call's FAQ page and on its call page: `terriens/cout` → `terriens-cout`. */
export function faqAnchor(faq: FaqEntry): string {
  return faqAnchorOf(faq.id);
}

/** The address of a FAQ entry: its call's FAQ page and its anchor (`/faq/terriens/#terriens-cout`). */
export function faqUrl(faq: FaqEntry): string {
  return faqEntryPath(faq.data.call, faq.id);
}

/** What the application kits need besides a call: organisation names and the site's identity (once per build). */
export const getKitContext = oncePerBuild(async (): Promise<KitContext> => {
  const organisations = await getCollection('organisations');
  return {
    today: site.today,
    organisations: Object.fromEntries(organisations.map((o) => [
        o.id,
        {
          name: o.data.name,
          acronym: o.data.acronym,
          article: o.data.article,
          acronymArticle: o.data.acronymArticle,
          elides: o.data.elides,
        },
      ])),
    site: { url: site.url, agencyName: site.agency.name, agencyShortName: site.agency.shortName },
  };
});

const records = new Map<string, CallRecord | undefined>();

/** What was published of a call (`published/<slug>.json`), read once per build. */
function recordOf(id: string): CallRecord | undefined {
  if (import.meta.env.DEV || !records.has(id)) records.set(id, loadRecord(contentDir(), id));
  return records.get(id);
}

const kitCall = (entry: CallEntry): KitCall => ({ slug: entry.id, data: entry.data, record: recordOf(entry.id) });

/** A call's amendments, grouped as published, with what each group changed (old → new). */
export function getCallHistory(id: string): Promise<CallHistory> {
  if (import.meta.env.DEV || !histories.has(id)) histories.set(id, computeCallHistory(id));
  return histories.get(id)!;
}

/** Histories asked for in this build, by call: the page and the RSS feed share each one. */
const histories = new Map<string, Promise<CallHistory>>();

async function computeCallHistory(id: string): Promise<CallHistory> {
  const entry = await getEntry('calls', id);
  if (!entry) throw new Error(`Appel introuvable : ${id}`);
  const { organisations } = await getKitContext();
  return callHistory(entry.data, recordOf(id), { orgName: (org) => organisations[org]?.name ?? org });
}

/** Kits asked for in this build, by call (not kept in `astro dev`, so that edits show). */
const kits = new Map<string, Promise<Kit>>();

/**
 * The application kit of a call, made once per build: the page and each of the kit's file
 * endpoints share it (and its version stamp is hashed once).
 */
export function getKit(callId: string): Promise<Kit> {
  const known = import.meta.env.DEV ? undefined : kits.get(callId);
  if (known) return known;
  const kit = (async () => {
    const entry = await getEntry('calls', callId);
    if (!entry) throw new Error(`Appel introuvable : ${callId}`);
    return buildKit(kitCall(entry), await getKitContext());
  })();
  kits.set(callId, kit);
  return kit;
}

/** `/calendrier.ics`: every exact date of every call. */
export async function getSiteCalendar(): Promise<string> {
  const calls = await getCollection('calls');
  return buildSiteCalendar(calls.map(kitCall), await getKitContext(), {
    title: site.title,
    agencyShortName: site.agency.shortName,
  });
}

/**
 * The data of the eligibility lookup (`/eligibilite/`, the call pages' block and
 * `/eligibilite/epci.json`): every call, and the EPCIs of the regions the calls accept.
 */
export const getEligibilityData = oncePerBuild(async (): Promise<EligibilityData> => {
  const calls = (await getCalls()).map(({ entry, status }) => callFacts(entry.id, entry.data, status, site.today));
  return eligibilityData(calls, loadEpciIndex(), regionNames, epciSource());
});

/** `/api/appels.json`: every call as in its kit's `appel.json`, in the order of `/appels/`. */
export async function getAppels(): Promise<Appel[]> {
  const ctx = await getKitContext();
  return (await getCalls()).map(({ entry }) => appelData(prepareSource(kitCall(entry), ctx)));
}

/** `/api/faq.json`: every FAQ entry, by call then order (checked against its own schema). */
export async function getFaqRecords(): Promise<FaqRecord[]> {
  const records = (await getFaqs()).map((f) => ({
    id: f.id,
    call: f.data.call,
    question: f.data.question,
    theme: f.data.theme,
    order: f.data.order,
    answer: (f.body ?? '').trim(),
    url: `${siteBase(site.url)}${faqUrl(f)}`,
  }));
  return faqFeedSchema.parse(records);
}

/**
 * One search record per FAQ entry (`src/lib/search/faq-records.ts`), by call then order, made
 * from the collections; `/faq/` hands them to the search index.
 */
export async function getFaqSearchRecords(): Promise<SearchRecord[]> {
  const calls = new Map(
    (await getCalls()).map(({ entry, status }) => [
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
}

/** `/api/territoires.json`: every case study's data, with its slug and address (checked against its own schema). */
export async function getTerritoryRecords(): Promise<TerritoryRecord[]> {
  const records = (await getTerritories()).map((t) => ({
    slug: t.id,
    url: `${siteBase(site.url)}/territoires/${t.id}/`,
    ...t.data,
  }));
  return territoriesFeedSchema.parse(records);
}

/**
 * `/rss.xml`: calls, their amendments and briefs, newest first, undated ones last (see
 * `feedItems`: no date comes from a default, another item or the clock).
 */
export async function getFeedItems(): Promise<FeedItem[]> {
  const calls = await Promise.all(
    (await getCalls()).map(async ({ entry, status }) => ({
      id: entry.id,
      data: entry.data,
      status,
      history: await getCallHistory(entry.id),
    })),
  );
  const briefs = (await getBriefs()).map((b) => ({ id: b.id, data: b.data }));
  return feedItems(calls, briefs);
}
