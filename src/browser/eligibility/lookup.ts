/**
 * The eligibility lookup in the browser: an accessible combobox to pick one EPCI, or several
 * for a groupement, by name or SIREN; then, for each call, the verdict and its reasons, the
 * bracket that applies, the status and deadline, and links to the call and its kit.
 *
 * All the logic (matching, brackets, verdicts) is `src/lib/shared/eligibility`, shared with the
 * build. This module and its data (`/eligibilite/epci.json`) are loaded by `boot.ts`: as the
 * page loads on `/eligibilite/` (so that the lookup keeps working if the network goes away
 * afterwards), on a call page when the reader first focuses or touches the field.
 *
 * Markup: `src/components/eligibility/EpciPicker.astro` (`[data-elig-root]`).
 * Combobox pattern (WAI-ARIA 1.2, list autocomplete): Down/Up move through the options,
 * Enter picks, Escape closes the list then clears the field; a polite status region
 * announces the number of options and each result.
 */
import {
  checkEligibility,
  decodeData,
  epciTypeNames,
  inhabitants,
  matchEpcis,
  prepare,
  whereText,
  type EligibilityData,
  type EpciLite,
  type Prepared,
  type Verdict,
} from '../../lib/shared/eligibility';
import { formatNumber, NNBSP } from '../../lib/shared/french';
import { applicationsOver } from '../../lib/shared/status';

const DATA_URL = '/eligibilite/epci.json';
const MAX_OPTIONS = 8;

let dataPromise: Promise<EligibilityData> | undefined;

/** The lookup's data, fetched once per page. */
function loadData(): Promise<EligibilityData> {
  dataPromise ??= fetch(DATA_URL, { credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then(decodeData);
  return dataPromise;
}

type Child = Node | string | undefined | false;

/** A new element with attributes and children (text is set as text, never parsed as HTML). */
function el(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined && child !== false) node.append(child);
  return node;
}

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n > 1 ? many : one}`;

function get(root: HTMLElement, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`Recherche d’éligibilité : élément ${selector} absent`);
  return found;
}

class Lookup {
  private readonly input: HTMLInputElement;
  private readonly listbox: HTMLElement;
  private readonly status: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly loading: HTMLElement;
  private readonly selection: HTMLElement;
  private readonly selectedList: HTMLElement;
  private readonly results: HTMLElement;
  private readonly level: number;
  private readonly callSlugs: string[];

  private data: EligibilityData | undefined;
  private prepared: Prepared<EpciLite>[] = [];
  private options: EpciLite[] = [];
  private active = -1;
  private readonly picked: EpciLite[] = [];
  private announceTimer: number | undefined;

  constructor(private readonly root: HTMLElement) {
    this.input = get(root, '[data-elig-input]') as HTMLInputElement;
    this.listbox = get(root, '[data-elig-listbox]');
    this.status = get(root, '[data-elig-status]');
    this.empty = get(root, '[data-elig-empty]');
    this.loading = get(root, '[data-elig-loading]');
    this.selection = get(root, '[data-elig-selection]');
    this.selectedList = get(root, '[data-elig-selected]');
    this.results = get(root, '[data-elig-results]');
    this.level = Math.min(5, Math.max(2, Number(root.dataset['level'] ?? '2')));
    this.callSlugs = (root.dataset['calls'] ?? '').split(',').filter(Boolean);
  }

  start(data: Promise<EligibilityData>): void {
    // The field stays usable while the list loads (the reader may already be typing in it);
    // what was typed is matched as soon as the list is there.
    this.loading.hidden = false;
    data.then(
      (d) => this.ready(d),
      () => {
        this.loading.textContent =
          'La liste des EPCI n’a pas pu être chargée. Consultez la liste par région de la page Éligibilité.';
      },
    );
  }

  private ready(data: EligibilityData): void {
    this.data = data;
    this.prepared = prepare(data.epcis);
    this.loading.hidden = true;
    this.input.disabled = false;
    this.root.dataset['ready'] = 'true';
    this.input.addEventListener('input', () => this.update(true));
    if (this.input.value.trim() && document.activeElement === this.input) this.update(true);
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
    // Keep the focus in the field when an option is clicked.
    this.listbox.addEventListener('mousedown', (e) => e.preventDefault());
    this.listbox.addEventListener('click', (e) => {
      const option = (e.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      const index = option ? Number(option.dataset['index']) : -1;
      const epci = this.options[index];
      if (epci) this.pick(epci);
    });
  }

  private get calls() {
    const all = this.data?.calls ?? [];
    return this.callSlugs.length ? all.filter((c) => this.callSlugs.includes(c.slug)) : all;
  }

  /** Recomputes the options from the field. */
  private update(announce: boolean): void {
    const query = this.input.value;
    const taken = new Set(this.picked.map((p) => p.siren));
    this.options = matchEpcis(query, this.prepared, MAX_OPTIONS + taken.size)
      .filter((e) => !taken.has(e.siren))
      .slice(0, MAX_OPTIONS);
    this.active = -1;
    this.renderOptions();
    const blank = query.trim() === '';
    this.empty.hidden = blank || this.options.length > 0;
    this.empty.textContent =
      blank || this.options.length > 0 ? '' : `Aucun EPCI ne correspond à «${NNBSP}${query.trim()}${NNBSP}».`;
    if (announce) {
      this.announceLater(
        blank
          ? ''
          : this.options.length === 0
            ? this.empty.textContent
            : `${plural(this.options.length, 'proposition', 'propositions')}. Flèches haut et bas pour parcourir, Entrée pour choisir.`,
      );
    }
  }

  private renderOptions(): void {
    const open = this.options.length > 0;
    this.listbox.replaceChildren(
      ...this.options.map((epci, i) =>
        el(
          'li',
          {
            id: `${this.input.id}-option-${i}`,
            role: 'option',
            'aria-selected': i === this.active ? 'true' : 'false',
            'data-index': String(i),
            'data-siren': epci.siren,
          },
          el('span', { class: 'elig-option-name' }, epci.name),
          ' ',
          el('span', { class: 'elig-option-meta' }, `SIREN ${epci.siren} · ${inhabitants(epci.population)}`),
        ),
      ),
    );
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (this.active >= 0) {
      const id = `${this.input.id}-option-${this.active}`;
      this.input.setAttribute('aria-activedescendant', id);
      document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private close(): void {
    this.options = [];
    this.active = -1;
    this.renderOptions();
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (n === 0) this.update(true);
        if (this.options.length === 0) return;
        this.active = (this.active + 1) % this.options.length;
        this.renderOptions();
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (n === 0) return;
        this.active = this.active <= 0 ? n - 1 : this.active - 1;
        this.renderOptions();
        break;
      case 'Enter': {
        const chosen = this.options[this.active] ?? (n === 1 ? this.options[0] : undefined);
        if (chosen) {
          e.preventDefault();
          this.pick(chosen);
        }
        break;
      }
      case 'Escape':
        if (n > 0) {
          e.preventDefault();
          this.close();
        } else if (this.input.value) {
          e.preventDefault();
          this.input.value = '';
          this.empty.hidden = true;
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
    }
  }

  private pick(epci: EpciLite): void {
    if (!this.picked.some((p) => p.siren === epci.siren)) this.picked.push(epci);
    this.input.value = '';
    this.empty.hidden = true;
    this.close();
    const verdicts = this.render();
    this.announceNow(`${epci.name} ajouté. ${this.summary(verdicts)}`);
    this.input.focus();
  }

  private remove(siren: string): void {
    const i = this.picked.findIndex((p) => p.siren === siren);
    if (i < 0) return;
    const [gone] = this.picked.splice(i, 1);
    const verdicts = this.render();
    this.input.focus();
    this.announceNow(`${gone?.name ?? 'EPCI'} retiré. ${this.picked.length ? this.summary(verdicts) : 'Aucun EPCI choisi.'}`);
  }

  /** One sentence for the status region: what was found (the verdicts just rendered). */
  private summary(verdicts: readonly Verdict[]): string {
    if (verdicts.length === 0) return '';
    const ok = verdicts.filter((v) => v.eligible).map((v) => v.call.shortName);
    const who =
      this.picked.length > 1
        ? `Groupement de ${this.picked.length} EPCI, ${inhabitants(verdicts[0]?.population ?? 0)}${NNBSP}: `
        : '';
    if (verdicts.length === 1) {
      const v = verdicts[0]!;
      return v.unchecked
        ? `${who}non vérifié pour ${v.call.shortName}.`
        : `${who}${v.eligible ? 'éligible' : 'non éligible'} à ${v.call.shortName}.`;
    }
    return ok.length
      ? `${who}éligible à ${ok.length} appel${ok.length > 1 ? 's' : ''} sur ${verdicts.length}${NNBSP}: ${ok.join(', ')}.`
      : `${who}éligible à aucun des ${verdicts.length} appels.`;
  }

  /** Shows the chosen EPCIs and the verdicts; returns the verdicts (none without a choice). */
  private render(): Verdict[] {
    this.renderSelection();
    return this.renderResults();
  }

  private renderSelection(): void {
    this.selection.hidden = this.picked.length === 0;
    this.selectedList.replaceChildren(
      ...this.picked.map((epci) => {
        const button = el(
          'button',
          { type: 'button', class: 'button-secondary' },
          'Retirer',
          el('span', { class: 'visually-hidden' }, ` ${epci.name}`),
        );
        button.addEventListener('click', () => this.remove(epci.siren));
        return el(
          'li',
          { 'data-siren': epci.siren },
          el('strong', {}, epci.name),
          ' ',
          el('span', { class: 'meta' }, `SIREN ${epci.siren} · ${inhabitants(epci.population)}`),
          ' ',
          button,
        );
      }),
    );
  }

  private heading(offset: number, text: string, attrs: Record<string, string> = {}): HTMLElement {
    return el(`h${Math.min(6, this.level + offset)}`, attrs, text);
  }

  private renderResults(): Verdict[] {
    const data = this.data;
    if (!data || this.picked.length === 0) {
      this.results.replaceChildren();
      this.results.hidden = true;
      return [];
    }
    const groupement = this.picked.length > 1;
    const verdicts = this.calls.map((c) => checkEligibility(c, this.picked, data.regions));
    const population = verdicts[0]?.population ?? this.picked.reduce((s, e) => s + e.population, 0);
    const municipal = this.picked.reduce((s, e) => s + e.populationMunicipale, 0);
    const intro: HTMLElement[] = [];
    if (groupement) {
      intro.push(
        this.heading(0, `Résultat pour un groupement de ${this.picked.length} EPCI`),
        el(
          'p',
          { 'data-elig-population': String(population) },
          `Population totale du groupement${NNBSP}: `,
          el('strong', {}, inhabitants(population)),
          `, somme des populations totales de ses ${this.picked.length} EPCI (population municipale${NNBSP}: ${formatNumber(municipal)}). ` +
            'Une commune n’appartient qu’à un seul EPCI\u202F: personne n’est compté deux fois.',
        ),
      );
    } else {
      const epci = this.picked[0]!;
      intro.push(
        this.heading(0, `Résultat pour ${epci.name}`),
        el(
          'p',
          { 'data-elig-population': String(population) },
          `${epciTypeNames[epci.type] ?? epci.type}, SIREN ${epci.siren}, ${whereText(epci, data.regions)}. Population totale${NNBSP}: `,
          el('strong', {}, inhabitants(epci.population)),
          ` (population municipale${NNBSP}: ${formatNumber(epci.populationMunicipale)}).`,
        ),
      );
    }
    this.results.replaceChildren(...intro, ...verdicts.map((v) => this.verdictBlock(v)));
    this.results.hidden = false;
    return verdicts;
  }

  private verdictBlock(v: Verdict): HTMLElement {
    const { call } = v;
    const bracketKey = v.bracket.kind === 'bracket' ? v.bracket.bracket.id : v.bracket.kind;
    /** Applications are over: the verdict says so, and no longer invites to build a groupement. */
    const closed = applicationsOver(call.status.key);
    const reasons = el(
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
    );
    const cost = v.cost.length && !v.unchecked
      ? el(
          'div',
          {
            class: v.costNotice ? 'notice elig-cost' : 'elig-cost',
            'data-elig-cost': '',
            role: v.costNotice ? 'note' : undefined,
          },
          ...v.cost.map((line, i) =>
            el('p', {}, i === 0 && v.costNotice ? el('strong', {}, `Attention${NNBSP}: `) : undefined, line),
          ),
        )
      : undefined;
    const groupementInfo = v.groupement
      ? el(
          'div',
          { class: 'elig-groupement', 'data-elig-groupement': '' },
          el('p', {}, el('strong', {}, `Ce que dit l’appel sur les groupements${NNBSP}:`)),
          el('ul', {}, ...call.groupement.map((s) => el('li', {}, s))),
        )
      : call.applicantTypes.includes('groupement-epci') && !closed
        ? el('p', { class: 'meta' }, 'Candidature groupée\u202F: choisissez aussi les autres EPCI du groupement.')
        : undefined;
    return el(
      'article',
      {
        class: `elig-verdict ${v.unchecked ? 'is-unchecked' : v.eligible ? 'is-eligible' : 'is-not-eligible'}`,
        'data-call': call.slug,
        'data-eligible': v.unchecked ? 'unchecked' : String(v.eligible),
        'data-bracket': bracketKey,
      },
      this.heading(1, `${call.title} (${call.shortName})`),
      el(
        'p',
        { class: 'elig-answer' },
        el(
          'strong',
          {},
          v.unchecked
            ? 'Non vérifié par l’outil'
            : v.eligible
            ? v.groupement
              ? 'Groupement éligible'
              : 'Éligible'
            : v.groupement
              ? 'Groupement non éligible'
              : 'Non éligible',
        ),
        v.eligible && closed ? ` – mais l’appel ne reçoit plus de candidatures (${call.status.label.toLowerCase()}).` : undefined,
      ),
      reasons,
      cost,
      el(
        'p',
        {},
        `Statut${NNBSP}: `,
        el('span', { class: `status status--${call.status.key}` }, call.status.label),
        ` – ${call.status.detail}.`,
        call.deadline && !call.status.detail.includes(call.deadline)
          ? ` Date limite${NNBSP}: ${call.deadline}.`
          : undefined,
      ),
      groupementInfo,
      el(
        'p',
        { class: 'elig-links' },
        el('a', { href: call.url }, `Lire l’appel ${call.shortName}`),
        ' · ',
        el('a', { href: call.kitUrl, download: '' }, `Télécharger le dossier de candidature (ZIP)`),
      ),
    );
  }

  private announceNow(text: string): void {
    window.clearTimeout(this.announceTimer);
    // Clear first so that the same sentence twice is announced twice.
    this.status.textContent = '';
    window.setTimeout(() => {
      this.status.textContent = text;
    }, 50);
  }

  private announceLater(text: string): void {
    window.clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      this.status.textContent = text;
    }, 500);
  }
}

/** Starts one lookup (`[data-elig-root]`); every lookup of a page shares one fetch of the data. */
export function startLookup(root: HTMLElement): void {
  new Lookup(root).start(loadData());
}
