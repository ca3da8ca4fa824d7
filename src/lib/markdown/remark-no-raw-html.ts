/**
 * Stops the build on forbidden raw HTML in a Markdown/MDX body (see `raw-html.ts`), so that
 * nothing reaches a page even if `npm run check` was skipped. The error is in French and
 * names the file, the line and the markup.
 *
 * Two forms of the same check:
 * - `satteriNoRawHtml`, an mdast plugin for Sätteri, Astro 7's default Markdown processor
 *   (which MDX inherits). Wiring in astro.config.mjs:
 *     import { satteri } from '@astrojs/markdown-satteri';
 *     markdown: { processor: satteri({ mdastPlugins: [satteriNoRawHtml] }) }
 *   (keep any other `satteri()` options the config sets);
 * - the default export, a remark (unified) plugin, for a `unified()` processor from
 *   `@astrojs/markdown-remark` if the project ever switches to it: `remarkPlugins: [remarkNoRawHtml]`.
 */
import type { Root } from 'mdast';
import { describeUnsafe, type UnsafeHtml, unsafeInNode, walk } from './raw-html';

/** The part of a vfile the plugin reads. */
interface FileLike {
  path?: string;
  value?: unknown;
}

export class RawHtmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RawHtmlError';
  }
}

/** The French error: rule id, file, line, what, and the fix. */
function message(file: string | undefined, line: number | undefined, unsafe: UnsafeHtml): string {
  const what = describeUnsafe(unsafe);
  const text = unsafe.text;
  return (
    `contenu/html-interdit — ${file ?? 'fichier inconnu'}${line ? `, ligne ${line}` : ''} : ${what} ` +
    `(« ${text.slice(0, 80)} ») n'est pas admis${unsafe.kind === 'url' ? 'e' : ''} dans le contenu. ` +
    'Le contenu est publié comme du texte : retirez ce code, ou écrivez un lien https:// ordinaire. ' +
    'Lancez « npm run check » pour voir toutes les occurrences.'
  );
}

/** Throws on the first forbidden markup of the tree. */
export function assertNoRawHtml(tree: Root, file: FileLike): void {
  const source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
  for (const node of walk(tree)) {
    const [first] = unsafeInNode(node, source);
    if (!first) continue;
    const line = (node as { position?: { start: { line: number } } }).position?.start.line ?? 1;
    throw new RawHtmlError(message(file.path, line, first));
  }
}

/** The plugin (`unified().use(remarkNoRawHtml)`). */
export default function remarkNoRawHtml() {
  return (tree: Root, file: FileLike) => assertNoRawHtml(tree, file);
}

/** Minimal shape of the Sätteri visitor context this plugin reads. */
interface SatteriContext {
  readonly fileURL: URL | undefined;
  readonly source: string;
}

type Visitor = (node: unknown, ctx: SatteriContext) => undefined;

/** Throws on forbidden markup in one node Sätteri visits. */
const satteriVisit: Visitor = (node, ctx) => {
  const file = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : undefined;
  const source = ctx.source;
  const [first] = unsafeInNode(node as Parameters<typeof unsafeInNode>[0]);
  if (!first) return undefined;
  // Sätteri nodes carry no position: the line is where the markup first appears in the source.
  const lower = source.toLowerCase();
  const at =
    [first.text, `<${first.name}`, `${first.name}=`, `${first.name}:`]
      .map((needle, i) => (i === 0 ? source.indexOf(needle) : lower.indexOf(needle)))
      .find((i) => i >= 0) ?? -1;
  const line = at < 0 ? undefined : source.slice(0, at).split('\n').length;
  throw new RawHtmlError(message(file, line, first));
};

/** The Sätteri mdast plugin (`satteri({ mdastPlugins: [satteriNoRawHtml] })`). */
export const satteriNoRawHtml = {
  name: 'guichet-no-raw-html',
  html: satteriVisit,
  link: satteriVisit,
  image: satteriVisit,
  definition: satteriVisit,
  mdxJsxFlowElement: satteriVisit,
  mdxJsxTextElement: satteriVisit,
};
