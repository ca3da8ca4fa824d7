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
 * Markup: `src/components/eligibility/CommunePicker.astro` (`[data-commune-root]`). Logic:
 * `src/lib/eligibility/commune.ts`.
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
import { applicationsOver } from '../../lib/shared/status';

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

type Child = Node | string | undefined | false;

function el(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined && child !== false) node.append(child);
  return node;
}

function get(root: HTMLElement, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`Recherche par commune : élément ${selector} absent`);
  return found;
}

class CommuneLookup {
  private readonly input: HTMLInputElement;
  private readonly listbox: HTMLElement;
  private readonly status: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly loading: HTMLElement;
  private readonly results: HTMLElement;
  private readonly level: number;
  private readonly slugs: string[];
  private loaded: Loaded | undefined;
  private prepared: PreparedCommune[] = [];
  private options: CommuneLite[] = [];
  private active = -1;

  constructor(private readonly root: HTMLElement) {
    this.input = get(root, '[data-commune-input]') as HTMLInputElement;
    this.listbox = get(root, '[data-commune-listbox]');
    this.status = get(root, '[data-commune-status]');
    this.empty = get(root, '[data-commune-empty]');
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
    this.input.addEventListener('input', () => this.update());
    if (this.input.value.trim()) this.update();
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
    this.listbox.addEventListener('mousedown', (e) => e.preventDefault());
    this.listbox.addEventListener('click', (e) => {
      const option = (e.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      const commune = option ? this.options[Number(option.dataset['index'])] : undefined;
      if (commune) this.pick(commune);
    });
  }

  private regionsText(): string {
    const names = this.loaded?.data.regions ?? {};
    const regions = this.loaded?.regions ?? [];
    return `en région${regions.length > 1 ? 's' : ''} ${frenchList(regions.map((r) => names[r] ?? r))}`;
  }

  private update(): void {
    const query = this.input.value;
    this.options = matchCommunes(query, this.prepared, MAX_OPTIONS);
    this.active = -1;
    this.renderOptions();
    const blank = query.trim() === '';
    this.empty.hidden = blank || this.options.length > 0;
    this.empty.textContent =
      blank || this.options.length > 0
        ? ''
        : `Aucune commune ne correspond à «${NNBSP}${query.trim()}${NNBSP}» ${this.regionsText()}.`;
    window.setTimeout(() => {
      this.status.textContent = blank
        ? ''
        : this.options.length === 0
          ? this.empty.textContent ?? ''
          : `${this.options.length} proposition${this.options.length > 1 ? 's' : ''}. Flèches haut et bas pour parcourir, Entrée pour choisir.`;
    }, 500);
  }

  private renderOptions(): void {
    const deps = this.loaded?.departements ?? {};
    this.listbox.replaceChildren(
      ...this.options.map((c, i) =>
        el(
          'li',
          {
            id: `${this.input.id}-option-${i}`,
            role: 'option',
            'aria-selected': i === this.active ? 'true' : 'false',
            'data-index': String(i),
            'data-code': c.code,
          },
          el('span', { class: 'elig-option-name' }, c.name),
          ' ',
          el('span', { class: 'elig-option-meta' }, `${deps[c.departement] ?? ''} (${c.departement}) · INSEE ${c.code}`),
        ),
      ),
    );
    const open = this.options.length > 0;
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.input.id}-option-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private close(): void {
    this.options = [];
    this.active = -1;
    this.renderOptions();
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (n === 0) return;
      this.active = e.key === 'ArrowDown' ? (this.active + 1) % n : this.active <= 0 ? n - 1 : this.active - 1;
      this.renderOptions();
    } else if (e.key === 'Enter') {
      const chosen = this.options[this.active] ?? (n === 1 ? this.options[0] : undefined);
      if (chosen) {
        e.preventDefault();
        this.pick(chosen);
      }
    } else if (e.key === 'Escape' && n > 0) {
      e.preventDefault();
      this.close();
    } else if (e.key === 'Tab') {
      this.close();
    }
  }

  private pick(commune: CommuneLite): void {
    this.input.value = commune.name;
    this.close();
    const verdicts = this.render(commune);
    const ok = verdicts.filter((v) => v.eligible).length;
    this.status.textContent = '';
    window.setTimeout(() => {
      this.status.textContent =
        verdicts.length === 1
          ? `${commune.name}${NNBSP}: ${verdicts[0]!.unchecked ? 'non vérifié' : verdicts[0]!.eligible ? 'éligible' : 'non éligible'}.`
          : `${commune.name}${NNBSP}: éligible à ${ok} appel${ok > 1 ? 's' : ''} sur ${verdicts.length}.`;
    }, 50);
  }

  private heading(offset: number, text: string): HTMLElement {
    return el(`h${Math.min(6, this.level + offset)}`, {}, text);
  }

  private render(commune: CommuneLite): CommuneVerdict[] {
    const loaded = this.loaded!;
    const { data } = loaded;
    const calls = this.slugs.length ? data.calls.filter((c) => this.slugs.includes(c.slug)) : data.calls;
    const verdicts = calls.map((c) => checkCommune(c, commune, data.regions));
    this.results.replaceChildren(
      this.heading(0, `Résultat pour ${commune.name}`),
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
    const { call } = v;
    const closed = applicationsOver(call.status.key);
    return el(
      'article',
      {
        class: `elig-verdict ${v.unchecked ? 'is-unchecked' : v.eligible ? 'is-eligible' : 'is-not-eligible'}`,
        'data-call': call.slug,
        'data-eligible': v.unchecked ? 'unchecked' : String(v.eligible),
      },
      this.heading(1, `${call.title} (${call.shortName})`),
      el(
        'p',
        { class: 'elig-answer' },
        el('strong', {}, v.unchecked ? 'Non vérifié par l’outil' : v.eligible ? 'Éligible' : 'Non éligible'),
        v.eligible && closed ? ` – mais l’appel ne reçoit plus de candidatures (${call.status.label.toLowerCase()}).` : undefined,
      ),
      el(
        'ul',
        { class: 'elig-reasons' },
        ...v.reasons.map((r) =>
          el(
            'li',
            { class: r.ok ? 'is-ok' : 'is-ko', 'data-topic': r.topic },
            el('span', { class: 'visually-hidden' }, r.ok ? 'Condition remplie : ' : 'Condition non remplie : '),
            r.text,
          ),
        ),
      ),
      el(
        'p',
        {},
        `Statut${NNBSP}: `,
        el('span', { class: `status status--${call.status.key}` }, call.status.label),
        ` – ${call.status.detail}.`,
        call.deadline && !call.status.detail.includes(call.deadline) ? ` Date limite${NNBSP}: ${call.deadline}.` : undefined,
      ),
      el(
        'p',
        { class: 'elig-links' },
        el('a', { href: call.url }, `Lire l’appel ${call.shortName}`),
        ' · ',
        el('a', { href: call.kitUrl, download: '' }, 'Télécharger le dossier de candidature (ZIP)'),
      ),
    );
  }
}

/** Starts one commune lookup (`[data-commune-root]`). */
export function startCommuneLookup(root: HTMLElement): void {
  new CommuneLookup(root).start();
}
