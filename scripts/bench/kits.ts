/**
 * Kit generation time, measured on its own: every call of a content folder is read and
 * validated (zod), then its application kit is built (DOCX, ICS, JSON, ZIP) without cache, as
 * the build does once per call. Returns undefined when the kit module is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { OrganisationName } from '../../src/lib/kit/types';

export interface KitTiming {
  calls: number;
  ms: number;
  bytes: number;
}

function frontMatter(file: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`no front matter in ${file}`);
  return parse(match[1]!);
}

export async function timeKits(root: string, contentDir: string): Promise<KitTiming | undefined> {
  if (!existsSync(join(root, 'src', 'lib', 'kit', 'index.ts'))) return undefined;
  const kit = await import('../../src/lib/kit/index');
  const { callSchema } = await import('../../src/schemas/call');
  const site = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as {
    url: string;
    agency: { name: string; shortName?: string };
    today: string;
  };
  const organisations = Object.fromEntries(
    readdirSync(join(contentDir, 'organisations')).map((f) => {
      const o = parse(readFileSync(join(contentDir, 'organisations', f), 'utf8')) as OrganisationName;
      return [
        f.replace(/\.ya?ml$/, ''),
        { name: o.name, acronym: o.acronym, article: o.article, acronymArticle: o.acronymArticle, elides: o.elides },
      ];
    }),
  );
  const ctx = {
    today: String(site.today),
    organisations,
    site: { url: site.url, agencyName: site.agency.name, agencyShortName: site.agency.shortName },
  };
  const calls = readdirSync(join(contentDir, 'calls'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: callSchema.parse(frontMatter(join(contentDir, 'calls', f))) }));
  const start = performance.now();
  let bytes = 0;
  for (const call of calls) {
    const k = kit.makeKit(kit.prepareSource(call, ctx));
    bytes += k.zip.length + k.files.reduce((sum, f) => sum + f.bytes.length, 0);
  }
  return { calls: calls.length, ms: performance.now() - start, bytes };
}
