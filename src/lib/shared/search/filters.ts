/**
 * The search filters: their keys (also the URL parameters of `/recherche/`) and the French
 * labels of the values that do not come from content (types, statuses).
 *
 * Filter values stored in the index are stable keys (`question`, `terriens`, `a-venir`), so a
 * shared search URL stays readable (`/recherche/?q=coût&type=question&statut=ouvert`); the
 * search page turns them into labels.
 */
import { statusLabels, statusOrder, type StatusKey } from '../status';

/** Filter keys, in the order the search page shows them. */
export const filterKeys = ['type', 'appel', 'theme', 'brique', 'statut'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** Legend of each filter group. */
export const filterLegends: Record<FilterKey, string> = {
  type: 'Type de contenu',
  appel: 'Appel',
  theme: 'Thème de la question',
  brique: 'Brique d’actions',
  statut: 'Statut de l’appel',
};

/** Kinds of search result. */
export const resultTypes = ['appel', 'question', 'territoire', 'actualite'] as const;
export type ResultType = (typeof resultTypes)[number];

/** Label of each kind of result, singular (on a result) and plural (in the filter). */
export const resultTypeLabels: Record<ResultType, { one: string; many: string }> = {
  appel: { one: 'Appel', many: 'Appels' },
  question: { one: 'Question', many: 'Questions' },
  territoire: { one: 'Territoire lauréat', many: 'Territoires lauréats' },
  actualite: { one: 'Actualité', many: 'Actualités' },
};

/** Status filter values, in list order, with their labels (from `src/lib/shared/status.ts`). */
export const statusFilterValues: readonly { value: StatusKey; label: string }[] = statusOrder.map((value) => ({
  value,
  label: statusLabels[value],
}));

/** Filters of one page or record: filter key → values. */
export type RecordFilters = Partial<Record<FilterKey, string[]>>;

/**
 * The `data-pagefind-filter` attribute values for a page's filters, one per value
 * (`type:appel`, `brique:foncier-industriel`…). Values may not contain a comma.
 */
export function filterAttributes(filters: RecordFilters): string[] {
  const out: string[] = [];
  for (const key of filterKeys) {
    for (const value of filters[key] ?? []) {
      if (!value || value.includes(',')) throw new Error(`Valeur de filtre invalide pour « ${key} » : « ${value} »`);
      out.push(`${key}:${value}`);
    }
  }
  return out;
}
