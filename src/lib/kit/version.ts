/**
 * The kit's version stamp: the call's `updated` day, a plus sign, and the first 7 hex digits
 * of the SHA-256 of the canonical JSON of what the kit is made from (`2026-11-23+a1b2c3d`).
 * Every kit file carries it, and so does the call page.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical';

/**
 * Bumped when the kit's layout changes in a way readers should see as a new version even
 * though the content did not change. It is part of the hashed data.
 */
export const KIT_FORMAT = 2;

/** What the version hash covers: the call's data, its slug and the names it refers to. */
export interface VersionInput {
  slug: string;
  updated: string;
  data: unknown;
  organisations: unknown;
}

/** First 7 hex digits of the SHA-256 of `text` (UTF-8). */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 7);
}

/** The version stamp, e.g. `2026-11-23+a1b2c3d`. */
export function kitVersion(input: VersionInput): string {
  const payload = { format: KIT_FORMAT, slug: input.slug, data: input.data, organisations: input.organisations };
  return `${input.updated}+${shortHash(canonicalJson(payload))}`;
}
