/** Test helpers: read the fixture site (tests/fixtures/site/) straight from the files (not through Astro). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { callSchema, type Call } from '../../src/schemas/call';
import { territorySchema, type Territory } from '../../src/schemas/territory';
import { fixtureDir } from './fixture';

export const root = join(import.meta.dirname, '..', '..');
/** The content folder the tests read: the fixture site, never the seeded content. */
export const contentDir = fixtureDir;

export function frontMatter(file: string): unknown {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  if (!match) throw new Error(`no front matter in ${file}`);
  return parse(match[1]!);
}

export function loadCall(slug: string): Call {
  return callSchema.parse(frontMatter(join(contentDir, 'calls', `${slug}.mdx`)));
}

export function loadTerritories(): { id: string; data: Territory }[] {
  const dir = join(contentDir, 'territories');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), data: territorySchema.parse(frontMatter(join(dir, f))) }));
}

/** Collapses every kind of space (incl. no-break ones) and typographic apostrophes, for text comparisons. */
export function norm(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').replace(/[’]/g, "'").trim();
}
