/**
 * Finding EPCIs by name or SIREN, for the combobox of the eligibility lookup.
 *
 * A name query matches an EPCI when every one of its words starts a word of the EPCI's
 * name or of its type spelt out ("communauté de communes" for CC), accents, case, hyphens
 * and punctuation aside; small words ("de", "la", "d'"…) may be left out or typed. A query
 * of digits matches the start of a SIREN. Results are ranked: exact name, name starting
 * with the query, words in the name's order, then any order; then by name.
 */
import { normalize, sirenDigits, words } from './normalize';

/** What matching needs of an EPCI. */
export interface Searchable {
  siren: string;
  name: string;
  /** CC, CA, CU, METRO or MET69. */
  type: string;
}

/** The EPCI types spelt out, so that "communauté urbaine d'Alençon" finds "CU d'Alençon". */
export const epciTypeNames: Readonly<Record<string, string>> = {
  CC: 'Communauté de communes',
  CA: "Communauté d'agglomération",
  CU: 'Communauté urbaine',
  METRO: 'Métropole',
  MET69: 'Métropole de Lyon',
};

/** Words a reader may type or leave out without changing what they look for. */
const SMALL_WORDS = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'en', 'sur', 'a', 'au', 'aux']);

/** An EPCI prepared for matching (built once per list). */
export interface Prepared<T extends Searchable> {
  item: T;
  /** Normalised name. */
  key: string;
  /** Words of the name, then words of the type spelt out and its abbreviation. */
  words: string[];
  /** How many of `words` come from the name. */
  nameWords: number;
}

/** Prepares a list of EPCIs for `matchEpcis` (do it once; matching is then cheap). */
export function prepare<T extends Searchable>(items: readonly T[]): Prepared<T>[] {
  return items.map((item) => {
    const name = words(item.name);
    const type = [...words(epciTypeNames[item.type] ?? ''), ...words(item.type)];
    return { item, key: name.join(' '), words: [...name, ...type], nameWords: name.length };
  });
}

/** Position in `haystack` of the first word, from `from` on, that starts with `prefix`; -1 when none. */
function findPrefix(haystack: readonly string[], prefix: string, from = 0): number {
  for (let i = from; i < haystack.length; i++) if (haystack[i]!.startsWith(prefix)) return i;
  return -1;
}

/** Rank of a match (smaller is better), or undefined when `entry` does not match. */
function rank<T extends Searchable>(entry: Prepared<T>, query: string, tokens: readonly string[]): number | undefined {
  if (entry.key === query) return 0;
  // The name without its type abbreviation ("CC Caux - Austreberthe" → "caux austreberthe").
  const bare = entry.key.replace(/^(cc|ca|cu|metropole) /, '');
  if (entry.key.startsWith(query) || bare.startsWith(query)) return 1;
  let inOrder = true;
  let cursor = 0;
  for (const token of tokens) {
    const at = findPrefix(entry.words, token, cursor);
    if (at >= 0) {
      cursor = at + 1;
      continue;
    }
    inOrder = false;
    if (findPrefix(entry.words, token) < 0) return undefined;
  }
  return inOrder ? 2 : 3;
}

/**
 * The EPCIs matching `query`, best first, at most `limit`. An empty query matches nothing.
 * `list` is either the EPCIs themselves or the result of `prepare` (faster when reused).
 */
export function matchEpcis<T extends Searchable>(query: string, list: readonly Prepared<T>[], limit = 10): T[] {
  const digits = sirenDigits(query);
  if (digits !== undefined) {
    if (digits.length < 2) return [];
    return list
      .filter((e) => e.item.siren.startsWith(digits))
      .sort((a, b) => a.item.siren.localeCompare(b.item.siren))
      .slice(0, limit)
      .map((e) => e.item);
  }
  const all = words(query);
  if (all.length === 0) return [];
  const meaningful = all.filter((w) => !SMALL_WORDS.has(w));
  const tokens = meaningful.length > 0 ? meaningful : all;
  const normalized = normalize(query);
  const found: { entry: Prepared<T>; rank: number }[] = [];
  for (const entry of list) {
    const r = rank(entry, normalized, tokens);
    if (r !== undefined) found.push({ entry, rank: r });
  }
  found.sort(
    (a, b) =>
      a.rank - b.rank || a.entry.key.localeCompare(b.entry.key) || a.entry.item.siren.localeCompare(b.entry.item.siren),
  );
  return found.slice(0, limit).map((f) => f.entry.item);
}
