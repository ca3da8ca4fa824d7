/**
 * The commune field of the eligibility lookup, in the browser: a combobox to pick one commune
 * by name or INSEE code (its département tells homonyms apart), then, for each call, the
 * answer and its reasons (region, population municipale against the call's bound).
 *
 * Loaded by `boot.ts` the first time the reader focuses, touches or types in the field. It
 * fetches the lookup's data (`/eligibilite/epci.json`: calls and region names) and the
 * communes of the regions where the calls open to communes apply
 * (`/eligibilite/communes/<region>.json`), never the whole country unless a call is national.
 *
 * Markup: `src/components/eligibility/CommunePicker.astro` (`[data-commune-root]`). The field is
 * the combobox of `combobox.ts`. Logic: `src/lib/shared/eligibility/commune.ts`.
 */
import {
  checkCommune,
  communeText,
  decodeCommunes,
  decodeData,
  matchCommunes,
  opensToCommunes,
  prepareCommunes,
  type CommuneLite,
  type CommuneVerdict,
  type EligibilityData,
  type PreparedCommune,
} from '../../lib/shared/eligibility';
import { frenchList, NNBSP } from '../../lib/shared/french';
import { Combobox, comboboxParts } from './combobox';
import { el, get as getIn } from './dom';
import { heading, verdictArticle } from './verdict';

const DATA_URL = '/eligibilite/epci.json';
const MAX_OPTIONS = 8;

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
}

interface Loaded {
  data: EligibilityData;
  /** Names of the départements of the communes loaded. */
  departements: Record<string, string>;
  communes: CommuneLite[];
  /** Regions whose communes were loaded. */
  regions: string[];
  source: string;
}

/** The calls' data, then the communes of the regions the chosen calls open to communes. */
async function load(slugs: readonly string[]): Promise<Loaded> {
  const data = decodeData(await getJson(DATA_URL));
  const calls = data.calls.filter((c) => (slugs.length === 0 || slugs.includes(c.slug)) && opensToCommunes(c));
  const published = data.communeRegions ?? [];
  const wanted = calls.some((c) => c.area.type === 'national')
    ? published
    : published.filter((r) => calls.some((c) => c.area.type === 'regions' && c.area.codes.includes(r)));
  const lists = await Promise.all(
    wanted.map(async (r) => decodeCommunes(await getJson(`/eligibilite/communes/${encodeURIComponent(r)}.json`))),
  );
  return {
    data,
    departements: Object.assign({}, ...lists.map((l) => l.departements)) as Record<string, string>,
    communes: lists.flatMap((l) => l.communes),
    regions: wanted,
    source: lists[0]?.source ?? data.source,
  };
}

/** Names the picker in the error when its markup lacks an element. */
const TOOL = 'Recherche par commune';
const get = (root: HTMLElement, selector: string) => getIn(root, selector, TOOL);

class CommuneLookup {
  private readonly input: HTMLInputElement;
  private readonly combobox: Combobox<CommuneLite>;
  private readonly loading: HTMLElement;
  private readonly results: HTMLElement;
  private readonly level: number;
  private readonly slugs: string[];
  private loaded: Loaded | undefined;
  private prepared: PreparedCommune[] = [];

  private readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
    const parts = comboboxParts(root, 'commune', TOOL);
    this.input = parts.input;
    this.combobox = new Combobox(parts, {
      search: (query) => matchCommunes(query, this.prepared, MAX_OPTIONS),
      option: (commune) => ({
        name: commune.name,
        meta: `${this.loaded?.departements[commune.departement] ?? ''} (${commune.departement}) · INSEE ${commune.code}`,
        data: { code: commune.code },
      }),
      noMatch: (query) => `Aucune commune ne correspond à «${NNBSP}${query}${NNBSP}» ${this.regionsText()}.`,
      pick: (commune) => this.pick(commune),
    });
    this.loading = get(root, '[data-commune-loading]');
    this.results = get(root, '[data-commune-results]');
    this.level = Math.min(5, Math.max(2, Number(root.dataset['level'] ?? '2')));
    this.slugs = (root.dataset['calls'] ?? '').split(',').filter(Boolean);
  }

  start(): void {
    this.loading.hidden = false;
    load(this.slugs).then(
      (loaded) => this.ready(loaded),
      () => {
        this.loading.textContent = 'La liste des communes n’a pas pu être chargée.';
      },
    );
  }

  private ready(loaded: Loaded): void {
    this.loaded = loaded;
    this.prepared = prepareCommunes(loaded.communes);
    this.loading.hidden = true;
    this.root.dataset['ready'] = 'true';
    this.combobox.attach();
  }

  private regionsText(): string {
    const names = this.loaded?.data.regions ?? {};
    const regions = this.loaded?.regions ?? [];
    return `en région${regions.length > 1 ? 's' : ''} ${frenchList(regions.map((r) => names[r] ?? r))}`;
  }

  private pick(commune: CommuneLite): void {
    this.input.value = commune.name;
    const verdicts = this.render(commune);
    const ok = verdicts.filter((v) => v.eligible).length;
    this.combobox.announceNow(
      verdicts.length === 1
        ? `${commune.name}${NNBSP}: ${verdicts[0]!.unchecked ? 'non vérifié' : verdicts[0]!.eligible ? 'éligible' : 'non éligible'}.`
        : `${commune.name}${NNBSP}: éligible à ${ok} appel${ok > 1 ? 's' : ''} sur ${verdicts.length}.`,
    );
  }

  private render(commune: CommuneLite): CommuneVerdict[] {
    const loaded = this.loaded!;
    const { data } = loaded;
    const calls = this.slugs.length ? data.calls.filter((c) => this.slugs.includes(c.slug)) : data.calls;
    const verdicts = calls.map((c) => checkCommune(c, commune, data.regions));
    this.results.replaceChildren(
      heading(this.level, 0, `Résultat pour ${commune.name}`),
      el(
        'p',
        { 'data-commune-population': String(commune.population) },
        `${communeText(commune, loaded.departements)}, en région ${data.regions[commune.region] ?? commune.region}. ` +
          `Population municipale de l’Insee (populations légales), selon la liste officielle des communes (${loaded.source}).`,
      ),
      ...verdicts.map((v) => this.verdictBlock(v)),
    );
    this.results.hidden = false;
    return verdicts;
  }

  private verdictBlock(v: CommuneVerdict): HTMLElement {
    return verdictArticle(v, this.level, { answer: v.eligible ? 'Éligible' : 'Non éligible' });
  }
}

/** Starts one commune lookup (`[data-commune-root]`). */
export function startCommuneLookup(root: HTMLElement): void {
  new CommuneLookup(root).start();
}
