/**
 * `identifiants/doublon`: within any list of items that have an `id` (criteria, appraisal,
 * action areas, calendar, events, documents, sections, phases, brackets, objectives…), each
 * id appears once. Found generically: every list of objects with an `id`, in every entry.
 * The finding targets the second item: `criteria[3]`.
 */
import type { Rule, ValidationContext } from '../context';
import { formatPath } from '../data-path';
import type { ContentEntry, Draft, PathSegment } from '../types';

function lists(value: unknown, path: PathSegment[], found: { path: PathSegment[]; items: unknown[] }[]): void {
  if (Array.isArray(value)) {
    if (value.some((item) => typeof item === 'object' && item !== null && 'id' in item))
      found.push({ path, items: value });
    value.forEach((item, i) => lists(item, [...path, i], found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) lists(child, [...path, key], found);
  }
}

function duplicates(ctx: ValidationContext, entry: ContentEntry): Draft[] {
  const found: { path: PathSegment[]; items: unknown[] }[] = [];
  lists(entry.raw, [], found);
  return found.flatMap(({ path, items }) => {
    const seen = new Map<string, number>();
    const drafts: Draft[] = [];
    items.forEach((item, i) => {
      const id = (item as { id?: unknown }).id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, i);
        return;
      }
      drafts.push(
        ctx.atPath(
          'identifiants/doublon',
          'error',
          entry,
          [...path, i, 'id'],
          {
            what: `l'identifiant « ${id} » est déjà celui de l'élément ${first + 1} de la liste « ${formatPath(path)} ».`,
            why: 'les études de cas, la FAQ, le dossier de candidature et les acquittements désignent les éléments par leur identifiant : deux éléments ne peuvent pas en partager un.',
            fix: `donnez à cet élément un identifiant propre (ex. « ${id}-${i + 1} »).`,
          },
          { targetPath: [...path, i] },
        ),
      );
    });
    return drafts;
  });
}

export const idRules: Rule = (ctx) => ctx.entries.filter((e) => e.raw !== undefined).flatMap((e) => duplicates(ctx, e));
