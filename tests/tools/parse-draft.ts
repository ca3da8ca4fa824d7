// usage: npx tsx /tmp/parse.ts  -> parses every content file with its schema, prints errors
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { callSchema } from '../../src/schemas/call';
import { territorySchema } from '../../src/schemas/territory';
import { briefSchema } from '../../src/schemas/brief';
import { faqSchema } from '../../src/schemas/faq';
import { organisationSchema } from '../../src/schemas/organisation';
const root = 'content';
const kinds: [string, any][] = [['calls', callSchema], ['territories', territorySchema], ['briefs', briefSchema], ['faqs', faqSchema], ['organisations', organisationSchema]];
function walk(d: string): string[] { try { return readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? walk(p) : [p]; }); } catch { return []; } }
let bad = 0, n = 0;
for (const [dir, schema] of kinds) for (const file of walk(join(root, dir))) {
  const src = readFileSync(file, 'utf8');
  const fm = file.endsWith('.yaml') ? src : (src.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '');
  n++;
  const r = schema.safeParse(parse(fm));
  if (!r.success) { bad++; console.log(file); for (const i of r.error.issues) console.log('  ', i.path.join('.'), i.message); }
}
console.log(`${n} files, ${bad} invalid`);
