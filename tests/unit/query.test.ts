/**
 * `src/query.ts` over small in-test collections: `astro:content` is mocked (as Starlight's
 * tests do), so these tests do not depend on the seeded content.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Call } from '../../src/schemas/call';
import { deadline, opening, testCall as call } from './call-builder';

const TODAY = '2024-03-15';

interface Entry {
  id: string;
  collection: string;
  data: unknown;
  body?: string;
}

const collections: Record<string, Entry[]> = {};
const getCollection = vi.fn(async (name: string, filter?: (e: Entry) => boolean) =>
  (collections[name] ?? []).filter((e) => !filter || filter(e)),
);
const getEntry = vi.fn(async (name: string, id: string) => (collections[name] ?? []).find((e) => e.id === id));

vi.mock('astro:content', () => ({ getCollection, getEntry }));
vi.mock('../../src/lib/site', async (original) => ({
  ...(await original<typeof import('../../src/lib/site')>()),
  loadSite: () => ({
    title: 'Appels de test',
    url: 'https://appels.example.org',
    today: TODAY,
    agency: { name: 'Agence de test', shortName: 'AT' },
  }),
}));
const buildKit = vi.fn();
vi.mock('../../src/lib/kit', async (original) => {
  const kit = await original<typeof import('../../src/lib/kit')>();
  buildKit.mockImplementation(kit.buildKit);
  return { ...kit, buildKit };
});

const entry = (id: string, data: Call): Entry => ({ id, collection: 'calls', data });

/** The query module afresh, as in a build (`astro dev` recomputes every answer). */
async function query(dev = false) {
  vi.stubEnv('DEV', dev);
  vi.resetModules();
  return import('../../src/query');
}

beforeEach(() => {
  vi.unstubAllEnvs();
  getCollection.mockClear();
  buildKit.mockClear();
  collections['organisations'] = [
    { id: 'agence', collection: 'organisations', data: { name: 'Agence de test', acronym: 'AT', article: 'l' } },
  ];
  collections['calls'] = [
    entry('clos', call({ calendar: [deadline('2024-01-10')] })),
    entry('ouvert-tard', call({ calendar: [deadline('2024-06-01')] })),
    entry('sans-date', call({ application: { mode: 'undated' } })),
    entry('a-venir', call({ calendar: [opening('2024-05-01'), deadline('2024-07-01')] })),
    entry('ouvert-tot', call({ calendar: [deadline('2024-04-01')], amendments: [{ date: '2024-02-01', summary: 'Date limite repoussée.' }] })),
  ];
});

describe('getCalls', () => {
  it('orders calls by status, then by deadline', async () => {
    const { getCalls } = await query();
    const calls = await getCalls();
    expect(calls.map((c) => c.entry.id)).toEqual(['ouvert-tot', 'ouvert-tard', 'a-venir', 'sans-date', 'clos']);
    expect(calls.map((c) => c.status.key)).toEqual(['ouvert', 'ouvert', 'a-venir', 'dates-non-publiees', 'clos']);
  });

  it('orders calls of the same status and deadline by id', async () => {
    collections['calls'] = [entry('b', call({ calendar: [deadline('2024-04-01')] })), entry('a', call({ calendar: [deadline('2024-04-01')] }))];
    const { getCalls } = await query();
    expect((await getCalls()).map((c) => c.entry.id)).toEqual(['a', 'b']);
  });

  it('reads the collection once per build, and afresh in astro dev', async () => {
    const build = await query();
    await build.getCalls();
    await build.getCall('clos');
    expect(getCollection.mock.calls.filter(([name]) => name === 'calls')).toHaveLength(1);
    getCollection.mockClear();
    const dev = await query(true);
    await dev.getCalls();
    await dev.getCalls();
    expect(getCollection.mock.calls.filter(([name]) => name === 'calls')).toHaveLength(2);
  });

  it('hands out a copy: a page sorting its list does not reorder the others', async () => {
    const { getCalls } = await query();
    (await getCalls()).reverse();
    expect((await getCalls())[0]?.entry.id).toBe('ouvert-tot');
  });
});

describe('getCall', () => {
  it('gives a call with its status', async () => {
    const { getCall } = await query();
    expect((await getCall('a-venir')).status.key).toBe('a-venir');
  });

  it('throws on an unknown id', async () => {
    const { getCall } = await query();
    await expect(getCall('inconnu')).rejects.toThrow('Appel introuvable : inconnu');
  });
});

describe('getBrief', () => {
  it('gives a brief, and throws on an unknown id', async () => {
    collections['briefs'] = [{ id: 'lancement', collection: 'briefs', data: { title: 'Lancement' } }];
    const { getBrief } = await query();
    expect((await getBrief('lancement')).id).toBe('lancement');
    await expect(getBrief('inconnue')).rejects.toThrow('Actualité introuvable : inconnue');
  });
});

describe('what the kits receive', () => {
  it('builds the kit context from the organisations and the site', async () => {
    const { getKitContext } = await query();
    const ctx = await getKitContext();
    expect(ctx.today).toBe(TODAY);
    expect(ctx.organisations['agence']?.name).toBe('Agence de test');
    expect(ctx.site).toEqual({ url: 'https://appels.example.org', agencyName: 'Agence de test', agencyShortName: 'AT' });
  });

  it('passes the status and the history the pages show to the kit, computed once', async () => {
    const { getKit, getCall, getCallHistory } = await query();
    await getKit('ouvert-tot');
    const [kitCall] = buildKit.mock.calls[0] as [{ status: unknown; history: unknown }];
    expect(kitCall.status).toBe((await getCall('ouvert-tot')).status);
    expect(kitCall.history).toBe(await getCallHistory('ouvert-tot'));
    expect((await getCallHistory('ouvert-tot')).groups).toHaveLength(1);
    await getKit('ouvert-tot');
    expect(buildKit).toHaveBeenCalledTimes(1);
  });

  it('gives the open data of calls in the order of the list, with the status of the build’s day', async () => {
    const { getCallsOpenData } = await query();
    const data = await getCallsOpenData();
    expect(data.map((d) => d.statut.cle)).toEqual(['ouvert', 'ouvert', 'a-venir', 'dates-non-publiees', 'clos']);
    expect(data.every((d) => d.statut.jour === TODAY)).toBe(true);
  });

  it('throws when a kit is asked for an unknown call', async () => {
    const { getKit } = await query();
    await expect(getKit('inconnu')).rejects.toThrow('Appel introuvable : inconnu');
  });
});

describe('feeds', () => {
  it('dates the amendment of a call in the RSS items', async () => {
    const { getFeedItems } = await query();
    const items = await getFeedItems();
    expect(items.some((i) => i.day === '2024-02-01')).toBe(true);
  });

  it('gives each FAQ entry its public address', async () => {
    collections['faqs'] = [
      { id: 'clos/cout', collection: 'faqs', body: ' Gratuit. ', data: { call: 'clos', question: 'Combien ?', theme: 'cout', order: 1 } },
    ];
    const { getFaqRecords } = await query();
    const [record] = await getFaqRecords();
    expect(record?.url).toBe('https://appels.example.org/faq/clos/#clos-cout');
    expect(record?.answer).toBe('Gratuit.');
  });
});
