/** Reads `content/site.yaml`: the agency's identity and the build's "today". */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type Site } from '../schemas/site';
import { contentDir as defaultContentDir } from './paths';

/** The site's address without its trailing slash, to put paths after it. */
export const siteBase = (siteUrl: string): string => siteUrl.replace(/\/+$/, '');

/**
 * Loads and validates the site settings. `GUICHET_TODAY` (AAAA-MM-JJ) overrides `today`,
 * so an operator can rebuild "as of" another day without editing content.
 */
export function loadSite(contentDir = defaultContentDir(), env = process.env): Site {
  const raw = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as Record<string, unknown>;
  if (env['GUICHET_TODAY']) raw['today'] = env['GUICHET_TODAY'];
  return siteSchema.parse(raw);
}
