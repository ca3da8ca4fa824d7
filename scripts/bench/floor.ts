/**
 * The floor the benchmark compares guichet with: a bare Astro 7 + MDX site of the same number
 * of HTML pages, built with `astro build`, then indexed by the Pagefind CLI — the least any
 * Astro site with offline search does. It is generated for each run under
 * `bench-results/floor-<pages>/` (ignored by git: a measuring device, not part of the product)
 * and resolves `astro`, `@astrojs/mdx` and `pagefind` from the project's own node_modules.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure';

export interface FloorResult {
  pages: number;
  ok: boolean;
  /** Wall time of `astro build` plus the Pagefind CLI. */
  ms: number;
  astroMs: number;
  pagefindMs: number;
  /** Peak memory of the larger of the two steps' process trees. */
  peakTreeRss: number;
}

/** One MDX page of the floor: headings, paragraphs, a list and a table, about a call page's text. */
function page(i: number): string {
  const paragraph = (k: number) =>
    `Paragraphe ${k} de la page ${i} : les intercommunalités candidates décrivent leur projet, leur calendrier et leurs partenaires, puis déposent un dossier complet avant la date limite publiée.`;
  const section = (k: number) =>
    [`## Section ${k}`, '', paragraph(k), '', paragraph(k + 1), '', '- premier point', '- deuxième point', '- troisième point', ''].join('\n');
  return [
    '---',
    `title: "Page ${i}"`,
    `description: "Page ${i} du site témoin"`,
    '---',
    '',
    ...[1, 3, 5, 7, 9, 11].map(section),
    '| tranche | montant |',
    '| --- | ---: |',
    '| moins de 50 000 habitants | 25 000 € |',
    '| plus de 50 000 habitants | 45 000 € |',
    '',
  ].join('\n');
}

const files: Record<string, string> = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ site: 'https://example.org', trailingSlash: 'always', integrations: [mdx()], devToolbar: { enabled: false } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  pages: defineCollection({ loader: glob({ base: './src/content/pages', pattern: '*.mdx' }), schema: z.object({ title: z.string(), description: z.string() }) }),
};
`,
  'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="fr"><head><meta charset="utf-8" /><title>{title}</title></head>
<body><header><nav><a href="/">Accueil</a></nav></header><main data-pagefind-body><h1>{title}</h1><slot /></main><footer>Site témoin</footer></body></html>
`,
  'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../layouts/Page.astro';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Page title={entry.data.title}><Content /></Page>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Page from '../layouts/Page.astro';
const pages = await getCollection('pages');
---
<Page title="Accueil"><ul>{pages.map((p) => <li><a href={\`/\${p.id}/\`}>{p.data.title}</a></li>)}</ul></Page>
`,
};

/** Generates the floor site for `pages` HTML pages under `root`/bench-results, builds and indexes it. */
export async function buildFloor(root: string, pages: number): Promise<FloorResult> {
  const dir = join(root, 'bench-results', `floor-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const content = join(dir, 'src', 'content', 'pages');
  mkdirSync(content, { recursive: true });
  // The index is one page: the others come from MDX.
  for (let i = 1; i < pages; i++) writeFileSync(join(content, `page-${String(i).padStart(5, '0')}.mdx`), page(i));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '' };
  const astro = await measure(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env });
  if (astro.code !== 0) {
    writeFileSync(join(dir, 'build.log'), astro.output);
    return { pages, ok: false, ms: astro.ms, astroMs: astro.ms, pagefindMs: 0, peakTreeRss: astro.peakTreeRss };
  }
  const pagefind = await measure(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', 'dist', '--force-language', 'fr'], { cwd: dir, env });
  writeFileSync(join(dir, 'build.log'), astro.output + pagefind.output);
  return {
    pages,
    ok: pagefind.code === 0,
    ms: astro.ms + pagefind.ms,
    astroMs: astro.ms,
    pagefindMs: pagefind.ms,
    peakTreeRss: Math.max(astro.peakTreeRss, pagefind.peakTreeRss),
  };
}
