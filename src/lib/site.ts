/** Reads `content/site.yaml`: the agency's identity and the build's "today". */
import { loadSite as loadConfig } from './config';
import type { Site } from '../schemas/site';
import { contentDir as defaultContentDir } from './paths';

/** The site's address without its trailing slash, to put paths after it. */
export const siteBase = (siteUrl: string): string => siteUrl.replace(/\/+$/, '');

/**
 * Loads and validates the site settings (`src/lib/config.ts`). `GUICHET_TODAY` (AAAA-MM-JJ)
 * overrides `today`, so an operator can rebuild "as of" another day without editing content.
 * Throws a `ConfigError` whose message is a French report naming the file and line or the variable.
 */
export function loadSite(contentDir = defaultContentDir(), env = process.env): Site {
  return loadConfig(contentDir, env);
}
