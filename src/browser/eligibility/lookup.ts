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
 * Markup: `src/components/eligibility/EpciPicker.astro` (`[data-elig-root]`). The field is the
 * combobox of `combobox.ts`; a pick adds the EPCI to the chosen ones (a groupement when several).
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
import { capitalise, formatNumber, NNBSP } from '../../lib/shared/french';
import { applicationsOver } from '../../lib/shared/status';
import { Combobox, comboboxParts } from './combobox';
import { el, get as getIn } from './dom';
import { heading, verdictArticle } from './verdict';

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

/** Names the picker in the error when its markup lacks an element. */
const TOOL = 'Recherche d’éligibilité';
const get = (root: HTMLElement, selector: string) => getIn(root, selector, TOOL);

class Lookup {
  private readonly input: HTMLInputElement;
  private readonly combobox: Combobox<EpciLite>;
  private readonly loading: HTMLElement;
  private readonly selection: HTMLElement;
  private readonly selectedList: HTMLElement;
  private readonly results: HTMLElement;
  private readonly level: number;
  private readonly callSlugs: string[];

  private data: EligibilityData | undefined;
  private prepared: Prepared<EpciLite>[] = [];
  private readonly picked: EpciLite[] = [];

  private readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
    const parts = comboboxParts(root, 'elig', TOOL);
    this.input = parts.input;
    this.combobox = new Combobox(parts, {
      search: (query) => this.search(query),
      option: (epci) => ({
        name: epci.name,
        meta: `SIREN ${epci.siren} · ${inhabitants(epci.population)}`,
        data: { siren: epci.siren },
      }),
      noMatch: (query) => `Aucun EPCI ne correspond à «${NNBSP}${query}${NNBSP}».`,
      pick: (epci) => this.pick(epci),
    });
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
    this.combobox.attach();
  }

  private get calls() {
    const all = this.data?.calls ?? [];
    return this.callSlugs.length ? all.filter((c) => this.callSlugs.includes(c.slug)) : all;
  }

  /** The EPCIs matching `query`, less those already chosen. */
  private search(query: string): EpciLite[] {
    const taken = new Set(this.picked.map((p) => p.siren));
    return matchEpcis(query, this.prepared, MAX_OPTIONS + taken.size)
      .filter((e) => !taken.has(e.siren))
      .slice(0, MAX_OPTIONS);
  }

  private pick(epci: EpciLite): void {
    if (!this.picked.some((p) => p.siren === epci.siren)) this.picked.push(epci);
    this.input.value = '';
    const verdicts = this.render();
    this.combobox.announceNow(`${epci.name} ajouté. ${this.summary(verdicts)}`);
    this.input.focus();
  }

  private remove(siren: string): void {
    const i = this.picked.findIndex((p) => p.siren === siren);
    if (i < 0) return;
    const [gone] = this.picked.splice(i, 1);
    const verdicts = this.render();
    this.input.focus();
    this.combobox.announceNow(`${gone?.name ?? 'EPCI'} retiré. ${this.picked.length ? this.summary(verdicts) : 'Aucun EPCI choisi.'}`);
  }

  /** One sentence for the status region: what was found (the verdicts just rendered). */
  private summary(verdicts: readonly Verdict[]): string {
    if (verdicts.length === 0) return '';
    const ok = verdicts.filter((v) => v.eligible).map((v) => v.call.shortName);
    const who =
      this.picked.length > 1
        ? `Groupement de ${this.picked.length} EPCI, ${inhabitants(verdicts[0]?.population ?? 0)}${NNBSP}: `
        : '';
    const v = verdicts[0]!;
    const answer =
      verdicts.length === 1
        ? v.unchecked
          ? `non vérifié pour ${v.call.shortName}.`
          : `${v.eligible ? 'éligible' : 'non éligible'} à ${v.call.shortName}.`
        : ok.length
          ? `éligible à ${ok.length} appel${ok.length > 1 ? 's' : ''} sur ${verdicts.length}${NNBSP}: ${ok.join(', ')}.`
          : `éligible à aucun des ${verdicts.length} appels.`;
    // The answer opens the sentence when no groupement leads it (« CC … ajouté. Éligible à … »).
    return who ? `${who}${answer}` : capitalise(answer);
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
        heading(this.level, 0, `Résultat pour un groupement de ${this.picked.length} EPCI`),
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
        heading(this.level, 0, `Résultat pour ${epci.name}`),
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
    const answer = v.eligible
      ? v.groupement
        ? 'Groupement éligible'
        : 'Éligible'
      : v.groupement
        ? 'Groupement non éligible'
        : 'Non éligible';
    return verdictArticle(v, this.level, {
      answer,
      attrs: { 'data-bracket': bracketKey },
      extra: [cost],
      after: [groupementInfo],
    });
  }
}

/** Starts one lookup (`[data-elig-root]`); every lookup of a page shares one fetch of the data. */
export function startLookup(root: HTMLElement): void {
  new Lookup(root).start(loadData());
}
