/**
 * The search page's script (`/recherche/` only): a small interface on Pagefind's JavaScript
 * API. The query and filters live in the URL (`?q=foncier&type=question`), so a search can be
 * shared and bookmarked, and back/forward restore it. Results are announced in a polite live
 * region; everything is a native form control, so the page is usable with a keyboard alone.
 */
import { filterKeys, type FilterKey } from '../lib/shared/search/filters';
import {
  bestSections,
  cleanRecordExcerpt,
  hasFilters,
  normaliseQuery,
  orderTies,
  pagefindFilters,
  parseSearchParams,
  quoted,
  statusMessage,
  toSearchParams,
  typographicApostrophes,
  type SearchState,
  type SubResult,
} from '../lib/shared/search/query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  word_count: number;
  sub_results?: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
type FilterCounts = Record<string, Record<string, number> | undefined>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: unknown }): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
  preload(query: string): Promise<void>;
}

/** The Pagefind bundle, written by `npm run build` next to the pages. */
const BUNDLE_URL = '/pagefind/pagefind.js';
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 200;

let pagefindLoading: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ BUNDLE_URL)) as Pagefind;
    await pf.options({ excerptLength: 28 });
    await pf.init();
    // Loads the filter index, so that every search returns its counts per filter value.
    await pf.filters();
    return pf;
  })();
  return pagefindLoading;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`Élément introuvable : ${selector}`);
  return el;
}

const form = required<HTMLFormElement>(document, '[data-search-form]');
const input = required<HTMLInputElement>(form, '[data-search-input]');
const filtersBox = required<HTMLElement>(form, '[data-search-filters]');
const moreFilters = required<HTMLDetailsElement>(form, '[data-search-more-filters]');
const clearFilters = required<HTMLButtonElement>(form, '[data-search-clear-filters]');
const status = required<HTMLElement>(document, '[data-search-status]');
const area = required<HTMLElement>(document, '[data-search-results-area]');
const list = required<HTMLOListElement>(area, '[data-search-results]');
const moreResults = required<HTMLButtonElement>(area, '[data-search-more-results]');
const empty = required<HTMLElement>(area, '[data-search-empty]');
const browse = required<HTMLElement>(document, '[data-search-browse]');
const baseTitle = document.title;

/** Labels shown on results, from the page (types, calls, themes) and from the filter labels. */
const labels: Record<string, Record<string, string>> = JSON.parse(form.dataset['resultLabels'] ?? '{}');
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
function filterLabel(key: string, value: string): string {
  const box = checkboxes.find((c) => c.name === key && c.value === value);
  return box?.labels?.[0]?.querySelector('[data-filter-label]')?.textContent?.trim() ?? value;
}

function readControls(): SearchState {
  const state = parseSearchParams(new URLSearchParams());
  state.q = input.value;
  for (const box of checkboxes) if (box.checked) state.filters[box.name as FilterKey]?.push(box.value);
  return state;
}

function writeControls(state: SearchState): void {
  input.value = state.q;
  for (const box of checkboxes) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  if (filterKeys.some((k) => k !== 'type' && state.filters[k].length > 0)) moreFilters.open = true;
}

/** How a search changes the browser history: a new entry, or none. */
type Commit = 'push' | 'typing' | 'none';
let typingEntry = false;
function commitUrl(state: SearchState, commit: Commit): void {
  if (commit === 'none') return;
  const params = toSearchParams(state).toString();
  const url = params ? `${location.pathname}?${params}` : location.pathname;
  if (url === `${location.pathname}${location.search}`) return;
  if (commit === 'typing' && typingEntry) {
    history.replaceState(null, '', url);
  } else {
    history.pushState(null, '', url);
  }
  typingEntry = commit === 'typing';
}

function announce(text: string): void {
  // Emptying first makes screen readers announce the message even when it is unchanged.
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = text;
  });
}

function renderCounts(counts: FilterCounts): void {
  // « Retirer tous les filtres » only when there is one to remove.
  clearFilters.hidden = ![...checkboxes].some((box) => box.checked);
  for (const box of checkboxes) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const holder = box.labels?.[0]?.querySelector('[data-filter-count]');
    if (holder) holder.textContent = `(${count})`;
    box.closest('[data-filter-option]')?.classList.toggle('is-empty', count === 0 && !box.checked);
  }
}

function text(tag: string, content: string, className?: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}

function resultContext(data: PagefindResultData): string {
  const parts: string[] = [];
  const type = data.filters['type']?.[0];
  if (type) parts.push(labels['type']?.[type] ?? type);
  for (const call of data.filters['appel'] ?? []) parts.push(labels['appel']?.[call] ?? filterLabel('appel', call));
  if (type === 'question') for (const theme of data.filters['theme'] ?? []) parts.push(labels['theme']?.[theme] ?? theme);
  return parts.join(' · ');
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const rawTitle = data.meta['title'] ?? data.url;
  const title = typographicApostrophes(rawTitle);
  const isQuestion = data.filters['type']?.[0] === 'question';
  const sections = isQuestion ? [] : bestSections(data.sub_results, data.url);
  const best = sections[0];

  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = best?.url ?? data.url;
  link.append(title);
  if (best && best.title.trim() && typographicApostrophes(best.title) !== title) {
    link.append(text('span', ` › ${typographicApostrophes(best.title)}`, 'result-section'));
  }
  heading.append(link);
  li.append(heading, text('p', resultContext(data), 'meta'));

  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Pagefind escapes the excerpt's text and adds only <mark> elements.
  excerpt.innerHTML = typographicApostrophes(isQuestion ? cleanRecordExcerpt(data.excerpt, rawTitle) : (best?.excerpt ?? data.excerpt));
  li.append(excerpt);

  if (sections.length > 1) {
    const also = document.createElement('p');
    also.className = 'result-also';
    also.append('Aussi dans cette page : ');
    sections.slice(1).forEach((s, i) => {
      if (i > 0) also.append(', ');
      const a = document.createElement('a');
      a.href = s.url;
      a.textContent = typographicApostrophes(s.title);
      also.append(a);
    });
    li.append(also);
  }
  return li;
}

/** The current search: its results, and how many are shown. */
let current: { results: PagefindResult[]; shown: number; generation: number } = { results: [], shown: 0, generation: 0 };
let generation = 0;

async function showMore(gen: number, moveFocus: boolean): Promise<void> {
  const slice = current.results.slice(current.shown, current.shown + PAGE_SIZE);
  const loaded = await Promise.all(slice.map(async (r) => ({ score: r.score, data: await r.data() })));
  if (gen !== generation) return;
  const ordered = orderTies(loaded.map((l) => ({ ...l, wordCount: l.data.word_count })));
  const items = ordered.map((l) => renderResult(l.data));
  list.append(...items);
  current.shown += slice.length;
  moreResults.hidden = current.shown >= current.results.length;
  if (moveFocus) items[0]?.querySelector('a')?.focus();
}

async function run(state: SearchState, commit: Commit): Promise<void> {
  const gen = ++generation;
  commitUrl(state, commit);
  const q = normaliseQuery(state.q);
  // The query as readers see it: apostrophes typographic again (Pagefind gets ASCII ones).
  const shownQuery = typographicApostrophes(q);
  document.title = q ? `${quoted(shownQuery)} – ${baseTitle}` : baseTitle;
  const pf = await pagefind();
  if (gen !== generation) return;

  if (!q && !hasFilters(state.filters)) {
    renderCounts(await pf.filters());
    if (gen !== generation) return;
    area.hidden = true;
    browse.hidden = false;
    list.replaceChildren();
    status.textContent = '';
    return;
  }

  area.setAttribute('aria-busy', 'true');
  const search = await pf.search(q || null, { filters: pagefindFilters(state.filters) });
  if (!search || gen !== generation) return;
  // A selected group's counts ignore its own selection: they say what adding a value gives.
  const counts: FilterCounts = { ...search.filters };
  for (const key of filterKeys) {
    if (state.filters[key].length === 0) continue;
    const other = await pf.search(q || null, { filters: pagefindFilters(state.filters, key) });
    if (!other || gen !== generation) return;
    counts[key] = other.filters[key];
  }
  renderCounts(counts);

  current = { results: search.results, shown: 0, generation: gen };
  list.replaceChildren();
  await showMore(gen, false);
  if (gen !== generation) return;
  area.removeAttribute('aria-busy');
  area.hidden = false;
  empty.hidden = search.results.length > 0;
  browse.hidden = true;
  const active = filterKeys.flatMap((k) => state.filters[k].map((v) => filterLabel(k, v)));
  announce(statusMessage(search.results.length, shownQuery, active));
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  const q = normaliseQuery(input.value);
  if (q) void pagefind().then((pf) => pf.preload(q));
  typingTimer = setTimeout(() => void run(readControls(), 'typing'), TYPING_DELAY_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  void run(readControls(), 'push');
});
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') {
    clearTimeout(typingTimer);
    void run(readControls(), 'push');
  }
});
clearFilters.addEventListener('click', () => {
  for (const box of checkboxes) box.checked = false;
  void run(readControls(), 'push');
});
moreResults.addEventListener('click', () => void showMore(current.generation, true));
window.addEventListener('popstate', () => {
  typingEntry = false;
  const state = parseSearchParams(new URLSearchParams(location.search));
  writeControls(state);
  void run(state, 'none');
});

filtersBox.hidden = false;
const initial = parseSearchParams(new URLSearchParams(location.search));
writeControls(initial);
void run(initial, 'none').catch((error: unknown) => {
  status.textContent = 'La recherche n’a pas pu démarrer. Les contenus du site restent listés ci-dessous.';
  console.error(error);
});
