/**
 * `amendments` in a call's front matter: the changes made to the call after it was published,
 * each declared by its author, oldest first (newest last).
 *
 * ```yaml
 * amendments:
 *   - date: 2026-11-30
 *     summary: "La date limite est reportée au vendredi 17 novembre 2023."
 * ```
 *
 * The validator compares the call's data with its record of what was published
 * (`content/published/<slug>.json`, written by `npm run publish`): a change needs an amendment
 * that the record does not hold yet (`modifications/…` rules).
 */
import { z } from 'astro/zod';
import { text } from './common';
import { isoDay } from './date';

export const amendment = z.object({
  /** Day the change is published (`AAAA-MM-JJ`), not after the site's `today`. */
  date: isoDay,
  /** What changed and why, written by the agency, in French. */
  summary: text,
});

/** The call's amendments, oldest first. */
export const amendments = z.array(amendment).default([]);

export type Amendment = z.infer<typeof amendment>;
