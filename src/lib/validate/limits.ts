/**
 * Size limits of content, checked by `contenu/taille`. They keep each page light (a call
 * page must stay under the 14 kB gzip budget of `scripts/gates/budgets.ts`) and catch a
 * pasted document or a runaway list before the build. The figures leave three to four times
 * the room of the largest seeded file (TERRIENS, 18 kB); see the README's authoring guide.
 */
import type { Collection } from './types';

/** Largest file, in bytes (UTF-8), per collection. */
export const FILE_LIMITS: Readonly<Record<Collection, number>> = {
  calls: 64 * 1024,
  territories: 32 * 1024,
  briefs: 48 * 1024,
  faqs: 16 * 1024,
  organisations: 8 * 1024,
  site: 16 * 1024,
};

/** Most items in any one list of a file (criteria, calendar, brackets, EPCIs…). */
export const LIST_LIMIT = 60;

/** Longest single text value, in characters (a field is a sentence or a paragraph, not a document). */
export const TEXT_LIMIT = 4000;
