/**
 * Stops the build on forbidden raw HTML in a Markdown/MDX body (see `raw-html.ts`), so that
 * nothing reaches a page even if `npm run check` was skipped. The error is in French and
 * names the file, the line and the markup.
 *
 * Two forms of the same check:
 * - `satteriNoRawHtml`, an mdast plugin for Sätteri, Astro 7's default Markdown processor
 *   (which MDX inherits), with `failOnRefusals()`, which the guichet integration
 *   (`src/integration/index.ts`) calls at `astro:build:start` and `astro:build:done`, because
 *   Astro's content loader only logs an error thrown while rendering a `.md` entry and
 *   publishes it without its text. Wired in astro.config.mjs
 *   (`markdown: { processor: satteri({ mdastPlugins: [satteriNoRawHtml], … }) }`;
 *   tests/validator/build-guard.test.ts: a `.md` FAQ with an <iframe> and an `.mdx` call with
 *   a javascript: link both fail `astro build` with the French message, at the line of the file).
 * - the default export, a remark (unified) plugin, for a `unified()` processor from
 *   `@astrojs/markdown-remark` if the project ever switches to it: `remarkPlugins: [remarkNoRawHtml]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { describeUnsafe, type UnsafeHtml, unsafeInNode, walk } from './raw-html';

/** The part of a vfile the plugin reads. */
interface FileLike {
  path?: string;
  value?: unknown;
}

/**
 * Every refusal of this process, kept because Astro's content loader logs an error thrown
 * while rendering a `.md` entry and goes on (the entry is published without its text):
 * `failOnRefusals()` turns any refusal into a failed build.
 */
const refused: string[] = [];

/** The refusals so far (for the integration and tests). */
export function refusals(): readonly string[] {
  return refused;
}

export class RawHtmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RawHtmlError';
    refused.push(message);
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

/**
 * Lines before the body in its file (Sätteri sees the body without its front matter), so the
 * message gives the line the author sees in the file, as `npm run check` does.
 */
function bodyOffset(file: string | undefined, source: string): number {
  if (!file || !existsSync(file)) return 0;
  const whole = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const start = whole.indexOf(source.replace(/\r\n?/g, '\n'));
  return start <= 0 ? 0 : whole.slice(0, start).split('\n').length - 1;
}

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
  const line = at < 0 ? undefined : source.slice(0, at).split('\n').length + bodyOffset(file, source);
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

/**
 * Fails the build when a body was refused, whatever caught the error meanwhile. The guichet
 * integration calls it once the content is synced (`astro:build:start`) and again once pages
 * are written (`astro:build:done`).
 */
export function failOnRefusals(): void {
  if (refused.length === 0) return;
  const unique = [...new Set(refused)];
  throw new Error(`Du HTML interdit a été refusé dans le contenu :\n${unique.join('\n')}`);
}
