/**
 * Text reduced for matching EPCI names: no case, no accents, ligatures spelt out, "&" read
 * as "et", hyphens, apostrophes and other punctuation as single spaces, "St"/"Ste" as
 * "saint"/"sainte". "CC Caux - Austreberthe" and "caux austreberthe" share their words.
 *
 * Pure (it depends only on `src/lib/shared/french.ts`): the browser script of the eligibility lookup uses
 * it as is.
 */
import { foldAccents } from '../french';

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

const ABBREVIATIONS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/** The words of `text`, reduced for comparison (may be empty). */
export function words(text: string): string[] {
  const reduced = foldAccents(text)
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .replace(/&/g, ' et ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!reduced) return [];
  return reduced.split(' ').map((w) => ABBREVIATIONS[w] ?? w);
}

/** `text` reduced for comparison, its words joined by single spaces. */
export function normalize(text: string): string {
  return words(text).join(' ');
}

/** The digits of a query that looks like a SIREN ("200 067 023" → "200067023"), else undefined. */
export function sirenDigits(query: string): string | undefined {
  const compact = query.replace(/[\s.\u00a0\u202f-]/g, '');
  return /^\d+$/.test(compact) ? compact : undefined;
}
