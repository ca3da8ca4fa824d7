/**
 * Loads the calls and organisations of the fixture site (`tests/fixtures/site/`) straight from
 * the files (front matter read with `yaml`, validated with the content schemas), without Astro,
 * for the kit tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { callSchema, type Call } from '../../src/schemas/call';
import { organisationSchema } from '../../src/schemas/organisation';
import type { KitCall, KitContext } from '../../src/lib/kit';
import type { OrganisationName } from '../../src/lib/kit/types';
import { fixtureDir } from '../helpers/fixture';

export const contentDir = fixtureDir;

/** The front matter of an MDX file, as a plain object. */
export function frontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`Pas d’en-tête YAML dans ${file}`);
  return parse(match[1] as string) as Record<string, unknown>;
}

/** A fixture call, parsed by the content schema. */
export function loadCall(slug: string, dir = contentDir): KitCall {
  const data: Call = callSchema.parse(frontMatter(join(dir, 'calls', `${slug}.mdx`)));
  return { slug, data };
}

/** The raw front matter of a fixture call (to compare facts with). */
export function rawCall(slug: string): Record<string, unknown> {
  return frontMatter(join(contentDir, 'calls', `${slug}.mdx`));
}

/** Every fixture call slug. */
export function callSlugs(): string[] {
  return readdirSync(join(contentDir, 'calls'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
}

/** The kit context: organisation names and the site settings from the fixture site. */
export function loadContext(content = contentDir): KitContext {
  const organisations: KitContext['organisations'] = {};
  const dir = join(content, 'organisations');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const org = organisationSchema.parse(parse(readFileSync(join(dir, file), 'utf8')));
    (organisations as Record<string, OrganisationName>)[file.replace(/\.yaml$/, '')] = {
      name: org.name,
      acronym: org.acronym,
      article: org.article,
      acronymArticle: org.acronymArticle,
      elides: org.elides,
    };
  }
  const site = parse(readFileSync(join(content, 'site.yaml'), 'utf8')) as {
    url: string;
    title: string;
    agency: { name: string; shortName?: string };
    today: string | Date;
  };
  const today = site.today instanceof Date ? site.today.toISOString().slice(0, 10) : String(site.today);
  return {
    today,
    organisations,
    site: { url: site.url, agencyName: site.agency.name, agencyShortName: site.agency.shortName },
  };
}
