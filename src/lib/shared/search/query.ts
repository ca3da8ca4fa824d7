/**
 * The search page's pure logic, shared by its browser script and the unit tests: the state
 * a search URL carries, Pagefind filter options, the French messages, the order of results.
 */
import { foldAccents, NNBSP, quoted } from '../french';
import { filterKeys, type FilterKey } from './filters';

/** What a search URL (`/recherche/?q=foncier&type=question`) says. */
export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return Object.fromEntries(filterKeys.map((k) => [k, []])) as unknown as Record<FilterKey, string[]>;
}

/**
 * A query as Pagefind should see it: trimmed, single spaces, typographic apostrophes made
 * ASCII (the index is built that way, see `normaliseApostrophes`).
 */
export function normaliseQuery(q: string): string {
  return q.replace(/[\u2019\u02BC]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Reads a search state from URL parameters; unknown parameters and empty values are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of filterKeys) {
    filters[key] = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** URL parameters of a state, in a stable order: `q` first, then filters in `filterKeys` order. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of filterKeys) for (const value of state.filters[key]) params.append(key, value);
  return params;
}

/** Whether any filter value is selected. */
export function hasFilters(filters: Record<FilterKey, string[]>): boolean {
  return filterKeys.some((k) => filters[k].length > 0);
}

/** A Pagefind filter condition: any selected value of a group, every group (optionally one left out). */
export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

export function pagefindFilters(filters: Record<FilterKey, string[]>, except?: FilterKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of filterKeys) {
    if (key !== except && filters[key].length > 0) out[key] = { any: [...filters[key]] };
  }
  return out;
}

/** « 3 résultats », « 1 résultat », « Aucun résultat ». */
export function countText(count: number): string {
  if (count === 0) return 'Aucun résultat';
  return `${count} résultat${count > 1 ? 's' : ''}`;
}

export { quoted };

/**
 * The message of the live region: « 3 résultats pour « foncier » », followed by the active
 * filters when there are any (« , filtrés par : Questions, Clos »).
 */
export function statusMessage(count: number, q: string, activeFilterLabels: readonly string[] = []): string {
  const query = q.trim();
  let text = countText(count);
  if (query) text += ` pour ${quoted(query)}`;
  if (activeFilterLabels.length > 0) text += `${query ? ',' : ''} avec ${activeFilterLabels.length > 1 ? 'les filtres' : 'le filtre'}${NNBSP}: ${activeFilterLabels.join(', ')}`;
  return `${text}.`;
}

/** Turns the ASCII apostrophes of indexed text back into typographic ones (text or escaped HTML). */
export function typographicApostrophes(text: string): string {
  return text.replace(/&#0*39;|&#x0*27;|&apos;|'/gi, '\u2019');
}

/** What the ranking needs of a loaded result. */
export interface RankedResult {
  score: number;
  wordCount: number;
}

/**
 * Orders results whose scores are within `tolerance` (relative) of the first of their run
 * by decreasing length: when two answers match a query equally well — typically the same
 * question asked of two calls — the more complete answer comes first. Pagefind's ranking
 * otherwise favours the shorter text, i.e. the answer that says least. Stable otherwise.
 */
export function orderTies<T extends RankedResult>(results: readonly T[], tolerance = 0.02): T[] {
  const out: T[] = [];
  let run: T[] = [];
  const flush = () => {
    out.push(...[...run].sort((a, b) => b.wordCount - a.wordCount));
    run = [];
  };
  for (const result of results) {
    const head = run[0];
    if (head && head.score - result.score > tolerance * Math.abs(head.score)) flush();
    run.push(result);
  }
  flush();
  return out;
}

/** A part of a page that Pagefind matched (a section under a heading with an `id`). */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: readonly { weight: number; balanced_score?: number }[];
  locations?: readonly number[];
}

function subScore(sub: SubResult): number {
  const weighted = sub.weighted_locations ?? [];
  if (weighted.length > 0) return weighted.reduce((sum, l) => sum + (l.balanced_score ?? l.weight), 0);
  return sub.locations?.length ?? 0;
}

/**
 * The sections of a page a result should lead to, best first: those with an anchor of their
 * own (not the page itself, nor the part before its first anchored heading), by how strongly
 * they match. Returns at most `max` sections.
 */
export function bestSections(subResults: readonly SubResult[] | undefined, pageUrl: string, max = 3): SubResult[] {
  return [...(subResults ?? [])]
    .filter((s) => s.url !== pageUrl && s.url.includes('#'))
    .map((s, i) => ({ s, i, score: subScore(s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .map((x) => x.s);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00A0' };

/**
 * Index in `html` (escaped HTML with `<mark>`s) just past its leading text when that text,
 * spaces aside and folded, is exactly `target`; -1 otherwise.
 */
function consumePrefix(html: string, target: string): number {
  let matched = 0;
  let i = 0;
  while (i < html.length && matched < target.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return -1;
      i = end + 1;
      continue;
    }
    let char = ch;
    let next = i + 1;
    if (ch === '&') {
      const end = html.indexOf(';', i);
      const entity = end > i ? ENTITIES[html.slice(i + 1, end).toLowerCase()] : undefined;
      if (entity !== undefined) {
        char = entity;
        next = end + 1;
      }
    }
    i = next;
    if (/\s/.test(char)) continue;
    const folded = foldAccents(char);
    if (target.slice(matched, matched + folded.length) !== folded) return -1;
    matched += folded.length;
  }
  return matched === target.length ? i : -1;
}

/**
 * An excerpt of a FAQ record (escaped HTML with `<mark>`s) without what the result already
 * shows: the question it may start with — whole, or its end when the excerpt starts inside
 * it — and the context line (after `contextMark`) it may end with.
 */
export function cleanRecordExcerpt(html: string, title: string, contextMark = '¶'): string {
  let out = html;
  const mark = out.indexOf(contextMark);
  if (mark >= 0) out = out.slice(0, mark);
  const wanted = [...title].filter((c) => !/\s/.test(c)).map((c) => foldAccents(c)).join('');
  for (let k = 0; k < wanted.length; k++) {
    const end = consumePrefix(out, wanted.slice(k));
    if (end >= 0) {
      out = out.slice(end).replace(/^(\s*<\/mark>)+/, '').replace(/^[\s.:;,]+/, '');
      break;
    }
  }
  return out.trim();
}
