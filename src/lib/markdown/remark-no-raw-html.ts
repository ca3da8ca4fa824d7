/**
 * Remark plugin: stops the build on forbidden raw HTML in a Markdown/MDX body (see
 * `raw-html.ts`), so that nothing reaches a page even if `npm run check` was skipped.
 * The error is in French and names the file, the line and the markup.
 *
 * Wiring (astro.config.mjs): `mdx({ remarkPlugins: [remarkNoRawHtml] })` and
 * `markdown: { remarkPlugins: [remarkNoRawHtml] }`.
 */
import type { Root } from 'mdast';
import { describeUnsafe, unsafeInNode, walk } from './raw-html';

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

/** Throws on the first forbidden markup of the tree. */
export function assertNoRawHtml(tree: Root, file: FileLike): void {
  const source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
  for (const node of walk(tree)) {
    const [first] = unsafeInNode(node, source);
    if (!first) continue;
    const line = (node as { position?: { start: { line: number } } }).position?.start.line ?? 1;
    throw new RawHtmlError(
      `contenu/html-interdit — ${file.path ?? 'fichier inconnu'}, ligne ${line} : ${describeUnsafe(first)} ` +
        `(« ${first.text.slice(0, 80)} ») n'est pas admis dans le contenu. ` +
        'Le contenu est publié comme du texte : retirez ce code, ou écrivez un lien https:// ordinaire. ' +
        'Lancez « npm run check » pour voir toutes les occurrences.',
    );
  }
}

/** The plugin (`unified().use(remarkNoRawHtml)`). */
export default function remarkNoRawHtml() {
  return (tree: Root, file: FileLike) => assertNoRawHtml(tree, file);
}
